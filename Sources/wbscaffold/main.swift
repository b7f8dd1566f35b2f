#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Everything lives in CLI; this file only connects it to the real process.
let code = CLI.run(Array(CommandLine.arguments.dropFirst()), Context(terminal: SystemTerminal(), environment: processEnvironment()))
exit(code.rawValue)
