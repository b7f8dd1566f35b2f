import Testing

@testable import wbscaffold

@Suite struct ArgumentParserTests {
  let spec = CommandSpec(
    name: "demo", abstract: "A demo command.",
    arguments: [CommandSpec.Argument(valueName: "dir", help: "Where.")],
    options: [
      CommandSpec.Option(name: "name", kind: .value("name"), help: "A name."),
      CommandSpec.Option(name: "tag", kind: .value("tag"), help: "Tags.", repeatable: true),
      CommandSpec.Option(name: "redis", kind: .pair, help: "Redis."),
      CommandSpec.Option(name: "yes", short: "y", kind: .flag, help: "Yes."),
      CommandSpec.Option(name: "format", kind: .value("format"), help: "Output format.", allowedValues: ["text", "json", "csv"]),
    ])

  @Test func parsesEveryForm() throws {
    let p = try ArgumentParser.parse(
      ["d", "--name", "a", "--tag=x", "--tag", "y", "--no-redis", "-y", "--format", "json"], spec: spec)
    #expect(p.positionals == ["d"])
    #expect(p.value("name") == "a")
    #expect(p.allValues("tag") == ["x", "y"])
    #expect(p.bool("redis") == false)
    #expect(p.flag("yes"))
    #expect(try ArgumentParser.parse(["--", "--name"], spec: spec).positionals == ["--name"])
    #expect(try ArgumentParser.parse(["--name", "-"], spec: spec).value("name") == "-")
  }

  @Test(arguments: [
    (["--nme", "x"], "Unknown option '--nme'. Did you mean '--name'?"),
    (["--name"], "Missing value for '--name <name>'"),
    (["--name", "--yes"], "Missing value for '--name <name>'"),
    (["a", "b"], "Unexpected argument 'b'"),
    (["a", "b", "baz"], "2 unexpected arguments: 'b', 'baz'"),
    (["--format", "png"], "The value 'png' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'csv'."),
    (["--yes=1"], "The option '--yes' does not take a value."),
    (["--zzzzzz"], "Unknown option '--zzzzzz'."),
  ])
  func errorsUseTheArgumentParserCatalogue(_ c: ([String], String)) {
    #expect(throws: UsageError(c.1, spec: spec)) { try ArgumentParser.parse(c.0, spec: spec) }
  }

  @Test func usageErrorBlock() {
    let e = UsageError("Unknown option '--x'.", spec: spec)
    #expect(
      e.rendered
        == "Error: Unknown option '--x'.\nUsage: wbscaffold demo [<dir>] [--name <name>] [--tag <tag> ...] [--[no-]redis] [--yes] [--format <format>]\n  See 'wbscaffold demo --help' for more information.\n"
    )
  }

  @Test func helpLayoutMatchesSwiftArgumentParser() {
    let help = HelpRenderer.render(spec, width: 80)
    #expect(
      help == """
        OVERVIEW: A demo command.

        USAGE: wbscaffold demo [<dir>] [--name <name>] [--tag <tag> ...] [--[no-]redis]
               [--yes] [--format <format>]

        ARGUMENTS:
          <dir>                   Where.

        OPTIONS:
          --name <name>           A name.
          --tag <tag>             Tags.
          --[no-]redis            Redis.
          -y, --yes               Yes.
          --format <format>       Output format. (values: text, json, csv)
          -h, --help              Show help information.

        """)
  }
}
