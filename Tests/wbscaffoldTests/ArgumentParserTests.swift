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

  /// Options that also take terraform's (Go's flag package's) spellings.
  let terraformLike = CommandSpec(
    name: "demo", abstract: "A demo command.",
    arguments: [CommandSpec.Argument(valueName: "path", help: "Where.", repeatable: true)],
    options: [
      CommandSpec.Option(name: "check", kind: .flag, help: "Check.", terraformSpelling: true),
      CommandSpec.Option(name: "recursive", short: "r", kind: .flag, help: "Recurse.", terraformSpelling: true),
      CommandSpec.Option(name: "list", kind: .pair, help: "List.", terraformSpelling: true),
      CommandSpec.Option(name: "color", kind: .pair, help: "Colour.", terraformSpelling: true),
      CommandSpec.Option(name: "dry-run", kind: .flag, help: "Our own only."),
    ])

  @Test func terraformSpellingsTakeOneDashAndBooleanValues() throws {
    let p = try ArgumentParser.parse(["-check", "-list=false", "-r", "-no-color", "-", "dir"], spec: terraformLike)
    #expect(p.flag("check") && p.flag("recursive"))
    #expect(p.bool("list") == false && p.bool("color") == false)
    #expect(p.positionals == ["-", "dir"])
    let q = try ArgumentParser.parse(["-recursive=true", "--list=1", "-check", "-check=F"], spec: terraformLike)
    #expect(!q.flag("check") && q.flag("recursive") && q.bool("list") == true)
    #expect(try ArgumentParser.parse(["--check=True", "--no-list"], spec: terraformLike).flag("check"))
    #expect(try ArgumentParser.parse(["--", "-check"], spec: terraformLike).positionals == ["-check"])
  }

  @Test(arguments: [
    (["-chek"], "Unknown option '-chek'. Did you mean '-check'?"),
    (["--chek"], "Unknown option '--chek'. Did you mean '--check'?"),
    (["-dry-run"], "Unknown option '-dry-run'. Did you mean '--dry-run'?"),
    (["-x"], "Unknown option '-x'."),
    (["-foo=1"], "Unknown option '-foo=1'."),
    (["-list=maybe"], "The value 'maybe' is invalid for '-list'. Please provide one of 'true' or 'false'."),
    (["-check="], "The value '' is invalid for '-check'. Please provide one of 'true' or 'false'."),
    (["-no-list=false"], "The option '-no-list' does not take a value."),
    (["--dry-run=false"], "The option '--dry-run' does not take a value."),
    (["-r=true"], "Unknown option '-r=true'."),
  ])
  func terraformSpellingErrorsNameTheOptionAsTyped(_ c: ([String], String)) {
    #expect(throws: UsageError(c.1, spec: terraformLike)) { try ArgumentParser.parse(c.0, spec: terraformLike) }
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
