import Foundation
import Testing
import _TestSupport

@testable import wbscaffold

/// Atomic writes, permissions, the all-or-nothing write plan, and diffs against `diff -u`.
@Suite struct FilesTests {
  func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
  }

  @Test func atomicWritesKeepOrSetPermissions() throws {
    let dir = try TemporaryDirectory()
    let path = dir.path + "/a.tf"
    try LocalFiles.writeAtomically(path, Array("x\n".utf8))
    #expect(try mode(path) == 0o644)
    chmod(path, 0o640)
    try LocalFiles.writeAtomically(path, Array("y\n".utf8))
    #expect(try mode(path) == 0o640)
    try LocalFiles.writeAtomically(path, Array("z\n".utf8), mode: 0o600)
    #expect(try mode(path) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.tf"], "no temporary file left")
  }

  @Test func aFailedWriteLeavesTheTargetUntouched() throws {
    let dir = try TemporaryDirectory()
    try dir.write("file", "not a directory")
    #expect(throws: FileError.self) { try LocalFiles.writeAtomically(dir.path + "/file/a.tf", [0x61]) }
    #expect(try dir.read("file") == Array("not a directory".utf8))
  }

  @Test func aPlanThatFailsHalfwayRestoresEverything() throws {
    let dir = try TemporaryDirectory()
    try dir.write("old.tf", "original\n")
    let plan = try WritePlan(
      [(dir.path + "/old.tf", Array("new\n".utf8), nil), (dir.path + "/new.tf", Array("n\n".utf8), nil),
       (dir.path + "/sub/x.tf", Array("x\n".utf8), nil)],
      overwrite: true)
    // Between planning and writing, something takes the place of sub/.
    try dir.write("sub", "in the way")
    #expect(throws: (any Error).self) { try plan.commit() }
    #expect(try dir.read("old.tf") == Array("original\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/new.tf"))
  }

  @Test func identicalFilesAreNotRewrittenAndConflictsAreReported() throws {
    let dir = try TemporaryDirectory()
    try dir.write("same.tf", "s\n")
    try dir.write("other.tf", "mine\n")
    let plan = try WritePlan(
      [(dir.path + "/same.tf", Array("s\n".utf8), nil), (dir.path + "/other.tf", Array("theirs\n".utf8), nil)],
      overwrite: false)
    #expect(plan.entries.map(\.action) == [.identical, .conflict])
  }

  @Test(
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/diff"), "diff is not installed"),
    arguments: [
      ("a\nb\nc\n", "a\nB\nc\n"), ("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\nY\n12\n"),
      ("a\r\nb\r\n", "a\r\nc\r\n"), ("x\ny", "x\ny\n"), ("", "new\n"), ("gone\n", ""), ("a\nb\n", "b\na\n"),
    ])
  func diffsMatchDiffU(_ c: (String, String)) throws {
    let dir = try TemporaryDirectory()
    try dir.write("old", c.0)
    try dir.write("new", c.1)
    let reference = try ChildProcess.run("diff", ["-u", "--label", "a/f", "--label", "b/f", "old", "new"], in: dir.url)
    #expect(UnifiedDiff.make(Array(c.0.utf8), Array(c.1.utf8), oldLabel: "a/f", newLabel: "b/f") == reference.stdout)
  }
}
