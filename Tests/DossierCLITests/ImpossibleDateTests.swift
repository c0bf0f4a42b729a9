import DossierTestSupport
import Foundation
import Testing

/// Dates that cannot be are left out with a warning that names the file and
/// line; nothing is dated by them, and the build still succeeds.
@Suite struct ImpossibleDateTests {
    let folder = TemporaryFolder()

    @Test func `an impossible date is left out with a warning naming the file and line`() throws {
        let path = folder.write(
            "bad-dates.txt",
            "LIMA, Feb. 30, 2021 (AP) — Peruvian President Ana Ruiz visited Quito on Monday.\n\n"
                + "She met Jorge Salas on 31 April 2021.\n\nShe left on February 29, 2024.\n")
        let store = folder.file("s.sqlite")
        let result = try DossierProcess.run(["build", path, "--store", store])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: \(path):1: \"Feb. 30, 2021\" is no date"))
        #expect(result.stderr.contains("warning: \(path):3: \"31 April 2021\" is no date"))
        #expect(!result.stderr.contains("February 29, 2024"))
        let export = try DossierProcess.run(["export", "--format", "json", "--store", store])
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let documents = try #require(graph["documents"] as? [[String: Any]])
        // No dateline date, so "on Monday" stays unknown too: nothing is invented.
        #expect(documents.first?["date"] is NSNull)
        let events = ((graph["entities"] as? [[String: Any]]) ?? []).filter { $0["kind"] as? String == "event" }
        let dates = events.compactMap { ($0["attributes"] as? [String: String])?["date"] }
        #expect(!dates.contains { $0.hasPrefix("2021") })
    }

    @Test func `--json lists the warnings`() throws {
        let path = folder.write("bad.txt", "Ana Ruiz met Jorge Salas in Quito on June 31, 2022.\n")
        let result = try DossierProcess.run(["build", path, "--store", folder.file("t.sqlite"), "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(
            report["warnings"] as? [String] == [
                "\(path):1: \"June 31, 2022\" is no date (the month has no such day); left out"
            ])
    }
}
