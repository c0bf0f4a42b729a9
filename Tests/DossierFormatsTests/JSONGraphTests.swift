import Dossier
import DossierFormats
import Foundation
import Testing

@Suite struct JSONGraphTests {
    static let sample = """
        {
          "format": "dossier-graph/1",
          "documents": [
            {"id": "d1", "title": "A report", "path": "report.txt", "date": "2021-06-07"}
          ],
          "entities": [
            {"id": "person/a", "kind": "person", "name": "O'Brien \\"the \\\\ boss\\"", "aliases": ["B", "A\\nline"], "attributes": {"x": "1"}},
            {"id": "country/c", "kind": "country", "name": "C", "aliases": [], "attributes": {}}
          ],
          "relations": [
            {"id": "citizenOf:person/a->country/c", "kind": "citizenOf", "source": "person/a", "target": "country/c", "attributes": {}, "evidence": [{"document": "d1", "sentence": "A is of C.", "start": 0, "end": 10}]}
          ]
        }

        """

    func read(_ text: String, path: String = "graph.json") throws -> BuildSource {
        try JSONGraphReader().read(SourceFile(path: path, bytes: Array(text.utf8)))
    }

    func message(_ text: String) -> String {
        do {
            _ = try read(text)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func `reading and writing the interchange form gives the same bytes`() throws {
        let source = try read(Self.sample)
        let written = JSONGraphWriter().write(source.draft)
        let again = JSONGraphWriter().write(try read(written).draft)
        #expect(written == again)
        #expect(source.draft.entities[EntityID(rawValue: "person/a")!]?.name == "O'Brien \"the \\ boss\"")
        #expect(source.draft.entities[EntityID(rawValue: "person/a")!]?.aliases == ["A\nline", "B"])
        #expect(source.draft.relations.values.first?.evidence.first?.sentence == "A is of C.")
        #expect(source.origins.values.first == "graph.json:11")
    }

    @Test func `a syntax error names the file, line and column with a caret`() {
        let text = "{\n  \"format\": \"dossier-graph/1\",\n  \"documents\": [,]\n}"
        #expect(
            message(text) == """
                graph.json:3:17: invalid JSON: expected a JSON value here
                3 |   "documents": [,]
                                    ^
                Values are objects, arrays, "strings", numbers, true, false or null.
                """)
    }

    @Test func `an unknown entity kind lists the known kinds`() {
        let text = Self.sample.replacingOccurrences(of: "\"kind\": \"country\"", with: "\"kind\": \"planet\"")
        #expect(
            message(text) == """
                graph.json:8:33: unknown entity kind "planet"
                8 |     {"id": "country/c", "kind": "planet", "name": "C", "aliases": [], "attributes": {}}
                                                    ^
                Entity kinds are: person, office, organization, country, place, event.
                """)
    }

    @Test func `a relation to an entity that is not in the file is an error`() {
        let text = Self.sample.replacingOccurrences(of: "\"target\": \"country/c\"", with: "\"target\": \"country/x\"")
        #expect(message(text).hasPrefix("graph.json:11:"))
        #expect(message(text).contains("the relation's target \"country/x\" is not among the file's entities"))
    }

    @Test func `deep nesting is refused without overflowing the stack`() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(message(text).contains("arrays and objects are nested more than 512 deep"))
    }

    @Test func `a missing key is named`() {
        let text = Self.sample.replacingOccurrences(of: "\"aliases\": [], ", with: "")
        #expect(message(text).contains("the object has no \"aliases\" key"))
    }

    @Test func `an empty file and invalid UTF-8 get clear errors`() {
        #expect(throws: FormatError.empty(path: "e.json")) {
            try JSONGraphReader().read(SourceFile(path: "e.json", bytes: Array("  \n".utf8)))
        }
        #expect(throws: FormatError.notText(path: "b.json", byteOffset: 2)) {
            try JSONGraphReader().read(SourceFile(path: "b.json", bytes: [0x7B, 0x20, 0xFF, 0x7D]))
        }
    }

    @Test func `a UTF-16 file with a byte-order mark is read`() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.sample.utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        let source = try JSONGraphReader().read(SourceFile(path: "u.json", bytes: bytes))
        #expect(source.draft.entities.count == 2)
    }
}
