public import Foundation
public import Testing

/// Compares `actual` with the recorded file `named` in `folder` and records
/// a test issue with the first differing line when they differ. With
/// `RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead,
/// so a reviewed change of behaviour is one command and one diff.
///
/// ```swift
/// assertSnapshot(DOTWriter().write(view, in: graph), named: "sample.dot", in: goldenFolder)
/// ```
public func assertSnapshot(
    _ actual: String, named name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "no snapshot at \(url.path); run the test with RECORD_SNAPSHOTS=1 to record it",
            sourceLocation: sourceLocation)
        return
    }
    guard actual != expected else { return }
    Issue.record(
        "\(name) differs from its snapshot: \(firstDifference(expected, actual)) (RECORD_SNAPSHOTS=1 rewrites it)",
        sourceLocation: sourceLocation)
}

/// The first line where `expected` and `actual` differ, both shown.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(old.count, new.count) {
        let was = index < old.count ? String(old[index]) : "(end of file)"
        let now = index < new.count ? String(new[index]) : "(end of file)"
        if was != now { return "line \(index + 1) was \"\(was)\", is \"\(now)\"" }
    }
    return "the texts differ"
}
