import Dossier
import DossierTestSupport
import Foundation
import Testing

@testable import DossierRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small graph with every kind, a disputed event and awkward names.
func sampleGraph() throws -> Graph {
    var draft = GraphDraft()
    let document = Document(id: DocumentID(rawValue: "d1"), title: "Doc", path: "doc.txt")
    draft.add(document)
    let person = Entity(kind: .person, name: "O'Brien \"the \\ boss\"", aliases: ["OB"])
    let office = Entity(kind: .office, name: "Minister of <Things> & {Stuff}")
    let country = Entity(kind: .country, name: "Ruritania")
    let organization = Entity(kind: .organization, name: "node")
    let place = Entity(kind: .place, name: "1st Street")
    let event = Entity(
        kind: .event, name: "O'Brien visits 1st Street (2020-11)", attributes: ["type": "visit", "date": "2020-11"])
    let paper = Entity(kind: .organization, name: "The Daily Paper")
    for entity in [person, office, country, organization, place, event, paper] { draft.add(entity) }
    let evidence = Evidence(document: document.id, sentence: "It happened.", start: 0, end: 12)
    draft.add(Relation(kind: .holds, source: person.id, target: office.id, evidence: [evidence]))
    draft.add(Relation(kind: .officeOf, source: office.id, target: country.id))
    draft.add(Relation(kind: .partOf, source: organization.id, target: country.id))
    draft.add(Relation(kind: .locatedIn, source: place.id, target: country.id))
    draft.add(Relation(kind: .participant, source: person.id, target: event.id, attributes: ["role": "visitor"]))
    draft.add(Relation(kind: .heldIn, source: event.id, target: place.id))
    draft.add(Relation(kind: .reported, source: paper.id, target: event.id))
    draft.add(Relation(kind: .denied, source: person.id, target: event.id))
    return try Graph(draft)
}

func whole(_ graph: Graph) -> Subgraph {
    Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
}

/// Node ids and the text drawn in each node, read from SVG with an XML parser.
final class SVGNodes: NSObject, XMLParserDelegate {
    var nodes: [String: String] = [:]
    var classes: [String: String] = [:]
    private var current: String?
    private var depth = 0
    private var inText = false
    private var startsLine = false

    static func parse(_ bytes: [UInt8]) -> SVGNodes? {
        let reader = SVGNodes()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "g", let classes = attributes["class"], classes.hasPrefix("node"), let id = attributes["id"] {
            current = id
            self.classes[id] = classes
            nodes[id] = ""
            depth = 0
        }
        if current != nil && name == "g" { depth += 1 }
        if name == "text" {
            inText = true
            startsLine = true
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, let current else { return }
        let separator = startsLine && !(nodes[current] ?? "").isEmpty ? " " : ""
        nodes[current, default: ""] += separator + string
        startsLine = false
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false }
        if name == "g" && current != nil {
            depth -= 1
            if depth == 0 { current = nil }
        }
    }
}

func normalized(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

@Suite struct DOTWriterTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    @Test func `the DOT text matches the golden file and is stable`() throws {
        let graph = try sampleGraph()
        let text = DOTWriter().write(whole(graph), in: graph)
        #expect(text == DOTWriter().write(whole(graph), in: graph))
        assertSnapshot(text, named: "sample.dot", in: Self.goldenFolder)
    }

    @Test func `a citizenship read from an office is not drawn beside the office that says it`() throws {
        var draft = GraphDraft()
        let person = Entity(kind: .person, name: "Ana Quispe")
        let office = Entity(kind: .office, name: "President of Peru")
        let country = Entity(kind: .country, name: "Peru")
        let other = Entity(kind: .country, name: "Chile")
        for entity in [person, office, country, other] { draft.add(entity) }
        draft.add(Relation(kind: .holds, source: person.id, target: office.id))
        draft.add(Relation(kind: .officeOf, source: office.id, target: country.id))
        let implied = Relation(kind: .citizenOf, source: person.id, target: country.id, attributes: ["basis": "office"])
        let stated = Relation(kind: .citizenOf, source: person.id, target: other.id, attributes: ["basis": "office"])
        draft.add(implied)
        draft.add(stated)
        let graph = try Graph(draft)
        let drawn = DOTWriter.drawnRelations(of: whole(graph)).map(\.id)
        #expect(drawn.count == 3)
        #expect(!drawn.contains(implied.id))
        // No office of Chile is drawn, so that citizenship keeps its edge.
        #expect(drawn.contains(stated.id))
        let text = DOTWriter().write(whole(graph), in: graph)
        #expect(text.components(separatedBy: " -> ").count - 1 == 3)
    }

    @Test func `clusters group entities by country`() throws {
        let graph = try sampleGraph()
        var options = DOTWriter.Options()
        options.clusterByCountry = true
        options.title = "Ruritania & co"
        let text = DOTWriter().write(whole(graph), in: graph, options: options)
        assertSnapshot(text, named: "clustered.dot", in: Self.goldenFolder)
        #expect(text.contains("subgraph \"cluster_country/ruritania\""))
        #expect(try GraphvizContext.shared.render(dot: text, layout: "dot", format: "svg").count > 1000)
    }

    @Test func `long names wrap at spaces`() {
        let writer = DOTWriter()
        #expect(
            writer.wrap("Special Assistant to the Prime Minister for Overseas Pakistanis") == [
                "Special Assistant to the", "Prime Minister for", "Overseas Pakistanis",
            ])
        #expect(writer.wrap("Short") == ["Short"])
    }

    /// Names made of the pieces that break DOT writers.
    static func awkwardNames(count: Int, seed: UInt64) -> [String] {
        let pieces = [
            "\"", "\\", "\n", "<", ">", "{", "}", "[", "]", "=", ";", "->", "--", "node", "graph", "edge",
            "subgraph", "strict", "digraph", "1", "42abc", " ", "&amp;", "&#60;", "&", "\\N", "\\G", "\\l", "%",
            "عمران خان", "זלפי", "中文名字", "Ωμέγα", "😀", "<script>alert(1)</script>", "\"]; evil [label=\"x",
            "O'Brien", "html", "<b>", "@", "#", "é", "\t",
        ]
        var state = seed
        var names: [String] = []
        for _ in 0..<count {
            var name = "N"
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            names.append(name)
        }
        return names
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func `any name survives libgraphviz's parser and is drawn as inert text`(seed: UInt64) throws {
        var draft = GraphDraft()
        var expected: [String: String] = [:]
        for (index, name) in Self.awkwardNames(count: 120, seed: seed).enumerated() {
            let entity = Entity(id: EntityID(rawValue: "person/n\(index)")!, kind: .person, name: name)
            draft.add(entity)
            expected[entity.id.rawValue] = normalized(name.replacingOccurrences(of: "\t", with: " "))
        }
        let graph = try Graph(draft)
        var options = DOTWriter.Options()
        options.legend = false
        let text = DOTWriter().write(whole(graph), in: graph, options: options)
        try GraphvizContext.shared.validate(dot: text)
        let svg = try GraphvizContext.shared.render(dot: text, layout: "neato", format: "svg")
        let nodes = try #require(SVGNodes.parse(svg), "the SVG is not well-formed XML")
        #expect(nodes.nodes.count == 120)
        for (id, name) in expected {
            #expect(normalized(nodes.nodes[id] ?? "<missing>") == name, "\(id)")
        }
        let markup = String(decoding: svg, as: UTF8.self)
        #expect(!markup.contains("<script"))
    }
}

@Suite struct RenderingTests {
    @Test func `SVG parses as XML and names every entity with its id and kind`() throws {
        let graph = try sampleGraph()
        let svg = try DiagramRenderer().render(whole(graph), in: graph, format: .svg, layout: .dot)
        let nodes = try #require(SVGNodes.parse(svg))
        #expect(Set(nodes.nodes.keys) == Set(graph.entities.map(\.id.rawValue)))
        for entity in graph.entities {
            #expect(normalized(nodes.nodes[entity.id.rawValue]!).hasPrefix(normalized(entity.name)))
            #expect(nodes.classes[entity.id.rawValue] == "node \(entity.kind.rawValue)")
        }
        let event = try #require(graph.entities.first { $0.kind == .event })
        #expect(nodes.nodes[event.id.rawValue]!.contains("denied by O'Brien \"the \\ boss\""))
        #expect(nodes.nodes[event.id.rawValue]!.contains("visit · 2020-11"))
        #expect(String(decoding: svg, as: UTF8.self).contains("also: OB"))
    }

    @Test(arguments: [
        (RenderFormat.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8]),
        (RenderFormat.pdf, Array("%PDF-".utf8)),
    ])
    func `PNG and PDF have their magic bytes and a sane size`(format: RenderFormat, magic: [UInt8]) throws {
        let graph = try sampleGraph()
        let bytes = try DiagramRenderer().render(whole(graph), in: graph, format: format, layout: .dot)
        #expect(Array(bytes.prefix(magic.count)) == magic)
        #expect(bytes.count > 5_000)
        #expect(bytes.count < 5_000_000)
        if format == .png {
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width > 300 && width < 10_000)
            #expect(height > 100 && height < 10_000)
        }
    }

    @Test(arguments: LayoutEngine.allCases)
    func `every layout engine draws the sample`(layout: LayoutEngine) throws {
        let graph = try sampleGraph()
        let svg = try DiagramRenderer().render(whole(graph), in: graph, format: .svg, layout: layout)
        #expect(SVGNodes.parse(svg)?.nodes.count == graph.entityCount)
    }

    @Test func `a drawing over the limit is refused with advice`() throws {
        let graph = try sampleGraph()
        #expect(throws: RenderError.tooLarge(entities: 7, limit: 5)) {
            try DiagramRenderer(maximumEntities: 5).render(whole(graph), in: graph, format: .svg, layout: .dot)
        }
    }

    @Test func `libgraphviz's own messages come back as errors`() throws {
        #expect(throws: RenderError.self) {
            try GraphvizContext.shared.render(dot: "digraph { a -> }", layout: "dot", format: "svg")
        }
        do {
            _ = try GraphvizContext.shared.render(dot: "digraph { a -> }", layout: "dot", format: "svg")
        } catch {
            #expect(error.description.hasPrefix("libgraphviz could not read the DOT text: "))
            #expect(error.description.contains("syntax error"))
        }
        #expect(throws: RenderError.self) {
            try GraphvizContext.shared.render(dot: "digraph {}", layout: "nope", format: "svg")
        }
        #expect(throws: RenderError.self) {
            try GraphvizContext.shared.render(dot: "digraph {}", layout: "dot", format: "nope")
        }
    }

    @Test func `the automatic layout depends on size`() {
        #expect(LayoutEngine.automatic(forEntities: 20) == .dot)
        #expect(LayoutEngine.automatic(forEntities: 5_000) == .sfdp)
        #expect(RenderFormat(fileName: "out/graph.PNG") == .png)
        #expect(RenderFormat(fileName: "graph") == nil)
    }
}
