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

  /// The UTF-8 encodings of the other characters Go's `unicode.IsSpace` accepts
  /// (and so `bytes.TrimSpace` trims): NEL, NO-BREAK SPACE and the White_Space
  /// characters beyond Latin-1.
  static let unicodeSpaces: [[UInt8]] =
    [[0xC2, 0x85], [0xC2, 0xA0], [0xE1, 0x9A, 0x80], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xAF],
     [0xE2, 0x81, 0x9F], [0xE3, 0x80, 0x80]] + (0x80...0x8A).map { [0xE2, 0x80, UInt8($0)] }

  /// The length of the whitespace character starting at `i` (before `end`), or 0.
  static func spaceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
    if isTrimmableSpace(s[i]) { return 1 }
    guard s[i] >= 0xC2 else { return 0 }
    for space in unicodeSpaces where i + space.count <= end {
      if (0..<space.count).allSatisfy({ s[i + $0] == space[$0] }) { return space.count }
    }
    return 0
  }

  /// The length of the whitespace character ending just before `end` (after `start`), or 0.
  static func spaceLength(_ s: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int {
    if isTrimmableSpace(s[end - 1]) { return 1 }
    guard s[end - 1] >= 0x80 else { return 0 }
    for space in unicodeSpaces where end - space.count >= start {
      if (0..<space.count).allSatisfy({ s[end - space.count + $0] == space[$0] }) { return space.count }
    }
    return 0
  }

  /// The length of the well-formed UTF-8 sequence at `i` (no overlong forms,
  /// surrogates or code points past U+10FFFF), or 0 if none starts there; the
  /// strict counterpart of `sequenceLength`.
  static func wellFormedLength(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
    let b = buffer[i]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return 0
    }
    guard i + length <= end else { return 0 }
    let second = buffer[i + 1]
    guard second >= low && second <= high else { return 0 }
    for k in 2..<length where buffer[i + k] < 0x80 || buffer[i + k] > 0xBF { return 0 }
    return length
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
