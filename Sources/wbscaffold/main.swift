import HCL
#if canImport(Glibc)
import Glibc
#endif
var input: [UInt8] = []
var buf = [UInt8](repeating: 0, count: 65536)
while true { let n = read(0, &buf, buf.count); if n <= 0 { break }; input.append(contentsOf: buf[0..<n]) }
switch Formatter.format(input) {
case .formatted(let out): out.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
case .invalid(let d): for x in d { print(x) }; exit(2)
}
