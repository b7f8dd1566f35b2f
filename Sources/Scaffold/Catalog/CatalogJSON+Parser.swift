extension CatalogJSON {
  /// A recursive-descent JSON parser over a byte buffer (RFC 8259: no comments,
  /// no trailing commas); a failure names the byte offset.
  struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Nesting beyond this is refused rather than risking the stack.
    static let maximumDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    func failure(_ message: String) -> Failure {
      Failure(message: message, path: "byte \(index)")
    }

    mutating func skipBlanks() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) throws(Failure) -> Value {
      guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth)") }
      skipBlanks()
      guard index < bytes.count else { throw failure("unexpected end of the document") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
      default: throw failure("unexpected character")
      }
    }

    private mutating func object(depth: Int) throws(Failure) -> Value {
      index += 1
      var members: [(key: String, value: Value)] = []
      skipBlanks()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipBlanks()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
        let key = try string()
        skipBlanks()
        try expect(":")
        members.append((key: key, value: try value(depth: depth + 1)))
        skipBlanks()
        if try endOfList("}") { return .object(members) }
      }
    }

    private mutating func array(depth: Int) throws(Failure) -> Value {
      index += 1
      var elements: [Value] = []
      skipBlanks()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      while true {
        elements.append(try value(depth: depth + 1))
        skipBlanks()
        if try endOfList("]") { return .array(elements) }
      }
    }

    /// Consumes `,` (returning false) or the closing bracket (returning true).
    private mutating func endOfList(_ close: Unicode.Scalar) throws(Failure) -> Bool {
      guard index < bytes.count else { throw failure("unexpected end of the document") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        return false
      }
      if bytes[index] == UInt8(ascii: close) {
        index += 1
        return true
      }
      throw failure("expected \",\" or \"\(close)\"")
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(Failure) {
      guard index < bytes.count, bytes[index] == UInt8(ascii: character) else {
        throw failure("expected \"\(character)\"")
      }
      index += 1
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { throw failure("unexpected end of the document") }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
        throw failure("unexpected character")
      }
      index += count
    }

    private mutating func number() throws(Failure) -> String {
      let start = index
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      func digits(_ parser: inout Parser) -> Int {
        let from = parser.index
        while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
          parser.index += 1
        }
        return parser.index - from
      }
      let integer = digits(&self)
      guard integer > 0 else { throw failure("expected a digit") }
      if integer > 1, bytes[index - integer] == UInt8(ascii: "0") {
        index -= integer
        throw failure("a number with a leading zero")
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits(&self) > 0 else { throw failure("expected a digit") }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits(&self) > 0 else { throw failure("expected a digit") }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// A string starting at the opening quote; escapes decoded.
    private mutating func string() throws(Failure) -> String {
      index += 1
      let start = index
      // The common case: no escapes, one copy of the bytes.
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
          index += 1
          return text
        }
        if byte == UInt8(ascii: "\\") { break }
        guard byte >= 0x20 else { throw failure("a control character in a string") }
        index += 1
      }
      var scalars = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          return String(decoding: scalars, as: UTF8.self)
        case UInt8(ascii: "\\"):
          try escape(into: &scalars)
        case ..<0x20:
          index -= 1
          throw failure("a control character in a string")
        default:
          scalars.append(byte)
        }
      }
      throw failure("an unterminated string")
    }

    private mutating func escape(into buffer: inout [UInt8]) throws(Failure) {
      guard index < bytes.count else { throw failure("an unterminated string") }
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
      case UInt8(ascii: "b"): buffer.append(0x08)
      case UInt8(ascii: "f"): buffer.append(0x0C)
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw failure("a lone surrogate in a \\u escape")
          }
          index += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(code) {
          throw failure("a lone surrogate in a \\u escape")
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("an invalid \\u escape") }
        buffer.append(contentsOf: String(Character(scalar)).utf8)
      default:
        index -= 1
        throw failure("an invalid escape")
      }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
      guard index + 4 <= bytes.count else { throw failure("an unterminated \\u escape") }
      var code: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: throw failure("an invalid \\u escape")
        }
        code = code << 4 | UInt32(digit)
        index += 1
      }
      return code
    }
  }
}
