/// An IPv4 or IPv6 CIDR block: address bytes and prefix length.
public struct CIDR: Sendable, Equatable {
  /// 4 bytes (IPv4) or 16 bytes (IPv6).
  public var address: [UInt8]
  /// The prefix length.
  public var prefix: Int

  /// Parses `a.b.c.d/n`.
  public init?(ipv4 text: String) {
    let halves = text.split(separator: "/", omittingEmptySubsequences: false)
    guard halves.count == 2, let prefix = CIDR.decimal(halves[1], max: 32) else { return nil }
    let octets = halves[0].split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4 else { return nil }
    var bytes: [UInt8] = []
    for octet in octets {
      guard let v = CIDR.decimal(octet, max: 255) else { return nil }
      bytes.append(UInt8(v))
    }
    self.address = bytes
    self.prefix = prefix
  }

  /// Parses `x:x::x/n` (with `::` compression; no embedded IPv4).
  public init?(ipv6 text: String) {
    let halves = text.split(separator: "/", omittingEmptySubsequences: false)
    guard halves.count == 2, let prefix = CIDR.decimal(halves[1], max: 128) else { return nil }
    let addressText = String(halves[0])
    let pieces = addressText.components(separatedByString: "::")
    guard pieces.count <= 2 else { return nil }
    func groups(_ s: String) -> [UInt16]? {
      if s.isEmpty { return [] }
      var out: [UInt16] = []
      for g in s.split(separator: ":", omittingEmptySubsequences: false) {
        guard !g.isEmpty, g.count <= 4, g.allSatisfy({ $0.isHexDigit && $0.isASCII }), let v = UInt16(g, radix: 16)
        else { return nil }
        out.append(v)
      }
      return out
    }
    guard let head = groups(pieces[0]) else { return nil }
    var all = head
    if pieces.count == 2 {
      guard let tail = groups(pieces[1]), head.count + tail.count < 8 else { return nil }
      all += [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
    }
    guard all.count == 8 else { return nil }
    self.address = all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    self.prefix = prefix
  }

  private static func decimal(_ s: Substring, max: Int) -> Int? {
    guard !s.isEmpty, s.count <= 3, s.allSatisfy({ $0.isASCII && $0.isNumber }),
      s == "0" || !s.hasPrefix("0"), let v = Int(s), v <= max
    else { return nil }
    return v
  }

  /// Whether the host bits (after the prefix) are all zero.
  public var isCanonical: Bool { masked == address }

  private var masked: [UInt8] {
    address.enumerated().map { i, byte in
      let bitsBefore = i * 8
      if prefix >= bitsBefore + 8 { return byte }
      if prefix <= bitsBefore { return 0 }
      return byte & UInt8(truncatingIfNeeded: 0xFF << (8 - (prefix - bitsBefore)))
    }
  }

  /// The network in canonical text: host bits cleared, IPv6 compressed as RFC 5952 says.
  public var canonical: String {
    let bytes = masked
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") + "/\(prefix)" }
    let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    // Longest run of two or more zero groups, first one on ties.
    var best = (start: -1, length: 0)
    var i = 0
    while i < 8 {
      if groups[i] == 0 {
        var j = i
        while j < 8 && groups[j] == 0 { j += 1 }
        if j - i > best.length && j - i >= 2 { best = (i, j - i) }
        i = j
      } else {
        i += 1
      }
    }
    let hex = groups.map { String($0, radix: 16) }
    let text: String
    if best.start < 0 {
      text = hex.joined(separator: ":")
    } else {
      let head = hex[0..<best.start].joined(separator: ":")
      let tail = hex[(best.start + best.length)...].joined(separator: ":")
      text = head + "::" + tail
    }
    return text + "/\(prefix)"
  }

  /// Whether the block covers every address (`0.0.0.0/0` or `::/0`).
  public var isWholeInternet: Bool { prefix == 0 }

  /// The IPv4 range this block lies in that the internet never routes (RFC 1918
  /// private, loopback, link-local, shared CGNAT space), if any.
  public var nonPublicIPv4Range: String? {
    guard address.count == 4 else { return nil }
    let ranges: [(String, [UInt8], Int)] = [
      ("10.0.0.0/8", [10, 0, 0, 0], 8), ("172.16.0.0/12", [172, 16, 0, 0], 12),
      ("192.168.0.0/16", [192, 168, 0, 0], 16), ("127.0.0.0/8", [127, 0, 0, 0], 8),
      ("169.254.0.0/16", [169, 254, 0, 0], 16), ("100.64.0.0/10", [100, 64, 0, 0], 10),
    ]
    let value = address.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    for (name, base, bits) in ranges where prefix >= bits {
      let start = base.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      let mask = UInt32.max << (32 - bits)
      if value & mask == start { return name }
    }
    return nil
  }
}

extension String {
  /// Splits on a multi-character separator.
  func components(separatedByString separator: String) -> [String] {
    var out: [String] = []
    var rest = Substring(self)
    while let r = rest.range(of: separator) {
      out.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    out.append(String(rest))
    return out
  }
}

extension Substring {
  fileprivate func range(of needle: String) -> Range<Index>? {
    guard !needle.isEmpty, count >= needle.count else { return nil }
    var i = startIndex
    while i < endIndex {
      if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
      i = index(after: i)
    }
    return nil
  }
}
