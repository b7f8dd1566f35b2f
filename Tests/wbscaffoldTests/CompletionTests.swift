import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// `wbscaffold completion`: scripts generated from the command specs.
@Suite struct CompletionTests {
  func script(_ shell: String) throws -> String {
    try #require(ShellCompletion.script(shell, root: CLI.spec))
  }

  /// What bash completes for the words typed so far (the last one being completed).
  func bashCompletes(_ words: [String]) throws -> [String] {
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let program = try script("bash") + "\nCOMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _wbscaffold; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    let run = try ChildProcess.run("bash", ["-c", program], timeout: 30)
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout.split(separator: "\n").map(String.init)
  }

  @Test func bashCompletesSubcommandsOptionsAndValues() throws {
    #expect(try bashCompletes(["wbscaffold", "c"]) == ["check", "completion"])
    #expect(try bashCompletes(["wbscaffold", "init", "--blue"]) == ["--blueprint"])
    #expect(try bashCompletes(["wbscaffold", "init", "--blueprint", "a"]) == ["aws-v8", "aws-v2", "azure-v7"])
    // A line's own options (from its help section) and the off form of a pair.
    #expect(try bashCompletes(["wbscaffold", "init", "--subscription"]) == ["--subscription-id"])
    #expect(try bashCompletes(["wbscaffold", "init", "--no-re"]) == ["--no-redis"])
    #expect(try bashCompletes(["wbscaffold", "upgrade", "--placement", ""]) == ["automatic", "module", "variable"])
    #expect(try bashCompletes(["wbscaffold", "upgrade", "--wandb-version", ""]) == [], "a version is not a file")
  }

  /// zsh and fish are not on every machine: their scripts are checked for every
  /// subcommand and every visible option of each.
  @Test func zshAndFishNameEveryOption() throws {
    let zsh = try script("zsh"), fish = try script("fish")
    #expect(zsh.hasPrefix("#compdef wbscaffold\n"))
    for command in CLI.spec.subcommands {
      #expect(zsh.contains("'\(command.name):"), "zsh: \(command.name)")
      #expect(fish.contains("-a \(command.name) "), "fish: \(command.name)")
      for option in ShellCompletion.options(of: command) {
        #expect(zsh.contains("--\(option.name)["), "zsh: \(command.name) --\(option.name)")
        #expect(fish.contains("'__fish_seen_subcommand_from \(command.name)' -l \(option.name)"), "fish: \(command.name) --\(option.name)")
      }
    }
    #expect(fish.contains("-l blueprint -x -a 'aws-v8 aws-v2 gcp-v10 azure-v7 k8s-helm'"))
  }

  @Test func anUnknownShellIsAUsageError() {
    let terminal = ScriptedTerminal()
    #expect(CLI.run(["completion", "tcsh"], Context(terminal: terminal, environment: [:])) == .usage)
    #expect(terminal.stderr.contains("The value 'tcsh' is invalid for '<shell>'. Please provide one of 'bash', 'zsh', 'fish'."))
    #expect(terminal.stdout.isEmpty)
  }
}
