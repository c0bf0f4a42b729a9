public import Dossier
import Foundation

/// Writes a report: one self-contained HTML page with the diagram as inline
/// SVG (pan, zoom, click for a card), a card per entity with every relation
/// and the sentences that say it, a search box, the timeline and the sources.
/// No network: the style and the script are in the page.
///
/// Nothing from the graph is written as markup: names and sentences go into
/// the page as JSON (with `<`, `>` and `&` escaped) that the script puts in
/// as text, and into the SVG as text libgraphviz escapes.
public struct ReportWriter: Sendable {
    /// The renderer that draws the diagram.
    public var renderer: DiagramRenderer

    /// A writer whose drawings hold at most `maximumDrawn` entities.
    public init(maximumDrawn: Int = 2_000) {
        renderer = DiagramRenderer(maximumEntities: maximumDrawn)
    }

    /// The page for `subgraph`.
    ///
    /// Past the renderer's limit, the cards and the search keep every entity
    /// and the diagram draws the most connected ones, and the page says so.
    /// - Throws: ``RenderError`` when the template is missing or libgraphviz fails.
    public func write(
        _ subgraph: Subgraph, in graph: Graph, title: String, selection: String?, layout: LayoutEngine,
        options: DOTWriter.Options = DOTWriter.Options(),
        arrangement: DiagramRenderer.Arrangement = DiagramRenderer.Arrangement()
    ) throws(RenderError) -> String {
        var notices: [String] = []
        var drawn = subgraph
        if subgraph.entities.count > renderer.maximumEntities {
            drawn = Self.core(of: subgraph, keeping: renderer.maximumEntities)
            notices.append(
                "The diagram draws the \(drawn.entities.count) most connected of \(subgraph.entities.count) entities "
                    + "(the limit is \(renderer.maximumEntities)); every entity has a card and can be searched. "
                    + "Choose a part with --focus, --path or --kind, or raise --max-nodes.")
        }
        var svg = ""
        if !drawn.entities.isEmpty {
            var options = options
            options.title = nil
            options.tooltips = false
            let engine = drawn.entities.count <= LayoutEngine.layeredLimit ? layout : .sfdp
            let bytes = try renderer.render(
                drawn, in: graph, format: .svg, layout: engine, options: options, arrangement: arrangement)
            let text = String(decoding: bytes, as: UTF8.self)
            svg = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? ""
        }
        let data = ReportData(subgraph, in: graph, selection: selection, notices: notices)
        return try fill(template: Self.template(), title: title, svg: svg, data: data)
    }

    /// The `count` entities with the most relations inside `subgraph`, and
    /// the relations between them.
    static func core(of subgraph: Subgraph, keeping count: Int) -> Subgraph {
        var degree: [EntityID: Int] = [:]
        for relation in subgraph.relations {
            degree[relation.source, default: 0] += 1
            degree[relation.target, default: 0] += 1
        }
        let kept = subgraph.entities.sorted {
            (degree[$0.id] ?? 0, $1.id.rawValue) > (degree[$1.id] ?? 0, $0.id.rawValue)
        }.prefix(count)
        let ids = Set(kept.map(\.id))
        return Subgraph(
            start: subgraph.start.filter { ids.contains($0) }, entities: Array(kept),
            relations: subgraph.relations.filter { ids.contains($0.source) && ids.contains($0.target) },
            distances: subgraph.distances.filter { ids.contains($0.key) })
    }

    /// The template with its three slots filled in one pass, so nothing put
    /// in is read again as a slot.
    func fill(template: String, title: String, svg: String, data: ReportData) throws(RenderError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(data) else { throw .report("the report's data could not be encoded") }
        let values = [
            "{{TITLE}}": HTMLText.escape(title), "{{SVG}}": svg,
            "{{DATA}}": HTMLText.scriptSafe(String(decoding: json, as: UTF8.self)),
        ]
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let slot = String(rest[open.lowerBound..<close.upperBound])
            out += rest[..<open.lowerBound]
            out += values[slot] ?? slot
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The page template shipped as a resource.
    static func template() throws(RenderError) -> String {
        guard let url = Bundle.module.url(forResource: "report", withExtension: "html", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw .report(
                "the report template (report.html) is not beside the program; run dossier from its build folder")
        }
        return text
    }
}
