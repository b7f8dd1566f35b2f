import Testing

@testable import Scaffold

/// Reading the JSON of a saved plan: which entries are destroys and replacements,
/// how their reasons read, and what is refused as not a plan.
@Suite struct PlanDocumentTests {
  @Test func onlyDestroysAndReplacementsAreKeptSortedByAddress() throws {
    let document = try PlanDocument(
      json: PlanFixture.plan([
        PlanFixture.change("b.x", type: "b", actions: ["delete", "create"], reason: "replace_because_tainted"),
        PlanFixture.change("a.x", type: "a", actions: ["delete"]),
        PlanFixture.change("c.x", type: "c", actions: ["create"]),
        PlanFixture.change("d.x", type: "d", actions: ["update"]),
        PlanFixture.change("e.x", type: "e", actions: ["no-op"]),
        PlanFixture.change("f.x", type: "f", actions: ["read"], reason: "read_because_config_unknown"),
        PlanFixture.change("g.x", type: "g", actions: ["forget"]),
        PlanFixture.change("h.x", type: "h", actions: ["create", "forget"]),
      ]))
    #expect(document.changes.map(\.line) == ["a.x: destroyed", "b.x: replaced (tainted)"])
    #expect(document.resourceChangeCount == 8)
    #expect(document.formatVersion == "1.2" && document.terraformVersion == "1.11.4")
    #expect(!document.errored && document.complete)
  }

  @Test func replacePathsAndOrderAreInTheReason() throws {
    let document = try PlanDocument(
      json: PlanFixture.plan([
        PlanFixture.change(
          "module.m[\"k\"].t.this[0]", module: "module.m[\"k\"]", type: "t", actions: ["create", "delete"],
          reason: "replace_because_cannot_update", replacePaths: #"[["launch_template", 0, "version"], ["ami_type"]]"#)
      ]))
    let change = try #require(document.changes.first)
    #expect(change.replacePaths == ["launch_template[0].version", "ami_type"])
    #expect(change.createsBeforeDestroying)
    #expect(change.moduleAddress == "module.m[\"k\"]" && change.type == "t" && change.name == "this")
    #expect(
      change.line == "module.m[\"k\"].t.this[0]: replaced (cannot update in place: launch_template[0].version, ami_type; new one created first)")
  }

  @Test func aDeposedObjectIsNamedAsSuch() throws {
    let document = try PlanDocument(
      json: PlanFixture.plan([
        PlanFixture.change("t.x", type: "t", actions: ["delete"], deposed: "00000001"),
        PlanFixture.change("t.x", type: "t", actions: ["delete", "create"], reason: "replace_by_request"),
      ]))
    #expect(
      document.changes.map(\.line) == [
        "t.x: replaced (requested with -replace)", "t.x (deposed object 00000001): destroyed",
      ])
  }

  @Test func anUnknownReasonIsShownAsGiven() throws {
    let document = try PlanDocument(json: PlanFixture.plan([PlanFixture.change("t.x", type: "t", actions: ["delete"], reason: "delete_because_of_something_new")]))
    #expect(document.changes.map(\.line) == ["t.x: destroyed (delete_because_of_something_new)"])
  }

  @Test func anEmptyPlanHasNoChanges() throws {
    // terraform leaves resource_changes out of a plan of an empty configuration.
    let document = try PlanDocument(json: Array(#"{"format_version": "1.2", "planned_values": {"root_module": {}}}"#.utf8))
    #expect(document.changes.isEmpty && document.resourceChangeCount == 0)
  }

  @Test func erroredAndIncompletePlansAreRecorded() throws {
    let errored = try PlanDocument(json: PlanFixture.plan([], extra: #", "errored": true, "complete": false"#))
    #expect(errored.errored && !errored.complete)
  }

  @Test(arguments: [
    ("{\"format_version\": \"1.2\", ", "is not JSON: "),
    ("[1, 2]", "is not `terraform show -json` output: the document is not an object"),
    ("{\"resource_changes\": []}", "is not `terraform show -json` output: no format_version"),
    ("{\"format_version\": \"2.0\", \"planned_values\": {}}", "uses JSON format version 2.0; this reads format versions 1.x"),
    (
      "{\"format_version\": \"1.0\", \"terraform_version\": \"1.11.4\", \"values\": {\"root_module\": {}}}",
      "is the JSON of a state, not of a plan: run `terraform plan -out wandb.tfplan`, then `terraform show -json wandb.tfplan`"
    ),
    ("{\"format_version\": \"1.0\", \"provider_schemas\": {}}", "is not the JSON of a plan: it has neither planned_values nor resource_changes"),
    (
      "{\"format_version\": \"1.2\", \"planned_values\": {}, \"resource_changes\": [{\"address\": \"a.b\", \"change\": {\"actions\": \"delete\"}}]}",
      "is not a plan this can read: expected an array, found a string at resource_changes[0].change.actions"
    ),
    ("{\"format_version\": 1.2}", "is not a plan this can read: expected a string, found a number at format_version"),
  ])
  func notAPlanIsRefusedWithWhatIsWrong(_ input: String, _ message: String) {
    #expect {
      try PlanDocument(json: Array(input.utf8))
    } throws: { error in
      (error as? PlanDocument.Failure)?.message.hasPrefix(message) == true
    }
  }

  @Test func aBinaryPlanFileIsNamedAsSuch() {
    // A saved plan is a zip archive.
    #expect(throws: PlanDocument.Failure("is a saved plan file, not its JSON: run `terraform show -json <plan file> > plan.json` and review plan.json")) {
      try PlanDocument(json: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
    }
  }
}
