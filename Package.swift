// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "wbscaffold",
  products: [
    .executable(name: "wbscaffold", targets: ["wbscaffold"])
  ],
  dependencies: [],
  targets: [
    // Pure HCL engine: lexer, syntax tree, terraform-fmt formatter, writer AST, edits.
    .target(name: "HCL"),
    // Pure domain: answers, blueprints to documents, checks, upgrade planning.
    .target(name: "Scaffold", dependencies: ["HCL"]),
    // One blueprint per module line plus the module catalogue, compiled into the binary.
    .target(
      name: "Blueprints",
      dependencies: ["Scaffold", "HCL"],
      path: "Blueprints",
      exclude: ["tools"],
      resources: [
        .embedInCode("catalog/aws.json"), .embedInCode("catalog/kubernetes.json"), .embedInCode("catalog/google.json"),
        .embedInCode("catalog/azurerm.json"), .embedInCode("catalog/helm.json"),
      ]
    ),
    // The command-line tool: argument parsing, commands, wizard, file writes.
    .executableTarget(name: "wbscaffold", dependencies: ["HCL", "Scaffold", "Blueprints"]),

    // Helpers shared by the test targets (terraform runner, temporary directories).
    .target(name: "_TestSupport", path: "Sources/_TestSupport"),

    .testTarget(name: "HCLTests", dependencies: ["HCL", "_TestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "ScaffoldTests", dependencies: ["Scaffold", "HCL", "_TestSupport", "Blueprints"], exclude: ["Plan/Fixtures", "Upgrade/Scenarios"]),
    .testTarget(
      name: "BlueprintsTests", dependencies: ["Blueprints", "Scaffold", "HCL", "_TestSupport"],
      exclude: ["Golden"]),
    .testTarget(name: "wbscaffoldTests", dependencies: ["wbscaffold", "Scaffold", "HCL", "_TestSupport"]),
  ]
)
