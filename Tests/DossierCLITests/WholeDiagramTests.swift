import Dossier
import DossierRender
import DossierStore
import DossierTestSupport
import Foundation
import Testing

/// The whole-story drawing of the seeds: packed, page-shaped and legible.
@Suite struct WholeDiagramTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildSeeds(in: folder)
    }

    /// Width and height from a PNG's header.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        try #require(bytes.count > 24 && bytes[1...3] == [0x50, 0x4E, 0x47])
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func `the whole-graph PNG is no strip, and every label is 9 px high at 1,600 px across`() throws {
        let png = folder.file("seeds.png")
        let result = try DossierProcess.run(["render", "--store", store, "-o", png])
        #expect(result.status == 0, "\(result.stderr)")
        let size = try Self.pngSize(png)
        let aspect = Double(size.width) / Double(size.height)
        #expect(aspect >= 0.5 && aspect <= 2, "the drawing is \(size.width) × \(size.height)")

        // The same drawing laid out in-process: the font sizes libgraphviz used.
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let subgraph = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
        var options = DOTWriter.Options()
        options.footer = DiagramSources.line(for: subgraph, in: graph)
        let arrangement = DiagramRenderer.Arrangement(packed: true)
        let renderer = DiagramRenderer()
        let same = try renderer.render(
            subgraph, in: graph, format: .png, layout: .neato, options: options,
            arrangement: arrangement)
        #expect(same == (try [UInt8](Data(contentsOf: URL(fileURLWithPath: png)))), "the CLI drew something else")
        let laid = try renderer.laidOut(
            subgraph, in: graph, format: .png, layout: .neato, options: options, arrangement: arrangement)
        let smallest = try #require(laid.smallestFontSize)
        // PNG is drawn at 96 dpi: a point is 96/72 px before scaling to 1,600 px.
        let pixels = smallest * 96 / 72 * 1_600 / Double(size.width)
        #expect(pixels >= 9, "the smallest label (\(smallest) pt) is \(pixels) px high at 1,600 px")
        #expect(laid.nodes.count == graph.entities.count)
    }

    @Test func `isolated entities sit in a block under the linked ones, or are left out`() throws {
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let subgraph = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
        let linked = Set(graph.relations.flatMap { [$0.source, $0.target] })
        let isolated = graph.entities.filter { !linked.contains($0.id) }
        try #require(isolated.count >= 2, "the seeds have entities linked to nothing")
        let renderer = DiagramRenderer()
        let laid = try renderer.laidOut(
            subgraph, in: graph, format: .svg, layout: .neato, arrangement: .init(packed: true))
        let lowestLinked = graph.entities.filter { linked.contains($0.id) }.compactMap {
            laid.nodes[$0.id.rawValue].map { $0.y - $0.height / 2 }
        }.min()!
        let block = isolated.compactMap { laid.nodes[$0.id.rawValue] }
        #expect(block.count == isolated.count)
        #expect(block.allSatisfy { $0.y + $0.height / 2 < lowestLinked }, "the block is below the drawing")
        #expect(Set(block.map(\.y)).count <= (isolated.count + 1) / 2, "the block is in rows")

        let hidden = try renderer.laidOut(
            subgraph, in: graph, format: .svg, layout: .neato, arrangement: .init(packed: true, hideIsolated: true))
        #expect(hidden.nodes.count == graph.entities.count - isolated.count)
        #expect(isolated.allSatisfy { hidden.nodes[$0.id.rawValue] == nil })
    }

    @Test func `--page a4 fits the PNG to the sheet, and the title and sources are drawn`() throws {
        let png = folder.file("page.png")
        let svg = folder.file("page.svg")
        for (file, extra) in [(png, ["--page", "a4"]), (svg, [])] {
            let result = try DossierProcess.run(
                ["render", "--store", store, "-o", file, "--title", "Pakistan & Israel <2020>"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let size = try Self.pngSize(png)
        // A4's printable area (190 × 277 mm) at 150 dpi, with the pad Graphviz adds.
        let across = Double(max(size.width, size.height)) / 150 * 25.4
        let down = Double(min(size.width, size.height)) / 150 * 25.4
        #expect(across <= 277 + 16 && down <= 190 + 16, "\(size) px is \(across) × \(down) mm")
        #expect(across >= 150, "the drawing is scaled to the page, not left small")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("Pakistan &amp; Israel &lt;2020&gt;"))
        #expect(text.contains("Sources: "))
        #expect(text.contains("pakistan-israel") || text.contains("Pakistani officials"))
    }

    @Test func `a page that is no size is refused with what to write`() throws {
        let result = try DossierProcess.run(["render", "--store", store, "--page", "huge", "-o", folder.file("x.png")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--page"))
        #expect(result.stderr.contains("a4") || result.stderr.contains("297x210mm"))
    }
}
