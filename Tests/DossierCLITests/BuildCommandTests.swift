import DossierTestSupport
import Foundation
import Testing

@Suite struct BuildCommandTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("store.sqlite") }
    static let examples = DossierProcess.packageRoot + "/examples"

    func dossier(_ arguments: String...) throws -> DossierProcess.Result {
        try DossierProcess.run(arguments + ["--store", store], in: folder.path)
    }

    func buildExamples() throws {
        let result = try dossier("build", Self.examples + "/nodes.csv", Self.examples + "/edges.csv")
        try #require(result.status == 0, "\(result.stderr)")
    }

    @Test func `building the example CSV pair fills the store`() throws {
        try buildExamples()
        let stats = try dossier("stats", "--json")
        #expect(stats.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [String: Int])
        #expect(entities["person"] == 6)
        #expect(entities["country"] == 4)
        #expect((object["relations"] as? [String: Int])?["holds"] == 4)
        #expect(object["documents"] as? Int == 2)
    }

    @Test func `a folder builds every file it knows and a second build skips known documents`() throws {
        for name in ["nodes.csv", "edges.csv"] {
            folder.write(
                "pair/" + name, bytes: Array(FileManager.default.contents(atPath: Self.examples + "/" + name)!))
        }
        folder.write("pair/notes.pdf", "%PDF")
        let result = try dossier("build", folder.file("pair"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("25 new entities (0 merged), 32 new relations (0 merged), 2 new documents"))
        let again = try dossier("build", folder.file("pair"))
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new entities (0 merged), 0 new relations (0 merged), 0 new documents"))
        #expect(again.stderr.contains("already in the store"))
    }

    @Test func `export, build into a new store and export again gives the same bytes`() throws {
        try buildExamples()
        let first = try dossier("export", "--format", "json")
        #expect(first.status == 0)
        let exported = folder.write("graph.json", first.stdout)
        let second = try DossierProcess.run(["build", exported, "--store", folder.file("copy.sqlite")])
        #expect(second.status == 0, "\(second.stderr)")
        let again = try DossierProcess.run([
            "export", "--store", folder.file("copy.sqlite"), "-o", folder.file("again.json"),
        ])
        #expect(again.status == 0)
        #expect(folder.bytes(of: folder.file("again.json")) == Array(first.stdout.utf8))
    }

    @Test func `an edge may name an entity that an earlier build stored`() throws {
        try buildExamples()
        folder.write("more/nodes.csv", "id,kind,name\nperson/noor,person,Noor\n")
        folder.write("more/edges.csv", "source,target,kind\nperson/noor,person/imran-khan,associateOf\n")
        let result = try dossier("build", folder.file("more"))
        #expect(result.status == 0, "\(result.stderr)")
        let show = try dossier("show", "Noor")
        #expect(show.stdout.contains("  ─associateOf─ Imran Khan\n"))
    }
}
