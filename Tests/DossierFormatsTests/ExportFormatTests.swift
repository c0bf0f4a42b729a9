import Dossier
import DossierFormats
import DossierTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small graph whose names break naive writers.
func awkwardGraph() -> (documents: [Document], entities: [Entity], relations: [Relation]) {
    let document = Document(id: DocumentID(rawValue: "d1"), title: "Doc", path: "notes/doc \"1\".txt")
    let boss = Entity(
        kind: .person, name: "O'Brien \"the \\ boss\"", aliases: ["OB", "line\nbreak"], attributes: ["note": "<b>&</b>"]
    )
    let agency = Entity(kind: .organization, name: "<script>alert(1)</script>")
    let country = Entity(kind: .country, name: "\"]; evil [label=\"x")
    let event = Entity(kind: .event, name: "Visit `now` | {x}", attributes: ["type": "visit", "date": "2020-11"])
    let evidence = Evidence(document: document.id, sentence: "He said \"no\";\nthen left.", start: 0, end: 26)
    let relations = [
        Relation(
            kind: .memberOf, source: boss.id, target: agency.id, attributes: ["since": "2019"], evidence: [evidence]),
        Relation(kind: .partOf, source: agency.id, target: country.id),
        Relation(
            kind: .participant, source: boss.id, target: event.id, attributes: ["role": "visitor"], evidence: [evidence]
        ),
    ]
    return ([document], [boss, agency, country, event], relations)
}

func exported(_ format: ExportFormat) -> [(name: String, text: String)] {
    let graph = awkwardGraph()
    return format.files(documents: graph.documents, entities: graph.entities, relations: graph.relations)
}

@Suite struct ExportFormatTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ExportFormat.allCases)
    func `each format matches its golden file`(format: ExportFormat) throws {
        for file in exported(format) {
            let name = "awkward." + format.rawValue + (file.name.isEmpty ? "" : "." + file.name)
            assertSnapshot(file.text, named: name, in: Self.golden)
        }
    }

    /// Element text and attributes of an XML document, decoded.
    final class XMLValues: NSObject, XMLParserDelegate {
        var values: [String] = []
        private var text = ""
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            values += attributes.values
            text = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if !text.isEmpty { values.append(text) }
            text = ""
        }
    }

    @Test(arguments: [ExportFormat.graphml, .gexf])
    func `XML formats are valid XML and keep every awkward name`(format: ExportFormat) throws {
        let reader = XMLValues()
        let parser = XMLParser(data: Data(exported(format)[0].text.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        for entity in awkwardGraph().entities {
            #expect(reader.values.contains(entity.name), "\(entity.name)")
        }
    }

    @Test(arguments: [ExportFormat.cytoscape, .nodeLink])
    func `JSON formats parse and keep every awkward name`(format: ExportFormat) throws {
        let object = try JSONSerialization.jsonObject(with: Data(exported(format)[0].text.utf8))
        let text = String(describing: object)
        let names = Set(collectStrings(object))
        for entity in awkwardGraph().entities { #expect(names.contains(entity.name), "\(text.prefix(100))") }
    }

    func collectStrings(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        if let list = value as? [Any] { return list.flatMap(collectStrings) }
        if let map = value as? [String: Any] { return map.values.flatMap(collectStrings) }
        return []
    }

    @Test func `the CSV pair reads back into the same entities and relations`() throws {
        let files = exported(.csv)
        let nodes = SourceFile(path: "nodes.csv", bytes: Array(files[0].text.utf8))
        let edges = SourceFile(path: "edges.csv", bytes: Array(files[1].text.utf8))
        let draft = try CSVGraphReader().read(nodes: [nodes], edges: [edges]).draft
        let original = awkwardGraph()
        #expect(draft.sortedEntities.map(\.name) == original.entities.sorted { $0.id < $1.id }.map(\.name))
        #expect(draft.sortedEntities.map(\.aliases) == original.entities.sorted { $0.id < $1.id }.map(\.aliases))
        #expect(Set(draft.relations.keys) == Set(original.relations.map(\.key)))
        #expect(draft.relations.values.first { $0.kind == .memberOf }?.attributes == ["since": "2019"])
    }

    /// Cuts a Cypher script into statements, honouring single- and
    /// double-quoted literals and their backslash escapes.
    static func cypherStatements(_ script: String) -> (statements: [String], balanced: Bool) {
        var statements: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in script {
            current.append(character)
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
                continue
            }
            if character == "'" || character == "\"" { quote = character }
            if character == ";" {
                statements.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        return (
            statements,
            quote == nil
                && current.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").allSatisfy {
                    $0.hasPrefix("//")
                }
        )
    }

    @Test func `Cypher literals keep quotes, backslashes and line breaks inside them`() {
        let script = exported(.cypher)[0].text
        let body = script.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("//") }
            .joined(separator: "\n")
        let (statements, balanced) = Self.cypherStatements(body)
        #expect(balanced)
        #expect(statements.count == 6 + 4 + 3)
        #expect(
            statements.allSatisfy {
                $0.hasPrefix("CREATE CONSTRAINT") || $0.hasPrefix("MERGE") || $0.hasPrefix("MATCH")
            })
        #expect(script.contains("'O\\'Brien \\\"the \\\\ boss\\\"'"))
        #expect(script.contains("MERGE (a)-[r:MEMBER_OF"))
    }

    @Test func `neo4j import files have the admin tool's headers`() {
        let files = exported(.neo4jCSV)
        #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
        #expect(files[0].text.hasPrefix("id:ID,name,kind,aliases:string[],date,note,type,:LABEL\n"))
        #expect(files[1].text.hasPrefix(":START_ID,:END_ID,:TYPE,id,role,since,evidence\n"))
    }

    @Test func `Mermaid labels carry no markup`() {
        let text = exported(.mermaid)[0].text
        #expect(!text.contains("<"))
        #expect(!text.contains("\"]; evil"))
        #expect(text.split(separator: "\n").dropFirst().allSatisfy { $0.filter { $0 == "\"" }.count % 2 == 0 })
        #expect(text.contains("#quot;the \\ boss#quot;"))
        #expect(text.contains("#lt;script#gt;alert#40;1#41;#lt;/script#gt;"))
    }

    @Test func `GEXF spells cover partial dates`() {
        #expect(exported(.gexf)[0].text.contains("<spell start=\"2020-11-01\" end=\"2020-11-30\"/>"))
    }
}

@Suite struct FactsReaderTests {
    func read(_ text: String) throws -> FactsReader.Facts {
        try FactsReader().read(SourceFile(path: "facts.json", bytes: Array(text.utf8)))
    }

    @Test func `a facts file declares entities, relations and corrections`() throws {
        let facts = try read(
            """
            {"format": "dossier-facts/1",
             "entities": [{"kind": "person", "name": "Jane Roe", "aliases": ["Roe"]}],
             "relations": [{"kind": "holds", "source": "Jane Roe", "target": "Mayor of Oslo", "cite": "Annual report 2020"}],
             "same": [["A", "B"]], "drop": ["C"], "drop-relation": [{"kind": "advises", "source": "D", "target": "E"}],
             "rename": [{"from": "F", "to": "G"}]}
            """)
        #expect(facts.source.draft.entities.values.map(\.name) == ["Jane Roe"])
        #expect(facts.relations.map(\.target) == ["Mayor of Oslo"])
        #expect(facts.relations.first?.evidence.sentence == "Annual report 2020")
        #expect(facts.relations.first?.origin == "facts.json:3")
        #expect(
            facts.corrections == [
                .same("A", "B"), .drop("C"), .dropRelation(kind: .advises, source: "D", target: "E"),
                .rename(from: "F", to: "G"),
            ])
    }

    @Test func `a bad facts file names the line and column`() {
        #expect(throws: FormatError.self) { try read("{\"format\": \"dossier-facts/1\", \"drop\": [1]}") }
        do {
            _ = try read(
                "{\"format\": \"dossier-facts/1\",\n \"entities\": [{\"kind\": \"planet\", \"name\": \"Mars\"}]}")
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).hasPrefix("facts.json:2:24: unknown entity kind \"planet\""))
        }
    }
}
