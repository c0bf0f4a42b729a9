import DossierTestSupport
import Foundation
import Testing

/// Builds of folders with many files: read one at a time, with progress;
/// and relations from an entity to itself.
@Suite struct StreamingBuildTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("store.sqlite") }

    static let first = ["Ana", "Boris", "Chen", "Dara", "Elena", "Farid", "Hugo", "Ines"]
    static let last = ["Costa", "Bauer", "Diallo", "Haddad", "Moreau", "Okafor"]
    static let countries = ["Kenya", "Chile", "Norway", "Vietnam"]

    /// Writes `count` two-line articles into `name/`, each a meeting between
    /// two people named from small lists; the person first named holds an
    /// office "of" a country written after the name.
    func writeArticles(_ count: Int, into name: String) {
        for number in 0..<count {
            let one = "\(Self.first[number % 8]) \(Self.last[number % 6])"
            let two = "\(Self.first[(number / 8) % 8]) \(Self.last[(number / 3) % 6])"
            let country = Self.countries[number % 4]
            folder.write(
                "\(name)/note-\(number).txt",
                "Note \(number)\n\nForeign Minister \(one) of \(country) met \(two) in Lima on March \(number % 28 + 1), 2019.\n"
            )
        }
    }

    func dossier(_ arguments: String...) throws -> DossierProcess.Result {
        try DossierProcess.run(arguments + ["--store", store], in: folder.path)
    }

    @Test func `a folder of many small articles is read one file at a time with progress`() throws {
        writeArticles(1_200, into: "notes")
        let result = try dossier("build", folder.file("notes"))
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("read 1,200 of 1,200 files (100%)"))
        #expect(result.stderr.contains("joining what 1,200 articles say"))
        #expect(result.stderr.contains("writing to"))
        #expect(result.stdout.contains("Built 1200 files"))
        #expect(result.stdout.contains("1200 new documents"))

        let people = try dossier("entities", "--kind", "person", "--json")
        let names = try #require(try JSONSerialization.jsonObject(with: Data(people.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["name"] as? String }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { !$0.contains(" of ") }, "a country after a name is not part of it: \(names)")
        #expect(names.contains("Ana Costa"))
        let offices = try dossier("entities", "--kind", "office")
        #expect(offices.stdout.contains("Foreign Minister of Kenya"))
        let holder = try dossier("show", "Ana Costa")
        #expect(holder.stdout.contains("Foreign Minister of Kenya"))

        let again = try dossier("build", folder.file("notes"))
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new entities (0 merged), 0 new relations (0 merged), 0 new documents"))
        #expect(again.stderr.components(separatedBy: "already in the store").count - 1 == 1_200)
    }

    @Test func `a folder named through a symbolic link is read where the link points`() throws {
        writeArticles(3, into: "real")
        let link = folder.file("linked")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.file("real"))
        let result = try dossier("build", link)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 3 files"))
        let documents = try dossier("stats", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(documents.stdout.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 3)
    }

    @Test func `a few files show no progress lines`() throws {
        writeArticles(5, into: "few")
        let result = try dossier("build", folder.file("few"))
        try #require(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("of 5 files"))
        #expect(result.stderr.isEmpty)
    }

    @Test func `a bad file deep in a large folder names itself and writes nothing`() throws {
        writeArticles(1_100, into: "mixed")
        folder.write("mixed/note-700.txt", bytes: Array("Note\n\nAna Costa met ".utf8) + [0xC3, 0x28] + [0x0A])
        let result = try dossier("build", folder.file("mixed"))
        #expect(result.status != 0)
        #expect(result.stderr.contains("note-700.txt"))
        #expect(result.stderr.contains("not UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func `a relation from an entity to itself is kept, shown, drawn and refused as a path`() throws {
        let graph = folder.write(
            "self.json",
            """
            {"format": "dossier-graph/1", "documents": [],
             "entities": [
              {"id": "person/ana-costa", "kind": "person", "name": "Ana Costa", "aliases": [], "attributes": {}},
              {"id": "person/bo-li", "kind": "person", "name": "Bo Li", "aliases": [], "attributes": {}}],
             "relations": [
              {"id": "a", "kind": "advises", "source": "person/ana-costa", "target": "person/ana-costa",
               "attributes": {}, "evidence": []},
              {"id": "b", "kind": "associateOf", "source": "person/ana-costa", "target": "person/bo-li",
               "attributes": {}, "evidence": []}]}
            """)
        let built = try dossier("build", graph)
        try #require(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("2 new entities (0 merged), 2 new relations (0 merged)"))
        let show = try dossier("show", "Ana Costa")
        #expect(show.stdout.contains("─advises→ Ana Costa"))
        let neighbours = try dossier("neighbours", "Ana Costa")
        #expect(neighbours.status == 0)
        #expect(neighbours.stdout.contains("1 entity within 1 step"))
        let path = try dossier("path", "Ana Costa", "Ana Costa")
        #expect(path.status == 1)
        #expect(path.stderr.contains("are the same entity"))
        let dot = try dossier("export", "--format", "dot")
        #expect(dot.stdout.contains("\"person/ana-costa\" -> \"person/ana-costa\""))
        let svg = try dossier("render", "-o", folder.file("self.svg"))
        #expect(svg.status == 0, "\(svg.stderr)")
        let drawn = String(decoding: folder.bytes(of: folder.file("self.svg")), as: UTF8.self)
        #expect(drawn.components(separatedBy: "class=\"edge").count - 1 == 2)
        let exported = try dossier("export", "--format", "json")
        let again = try DossierProcess.run(
            ["build", folder.write("again.json", exported.stdout), "--store", folder.file("again.sqlite")])
        #expect(again.status == 0)
        let reexported = try DossierProcess.run(["export", "--format", "json", "--store", folder.file("again.sqlite")])
        #expect(reexported.stdout == exported.stdout)
    }
}

/// The fuzzing corpus (fuzz/corpus: seeds and any input libFuzzer once
/// crashed on) replayed through the same checks as `make fuzz`.
@Suite struct FuzzCorpusTests {
    @Test func `every saved fuzzing input replays without a crash`() throws {
        let folder = DossierProcess.packageRoot + "/fuzz/corpus"
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        #expect(inputs.count >= 8)
        let binary = (DossierProcess.binary as NSString).deletingLastPathComponent + "/dossier-fuzz"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = inputs
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("replayed \(inputs.count) inputs without a crash"))
    }
}
