/// Process exit statuses, as swift-argument-parser and `terraform fmt -check` use them.
enum ExitCode: Int32 {
  /// Everything went well (including "nothing to do").
  case success = 0
  /// A runtime failure: I/O, conflicts, check errors, a refused upgrade.
  case failure = 1
  /// `fmt`: an input does not parse, or a path is missing or not a Terraform
  /// file (what `terraform fmt` returns for these).
  case inputError = 2
  /// `--check`: changes are pending.
  case changesPending = 3
  /// Bad flags or values (`EX_USAGE`).
  case usage = 64
  /// Interrupted at a prompt (Ctrl-C).
  case interrupted = 130
}
