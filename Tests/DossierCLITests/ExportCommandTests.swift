import DossierTestSupport
import Foundation
import Testing

@Suite struct ExportCommandTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildSeeds(in: folder)
    }

    func dossier(_ arguments: String...) throws -> DossierProcess.Result {
        try DossierProcess.run(arguments + ["--store", store])
    }

    @Test func `networkx reads the GraphML, GEXF and node-link exports alike`() throws {
        for (format, name) in [("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("node-link", "graph.node-link")] {
            let result = try dossier("export", "--format", format, "-o", folder.file(name))
            try #require(result.status == 0, "\(result.stderr)")
        }
        let stats = try dossier("stats", "--json")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let entities = (counts["entities"] as? [String: Int] ?? [:]).values.reduce(0, +)
        let relations = (counts["relations"] as? [String: Int] ?? [:]).values.reduce(0, +)
        let check = try PythonScript.run("check_networkx.py", [folder.path])
        try #require(check.status == 0, "networkx could not read the exports (make test installs networkx)")
        let report = try #require(check.object as? [String: [String: Any]])
        for format in ["graphml", "gexf", "node-link"] {
            let found = try #require(report[format])
            #expect(found["nodes"] as? Int == entities, "\(format)")
            #expect(found["edges"] as? Int == relations, "\(format)")
            #expect(found["kinds"] as? [String] == ["country", "event", "office", "organization", "person", "place"])
            #expect((found["edgeKinds"] as? [String])?.contains("participant") == true)
            #expect(found["visitDate"] as? String == "2020-11", "\(format)")
        }
    }

    @Test func `the CSV export builds back into the same graph`() throws {
        let export = try dossier("export", "--format", "csv", "-o", folder.file("pair"))
        try #require(export.status == 0, "\(export.stderr)")
        let copy = folder.file("copy.sqlite")
        let build = try DossierProcess.run(["build", folder.file("pair"), "--store", copy])
        try #require(build.status == 0, "\(build.stderr)")
        func graph(_ path: String) throws -> (Set<String>, Set<String>) {
            let text = try DossierProcess.run(["export", "--store", path]).stdout
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            func sorted(_ value: Any?) -> String {
                ((value as? [String: String]) ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                    separator: ";")
            }
            let entities = (object["entities"] as? [[String: Any]] ?? []).map { entity in
                "\(entity["id"]!)|\(entity["name"]!)|\(entity["aliases"]!)|\(sorted(entity["attributes"]))"
            }
            let relations = (object["relations"] as? [[String: Any]] ?? []).map {
                "\($0["id"]!)|\(sorted($0["attributes"]))"
            }
            return (Set(entities), Set(relations))
        }
        let (entities, relations) = try graph(store)
        let (copiedEntities, copiedRelations) = try graph(copy)
        #expect(copiedEntities == entities)
        #expect(copiedRelations == relations)
    }

    @Test func `exports take the same subset options as render`() throws {
        let result = try dossier("export", "--format", "mermaid", "--focus", "Zulfi Bukhari", "--depth", "1")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("graph LR\n"))
        #expect(result.stdout.contains("\"Zulfi Bukhari\""))
        #expect(!result.stdout.contains("Silvan Shalom"))
    }

    @Test func `a facts file corrects the seed graph, and the corrections last`() throws {
        let facts = DossierProcess.packageRoot + "/examples/seeds-facts.json"
        let result = try dossier("build", facts)
        #expect(result.status == 0, "\(result.stderr)")
        let hayom = try dossier("show", "Israel Haymon")
        #expect(
            hayom.stdout.hasPrefix("Israel Hayom  (organization, organization/israel-hayom)\n  also: Israel Haymon\n"))
        let source = try dossier("show", "Asian Lite")
        #expect(source.stdout.contains("— \(facts)"))
        #expect(try dossier("entities", "--kind", "office", "--match", "mossad").stdout.contains("Director of Mossad"))
        #expect(try dossier("path", "Amman", "Jordan").stdout.hasPrefix("No connection"))
        let fresh = folder.file("fresh.sqlite")
        let rebuild = try DossierProcess.run(["build", DossierProcess.packageRoot + "/seeds", facts, "--store", fresh])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        let again = try DossierProcess.run(["build", DossierProcess.packageRoot + "/seeds", "--store", fresh])
        #expect(again.status == 0)
        #expect(try DossierProcess.run(["show", "Israel Haymon", "--store", fresh]).stdout.hasPrefix("Israel Hayom  "))
    }

    @Test func `a facts relation to an unknown name is refused with its line`() throws {
        let path = folder.write(
            "bad-facts.json",
            "{\"format\": \"dossier-facts/1\",\n \"relations\": [\n  {\"kind\": \"advises\", \"source\": \"Nobody Known\", \"target\": \"Imran Khan\", \"cite\": \"x\"}]}"
        )
        let before = try dossier("export")
        let result = try dossier("build", path)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(path):3: the relation names \"Nobody Known\", which is neither declared in the facts file, found in "
                + "this build, nor in the store. Declare it under \"entities\", or correct the name. Nothing was written.\n"
        )
        #expect(try dossier("export").stdout == before.stdout)
    }
}
