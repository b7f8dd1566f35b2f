/// What `fmt` prints and writes for an input, settled from the flags the way
/// `terraform fmt` settles them (`internal/command/fmt.go`).
///
/// Standard input is never listed or written; `check` lists every change but
/// writes nothing, and holds its output back: it is printed at the end only
/// if `-list` was on and every input was read and parsed.
struct FmtMode: Equatable {
  /// Print the path of each input whose formatting changes.
  var list: Bool
  /// Rewrite each changed file in place.
  var write: Bool
  /// Print a unified diff of each change.
  var diff: Bool
  /// Exit 3 when a change is pending, with output held back until the end.
  var check: Bool
  /// Under `check`, whether the held output is printed at all.
  var showsHeldOutput: Bool

  init(check: Bool, diff: Bool, list: Bool, write: Bool, standardInput: Bool) {
    let list = list && !standardInput
    self.list = check || list
    self.write = write && !standardInput && !check
    self.diff = diff
    self.check = check
    self.showsHeldOutput = check && list
  }

  /// Print the formatted text of the input, changed or not: what terraform
  /// does with nothing to list, write or diff (standard input,
  /// `-list=false -write=false`).
  var echoes: Bool { !list && !write && !diff }
}
