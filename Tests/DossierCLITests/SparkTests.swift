import DossierTestSupport
import Foundation
import Testing

/// The Spark job (`scale/spark_build.py`) run in local mode: over 1,000
/// generated articles its merged graph is the graph `dossier build` makes,
/// entity for entity and relation for relation, and its path query by
/// joins answers the lengths `dossier path` answers.
@Suite struct SparkTests {
    /// Whether a Java runtime is on the path (Spark needs one; `make test`
    /// installs pyspark but not Java).
    static let javaFound: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["java", "-version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    let folder = TemporaryFolder()

    @Test(
        .enabled(
            if: javaFound,
            "Java is not installed, so Spark cannot run: install a Java 17 runtime (apt-get install openjdk-17-jre-headless)"
        ))
    func `the Spark job's graph equals the build's, and its path lengths equal dossier path's`() throws {
        let result = try PythonScript.run("spark_check.py", [DossierProcess.binary, folder.file("work")])
        try #require(result.status == 0, "spark_check.py: \(result.stderr.suffix(3_000))")
        let report = try #require(result.object)

        let compared = try #require(report["compared"] as? [String: Any])
        #expect(compared["equal"] as? Bool == true, "differences: \(compared["differences"] ?? [])")
        let entities = try #require(compared["entities"] as? [Int])
        let relations = try #require(compared["relations"] as? [Int])
        #expect(entities.count == 2 && entities[0] == entities[1] && entities[0] > 1_000)
        #expect(relations.count == 2 && relations[0] == relations[1] && relations[0] > 3_000)

        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["articles"] as? Int == 1_000)
        #expect(summary["failed"] as? Int == 1)
        let failures = summary["failures"] as? [[String: String]] ?? []
        #expect(failures.map { $0["name"] } == ["broken-1"])
        #expect(failures.first?["reason"]?.contains("\"text\"") == true)
        #expect((summary["partitions"] as? Int ?? 0) > 1, "the partial merges ran per partition")
        #expect(summary["edges"] as? Int == relations[0])

        // The tables were written in chunks of 997 rows; read back, they hold every row once.
        let tables = try #require(report["tables"] as? [String: [String: Int]])
        #expect(tables["vertices"]?["rows"] == entities[0] && tables["vertices"]?["distinct"] == entities[0])
        #expect(tables["edges"]?["rows"] == relations[0] && tables["edges"]?["distinct"] == relations[0])
        #expect((tables["evidence"]?["rows"] ?? 0) > 997, "evidence took more than one chunk")
        #expect(tables["evidence"]?["rows"] == summary["evidence"] as? Int)

        let paths = try #require(report["paths"] as? [[String: Any]])
        #expect(paths.count == 5)
        for path in paths {
            #expect(
                (path["dossier"] as? Int) == (path["spark"] as? Int),
                "\(path["from"] ?? "") → \(path["to"] ?? ""): dossier \(path["dossier"] ?? "none"), spark \(path["spark"] ?? "none")"
            )
        }
        #expect(paths.contains { ($0["dossier"] as? Int ?? 0) >= 4 }, "a far pair was asked")
        #expect(paths.contains { $0["dossier"] is NSNull }, "a pair with no path was asked")
        let khop = try #require(report["khop"] as? [String: Int])
        #expect(khop["spark"] == khop["dossier"])
    }
}
