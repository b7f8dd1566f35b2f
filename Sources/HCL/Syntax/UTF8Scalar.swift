/// Small UTF-8 helpers shared by the lexer and the string decoder.
enum UTF8Scalar {
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// ASCII whitespace as Go's `bytes.TrimSpace` sees it.
  @inline(__always) static func isTrimmableSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C
  }

  /// The length of the UTF-8 sequence at `i` using the scanner's loose definition
  /// (lead byte ranges plus continuation bytes), or nil if it is broken.
  static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let c = s[i]
    let n: Int
    switch c {
    case 0x00...0x7F: return 1
    case 0xC0...0xDF: n = 2
    case 0xE0...0xEF: n = 3
    case 0xF0...0xF7: n = 4
    default: return nil
    }
    guard i + n <= s.count else { return nil }
    for k in 1..<n where s[i + k] & 0xC0 != 0x80 { return nil }
    return n
  }

  /// Decodes one scalar at `i`, returning it and its length.
  static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
    guard let n = sequenceLength(s, at: i) else { return nil }
    var v: UInt32
    switch n {
    case 1: return (Unicode.Scalar(s[i]), 1)
    case 2: v = UInt32(s[i] & 0x1F)
    case 3: v = UInt32(s[i] & 0x0F)
    default: v = UInt32(s[i] & 0x07)
    }
    for k in 1..<n { v = (v << 6) | UInt32(s[i + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(v) else { return nil }
    return (scalar, n)
  }
}
