import DossierTestSupport
import Foundation
import Testing

/// Every kind of bad input gets a clear message, a non-zero exit, and
/// leaves the store exactly as it was.
@Suite struct BadInputTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildExamples(in: folder)
    }

    /// Builds `path`, expects failure with `message` on stderr, and checks the store did not change.
    func expectRejected(_ path: String, message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try DossierProcess.run(["export", "--store", store])
        let result = try DossierProcess.run(["build", path, "--store", store], in: folder.path)
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(result.stderr == "Error: " + message + "\n", sourceLocation: sourceLocation)
        let after = try DossierProcess.run(["export", "--store", store])
        #expect(after.stdout == before.stdout, "the store changed", sourceLocation: sourceLocation)
        #expect(!after.stdout.isEmpty)
    }

    @Test func `malformed JSON names the file, line and column`() throws {
        let path = folder.write("bad.json", "{\"format\": \"dossier-graph/1\",\n \"documents\": [}\n")
        try expectRejected(
            path,
            message: """
                \(path):2:16: invalid JSON: expected a JSON value here
                2 |  "documents": [}
                                   ^
                Values are objects, arrays, "strings", numbers, true, false or null.
                """)
    }

    @Test func `a JSON relation to a missing entity is refused`() throws {
        let path = folder.write(
            "dangling.json",
            """
            {"format": "dossier-graph/1", "documents": [], "entities": [
              {"id": "person/a", "kind": "person", "name": "A", "aliases": [], "attributes": {}}],
             "relations": [
              {"id": "x", "kind": "advises", "source": "person/a", "target": "person/b", "attributes": {}, "evidence": []}]}
            """)
        try expectRejected(
            path,
            message: """
                \(path):4:66: the relation's target "person/b" is not among the file's entities
                4 | , "kind": "advises", "source": "person/a", "target": "person/b", "attributes": {}, "evidence": []}]}
                                                                         ^
                Add an entity with that id to "entities", or correct the id.
                """)
    }

    @Test func `a CSV row with the wrong number of fields names the line`() throws {
        let path = folder.write("nodes.csv", "id,kind,name\nperson/x,person,X\nperson/y,person\n")
        try expectRejected(
            path,
            message: """
                \(path):3:16: this row has 2 fields; the header has 3
                3 | person/y,person
                                   ^
                Quote fields that hold commas ("Smith, John"), or add the missing fields.
                """)
    }

    @Test func `an unknown kind lists the known ones`() throws {
        let path = folder.write("edges.csv", "source,target,kind\nperson/imran-khan,country/pakistan,rules\n")
        try expectRejected(
            path,
            message: """
                \(path):2:36: unknown relation kind "rules"
                2 | person/imran-khan,country/pakistan,rules
                                                       ^
                Relation kinds are: holds, officeOf, memberOf, partOf, citizenOf, locatedIn, advises, associateOf, \
                counterpartOf, alliedWith, relationsWith, pressured, participant, heldIn, reported, denied, confirmed, \
                linkedTo.
                """)
    }

    @Test func `an edge to an id in neither the build nor the store is refused`() throws {
        let path = folder.write("edges.csv", "source,target,kind\nperson/imran-khan,person/nobody,advises\n")
        try expectRejected(
            path,
            message: "\(path):2: the relation advises:person/imran-khan->person/nobody names person/nobody, which is "
                + "neither in this build nor in the store. Declare the entity in the same build, or correct the id. "
                + "Nothing was written.")
    }

    @Test func `a file that is not UTF-8 is refused`() throws {
        let path = folder.write("latin1.csv", bytes: Array("id,kind,name\nx,person,Jos".utf8) + [0xE9, 0x0A])
        try expectRejected(
            path,
            message: "\(path): not UTF-8 text (the bytes at offset 25 are not valid UTF-8). "
                + "Save the file as UTF-8, or convert it with `iconv -t UTF-8`.")
    }

    @Test func `an empty file is refused`() throws {
        let path = folder.write("empty.json", "")
        try expectRejected(path, message: "\(path): the file is empty. Give a file with content, or leave it out.")
    }

    @Test func `a folder with no usable files is refused`() throws {
        folder.write("nothing/readme.pdf", "%PDF")
        let path = folder.file("nothing")
        try expectRejected(
            path,
            message: "\(path): the folder holds no file that Dossier reads (.json, .jsonl, .csv, .txt, .md, .html).")
    }

    @Test func `a file of an unknown kind is refused`() throws {
        let path = folder.write("picture.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        try expectRejected(
            path,
            message:
                "\(path): Dossier does not know how to read this file. It reads the JSON interchange form (.json), "
                + "FollowTheMoney entities (.ftm.json, .jsonl, .ijson), CSV pairs (nodes.csv with header "
                + "id,kind,name; edges.csv with header source,target,kind) and articles (.txt, .md, .html).")
    }

    @Test func `a binary file named like an article is refused`() throws {
        let path = folder.write("photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A])
        try expectRejected(
            path,
            message: "\(path): not UTF-8 text (the bytes at offset 0 are not valid UTF-8). "
                + "Save the file as UTF-8, or convert it with `iconv -t UTF-8`.")
    }

    @Test func `an empty article is refused`() throws {
        let path = folder.write("empty.md", "\n  \n")
        try expectRejected(path, message: "\(path): the file is empty. Give a file with content, or leave it out.")
    }

    @Test func `a bad lexicon line names the file and line and writes nothing`() throws {
        let article = folder.write("a.txt", "President Jane Roe visited Oslo.")
        let lexicon = folder.write("words.tsv", "person\tJane Roe\nplanet\tMars\n")
        let before = try DossierProcess.run(["export", "--store", store])
        let result = try DossierProcess.run(["build", article, "--lexicon", lexicon, "--store", store])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(lexicon):2: unknown kind \"planet\"; use country, place, organization, person or office.\n"
        )
        #expect(try DossierProcess.run(["export", "--store", store]).stdout == before.stdout)
    }

    @Test func `a store path that is a folder is refused`() throws {
        let result = try DossierProcess.run(["stats", "--store", folder.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == "Error: \(folder.path) is a folder, not a store file. Give a file path with --store, "
                + "for example \(folder.path)/dossier.sqlite.\n")
    }

    @Test func `a store that is not a Dossier database is refused and kept`() throws {
        let path = folder.write("notes.sqlite", "my notes")
        let result = try DossierProcess.run(["build", DossierProcess.packageRoot + "/examples", "--store", path])
        #expect(result.status == 1)
        #expect(
            result.stderr == "Error: \(path) is not a Dossier store (it is not a database that Dossier wrote). "
                + "Choose another path with --store or DOSSIER_STORE; Dossier will not overwrite it.\n")
        #expect(folder.bytes(of: path) == Array("my notes".utf8))
    }

    @Test func `a store of a newer schema is refused`() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [store, "INSERT INTO grdb_migrations VALUES ('v2-from-the-future');"]
        try process.run()
        process.waitUntilExit()
        let result = try DossierProcess.run([
            "build", folder.write("n.csv", "id,kind,name\nx,person,X\n"), "--store", store,
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(store) was written by a newer version of Dossier (schema steps: v2-from-the-future). "
                + "Upgrade Dossier to read it; this version leaves it untouched.\n")
    }

    @Test func `a failed first build leaves no store behind`() throws {
        let path = folder.write("bad.csv", "id,kind,name\nx,alien,X\n")
        let fresh = folder.file("fresh.sqlite")
        let result = try DossierProcess.run(["build", path, "--store", fresh])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh))
        let dangling = folder.write("edges.csv", "source,target,kind\nperson/a,person/b,advises\n")
        let second = try DossierProcess.run(["build", dangling, "--store", fresh])
        #expect(second.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }
}
