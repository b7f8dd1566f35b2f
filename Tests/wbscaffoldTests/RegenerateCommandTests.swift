import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// The generated README holds the `wbscaffold init` command that made the files;
/// run in that directory it must reproduce every file byte for byte.
@Suite struct RegenerateCommandTests {
  static let setups: [[String]] = [
    InitCommandTests.flags + ["--sqs", "--no-redis", "--module-version", "~> 2.8", "--workload", "models", "--environment", "dev"],
    [
      "--non-interactive", "--blueprint", "aws-v8", "--namespace", "ml-prod", "--domain-name", "example.org",
      "--zone-id", "Z0123456789ABCDEFGHIJ", "--region", "eu-west-1", "--allowed-cidr", "10.0.0.0/8,192.168.0.0/16",
      "--eks-api-cidr", "198.51.100.0/24", "--workload", "both", "--environment", "prod", "--backend", "s3",
      "--state-bucket", "acme-state", "--state-key", "teams/ml/wandb.tfstate", "--helm-provider-version", ">= 2.12, < 3.0.0",
    ],
    [
      "--non-interactive", "--blueprint", "aws-v8", "--namespace", "w", "--domain-name", "example.com", "--subdomain", "",
      "--zone-id", "Z1", "--region", "us-east-2", "--allowed-cidr", "0.0.0.0/0", "--size", "xlarge",
      "--node-instance-type", "m6i.2xlarge", "--backend", "s3", "--state-bucket", "b-1", "--lock-table", "locks",
    ],
    GoogleFlags.google + [
      "--zone", "us-central1-f", "--no-redis", "--dns-zone", "example-com", "--workload", "both", "--environment", "prod",
      "--database-machine-type", "db-custom-8-53248", "--state-bucket", "acme-state", "--state-prefix", "ml/wandb",
      "--google-provider-version", "~> 5.40",
    ],
  ]

  @Test(arguments: setups.indices)
  func readmeCommandReproducesTheFiles(_ index: Int) throws {
    let dir = try TemporaryDirectory()
    let env = ["WANDB_LICENSE": "LICENSE-0123456789-TEST", "NO_COLOR": "1"]
    let first = ScriptedTerminal()
    #expect(CLI.run(["init", dir.path] + Self.setups[index], Context(terminal: first, environment: env)) == .success, "\(first.stderr)")

    let readme = String(decoding: try dir.read("README.md"), as: UTF8.self)
    let section = try #require(readme.components(separatedBy: "## Regenerating").last)
    let line = try #require(section.split(separator: "\n").first { $0.hasPrefix("wbscaffold init ") })
    let words = try #require(Self.shellWords(String(line)))
    #expect(!line.contains("LICENSE-0123456789-TEST"))

    // The README's command runs in the directory; here the directory is passed
    // instead (changing this process's working directory would disturb parallel tests).
    #expect(words.dropFirst(2).allSatisfy { !$0.hasPrefix("/") }, "the command names no directory")
    let replay = ScriptedTerminal()
    let code = CLI.run(
      Array(words.dropFirst()) + [dir.path, "--dry-run", "--json"], Context(terminal: replay, environment: env))
    #expect(code == .success, "\(replay.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: Data(replay.stdout.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.count == 7)
    for file in files { #expect(file["action"] as? String == "identical", "\(file)") }
  }

  /// Splits a POSIX shell line with single quotes (what `EquivalentCommand.quote` writes).
  static func shellWords(_ line: String) -> [String]? {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quoted = false
    for c in line {
      if quoted {
        if c == "'" { quoted = false } else { current.append(c) }
      } else if c == "'" {
        quoted = true
        inWord = true
      } else if c == "\\" {
        return nil  // EquivalentCommand only writes a backslash inside '\'' for a quote in a value
      } else if c == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(c)
        inWord = true
      }
    }
    if quoted { return nil }
    if inWord { words.append(current) }
    return words
  }
}
