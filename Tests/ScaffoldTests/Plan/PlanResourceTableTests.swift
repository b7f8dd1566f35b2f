import Testing

@testable import Scaffold

/// The table `plan-review` reads plans against: by type, by module call, the
/// more severe of both.
@Suite struct PlanResourceTableTests {
  let table = PlanResourceTable(
    types: ["db": .init(.holdsData, "data"), "group": .init(.expectedReplacement, "expected")],
    moduleCalls: ["pool": .init(.expectedReplacement, "in the pool"), "core": .init(.disruptive, "core")])

  @Test func moduleCallNamesSkipInstanceKeys() {
    #expect(PlanResourceTable.moduleCallNames("") == [])
    #expect(PlanResourceTable.moduleCallNames("module.a") == ["a"])
    #expect(PlanResourceTable.moduleCallNames(#"module.a.module.b["x.module.c]"]"#) == ["a", "b"])
    #expect(PlanResourceTable.moduleCallNames(#"module.a[0].module.b["q\"].module.z"].module.c"#) == ["a", "b", "c"])
  }

  @Test func theMoreSevereEntryWins() {
    #expect(table.entry(type: "db", moduleAddress: "module.pool")?.why == "data")
    #expect(table.entry(type: "other", moduleAddress: #"module.x.module.pool["a"]"#)?.why == "in the pool")
    #expect(table.entry(type: "group", moduleAddress: "module.core.module.pool")?.why == "core")
    #expect(table.entry(type: "other", moduleAddress: nil) == nil)
    // A module call name matches whole segments only.
    #expect(table.entry(type: "other", moduleAddress: "module.pools") == nil)
  }

  @Test func mergingKeepsTheMoreSevereEntryOfAKey() {
    let merged = PlanResourceTable(merging: [
      table, PlanResourceTable(types: ["group": .init(.disruptive, "worse"), "db": .init(.disruptive, "milder")]),
    ])
    #expect(merged.types["group"]?.why == "worse")
    #expect(merged.types["db"]?.why == "data")
    #expect(merged.moduleCalls.count == 2)
  }
}
