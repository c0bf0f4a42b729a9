import DossierTestSupport
import Foundation
import Testing

/// The neo4j-csv export read as Neo4j's manual documents the input of
/// `neo4j-admin database import` (no Neo4j runs here; see docs/formats.md).
@Suite struct Neo4jCSVTests {
    let folder = TemporaryFolder()

    @Test func `the neo4j-csv export follows the documented import header format`() throws {
        let store = try DossierProcess.buildSeeds(in: folder)
        // Awkward names for the format: a `;` inside an alias, a `:` in an attribute's name.
        let nodes = folder.write(
            "extra/nodes.csv", "id,kind,name,aliases,note:x\nq1,person,Ana Ruiz,\"A;R|Ana R.\",kept\n")
        let edges = folder.write("extra/edges.csv", "source,target,kind\nq1,q1x,associateOf\n")
        let more = folder.write("extra2/nodes.csv", "id,kind,name\nq1x,person,Bo Lind\n")
        let built = try DossierProcess.run(["build", nodes, more, edges, "--store", store])
        try #require(built.status == 0, "\(built.stderr)")
        let out = folder.file("neo4j")
        try #require(
            try DossierProcess.run(["export", "--store", store, "--format", "neo4j-csv", "-o", out]).status == 0)
        let json = folder.file("graph.json")
        try #require(try DossierProcess.run(["export", "--store", store, "-o", json]).status == 0)
        let check = try PythonScript.run("check_neo4j_csv.py", [out, json])
        try #require(check.status == 0, "\(check.stderr)")
        let report = try #require(check.object)
        let problems = report["problems"] as? [String] ?? ["no report"]
        // The one alias with a `;` reads back with `,` instead; nothing else differs.
        #expect(problems == [#"aliases of 'person/q1' read back as ['A,R', 'Ana R.']"#])
        let stats = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try DossierProcess.run(["stats", "--json", "--store", store]).stdout.utf8)) as? [String: Any]
        )
        let entities = try #require(stats["entities"] as? [String: Int])
        let labels = try #require(report["nodes"] as? [String: Int])
        #expect(labels.values.reduce(0, +) == entities.values.reduce(0, +))
        #expect(labels["Person"] == entities["person"])
        let relations = try #require(stats["relations"] as? [String: Int])
        let types = try #require(report["relationships"] as? [String: Int])
        #expect(types.values.reduce(0, +) == relations.values.reduce(0, +))
        #expect(types["HOLDS"] == relations["holds"])
        let header = try String(contentsOfFile: out + "/nodes.csv", encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains(",note_x,") && !header.contains("note:x"))
    }
}
