/// Decoding and encoding of HCL string literals.
public enum StringLiteral {
  /// Decodes the bytes of a quoted-string literal token: backslash escapes,
  /// `$${` and `%%{`. Returns nil on an invalid escape.
  public static func decodeQuoted(_ bytes: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      let c = bytes[i]
      if c == UInt8(ascii: "\\") {
        guard i + 1 < end else { return nil }
        let e = bytes[i + 1]
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
          let digits = e == UInt8(ascii: "u") ? 4 : 8
          guard i + 2 + digits <= end, let v = hexValue(bytes[(i + 2)..<(i + 2 + digits)]),
            let scalar = Unicode.Scalar(v)
          else { return nil }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
          i += 2 + digits
          continue
        default: return nil
        }
        i += 2
        continue
      }
      if (c == UInt8(ascii: "$") || c == UInt8(ascii: "%")) && i + 2 < end && bytes[i + 1] == c
        && bytes[i + 2] == UInt8(ascii: "{")
      {
        out.append(c)
        out.append(UInt8(ascii: "{"))
        i += 3
        continue
      }
      out.append(c)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decodes heredoc literal text: no backslash escapes, but `$${` and `%%{`.
  public static func decodeHeredoc(_ bytes: ArraySlice<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let c = bytes[i]
      if (c == UInt8(ascii: "$") || c == UInt8(ascii: "%")) && i + 2 < bytes.endIndex
        && bytes[i + 1] == c && bytes[i + 2] == UInt8(ascii: "{")
      {
        out.append(c)
        out.append(UInt8(ascii: "{"))
        i += 3
        continue
      }
      out.append(c)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Removes the smallest common indentation from the literal lines of a `<<-` heredoc.
  static func flushHeredocParts(_ parts: [TemplatePart]) -> [TemplatePart] {
    guard parts.allSatisfy({ if case .literal = $0 { return true } else { return false } }),
      case .literal(let text, let tokens)? = parts.first
    else { return parts }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var indent = Int.max
    for line in lines where !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
      indent = min(indent, line.prefix { $0 == " " || $0 == "\t" }.count)
    }
    if indent == Int.max || indent == 0 { return parts }
    let stripped = lines.map { $0.dropFirst(min(indent, $0.prefix { $0 == " " || $0 == "\t" }.count)) }
    return [.literal(stripped.joined(separator: "\n"), tokens: tokens)]
  }

  private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
    var v: UInt32 = 0
    for d in digits {
      let n: UInt32
      switch d {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): n = UInt32(d - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): n = UInt32(d - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): n = UInt32(d - UInt8(ascii: "A") + 10)
      default: return nil
      }
      v = v << 4 | n
    }
    return v
  }

  /// Whether a number token's bytes form a valid number: at most one dot, before any
  /// exponent, and a value whose decimal exponent fits Terraform's number parser.
  static func isValidNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    var sawDot = false
    var sawExponent = false
    var previous: UInt8 = 0
    for c in bytes {
      switch c {
      case UInt8(ascii: "."):
        if sawDot || sawExponent { return false }
        sawDot = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        if sawExponent { return false }
        sawExponent = true
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        if previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E") { return false }
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        break
      default:
        return false
      }
      previous = c
    }
    return !sawExponent || exponentFits(bytes)
  }

  /// Whether the number, written as 0.ddd × 10^d with a leading nonzero digit d,
  /// has a d within a 32-bit signed integer, the range Terraform's parser (Go's
  /// big.Float) accepts: 1e2147483646 parses, 1e2147483647 and 10e2147483646 do not.
  private static func exponentFits(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return true }
    let mantissa = bytes[..<e]
    var digits = bytes[(e + 1)...]
    var negative = false
    if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      digits = digits.dropFirst()
    }
    var exponent: Int64 = 0
    for d in digits {
      let (times, o1) = exponent.multipliedReportingOverflow(by: 10)
      let (plus, o2) = times.addingReportingOverflow(Int64(d - UInt8(ascii: "0")))
      if o1 || o2 { return false }
      exponent = plus
    }
    if negative { exponent = -exponent }
    let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.endIndex
    let whole = mantissa[..<point].drop { $0 == UInt8(ascii: "0") }
    let shift: Int64
    if !whole.isEmpty {
      shift = Int64(whole.count)
    } else {
      let fraction = point < mantissa.endIndex ? mantissa[(point + 1)...] : []
      guard let first = fraction.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return true }  // zero
      shift = -Int64(first - fraction.startIndex)
    }
    let (decimal, overflow) = exponent.addingReportingOverflow(shift)
    return !overflow && decimal >= Int64(Int32.min) && decimal <= Int64(Int32.max)
  }

  /// Whether every backslash escape in a quoted literal is valid, without decoding it.
  static func hasValidEscapes(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard bytes.contains(UInt8(ascii: "\\")) else { return true }
    return decodeQuoted(bytes) != nil
  }

  /// Whether `bytes` (a label's literal) is printable ASCII that needs no escaping.
  static func isPlainASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
    for c in bytes {
      if c < 0x20 || c >= 0x7F || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c == UInt8(ascii: "$")
        || c == UInt8(ascii: "%")
      {
        return false
      }
    }
    return true
  }

  /// Writes `value` as the inside of a quoted string, escaping as hclwrite does:
  /// `\n \r \t \" \\`, `${` and `%{` doubled, and non-printable characters as `\uXXXX`.
  public static func escape(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count)
    let scalars = Array(value.unicodeScalars)
    for (i, r) in scalars.enumerated() {
      switch r {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "$", "%":
        out.unicodeScalars.append(r)
        if i + 1 < scalars.count && scalars[i + 1] == "{" { out.unicodeScalars.append(r) }
      default:
        if isPrintable(r) {
          out.unicodeScalars.append(r)
        } else if r.value < 0x10000 {
          out += "\\u" + hex(r.value, width: 4)
        } else {
          out += "\\U" + hex(r.value, width: 8)
        }
      }
    }
    return out
  }

  /// `"` + escaped value + `"`.
  public static func quoted(_ value: String) -> String { "\"" + escape(value) + "\"" }

  /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and ASCII space.
  static func isPrintable(_ r: Unicode.Scalar) -> Bool {
    if r == " " { return true }
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark,
      .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation,
      .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  private static func hex(_ v: UInt32, width: Int) -> String {
    let digits = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
