public import Dossier

/// An output format of a drawing.
public enum RenderFormat: String, CaseIterable, Hashable, Sendable {
    /// DOT text, written without libgraphviz.
    case dot
    /// SVG, with each entity's id, kind and aliases carried into the markup.
    case svg
    /// PNG (cairo).
    case png
    /// PDF (cairo).
    case pdf

    /// The format a file name's extension names, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    /// Layered, for small directed drawings.
    case dot
    /// Spring model.
    case neato
    /// Force-directed.
    case fdp
    /// Multiscale force-directed, for large drawings.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi

    /// Most entities that `dot` lays out in reasonable time.
    public static let layeredLimit = 150

    /// The engine for a drawing of `entities` entities: up to
    /// ``layeredLimit``, `dot` for a part of a graph and `neato` for a whole
    /// one (whose layered drawing is a long strip); `sfdp` beyond.
    public static func automatic(forEntities entities: Int, whole: Bool = false) -> LayoutEngine {
        entities <= layeredLimit ? (whole ? .neato : .dot) : .sfdp
    }
}

/// Draws a part of a graph in-process: DOT text from ``DOTWriter``, then
/// libgraphviz's layout and renderer through ``GraphvizContext``.
public struct DiagramRenderer: Sendable {
    /// The DOT writer used.
    public var writer: DOTWriter
    /// Most entities a drawing may hold.
    public var maximumEntities: Int

    /// A renderer with a writer and a size limit.
    public init(writer: DOTWriter = DOTWriter(), maximumEntities: Int = 2_000) {
        self.writer = writer
        self.maximumEntities = maximumEntities
    }

    /// The bytes of a drawing of `subgraph`.
    ///
    /// A packed arrangement lays the drawing out twice: first the linked
    /// entities with `layout`, packed by component, then everything at the
    /// places found (libgraphviz's `nop2`), with the isolated entities in a
    /// block, the title above and the legend and sources below.
    ///
    /// - Throws: ``RenderError/tooLarge(entities:limit:)`` past the limit, and
    ///   libgraphviz's errors as ``RenderError``.
    public func render(
        _ subgraph: Subgraph, in graph: Graph, format: RenderFormat, layout: LayoutEngine,
        options: DOTWriter.Options = DOTWriter.Options(), arrangement: Arrangement = Arrangement()
    ) throws(RenderError) -> [UInt8] {
        let (text, engine) = try prepare(
            subgraph, in: graph, format: format, layout: layout, options: options, arrangement: arrangement)
        if format == .dot { return Array(text.utf8) }
        return try GraphvizContext.shared.render(dot: text, layout: engine, format: format.rawValue)
    }

    /// Where everything lands in the drawing ``render(_:in:format:layout:options:arrangement:)``
    /// makes in `format`: sizes and font sizes to check a drawing's legibility.
    public func laidOut(
        _ subgraph: Subgraph, in graph: Graph, format: RenderFormat, layout: LayoutEngine,
        options: DOTWriter.Options = DOTWriter.Options(), arrangement: Arrangement = Arrangement()
    ) throws(RenderError) -> LaidOutGraph {
        let (text, engine) = try prepare(
            subgraph, in: graph, format: format, layout: layout, options: options, arrangement: arrangement)
        return try GraphvizContext.shared.layout(dot: text, layout: engine)
    }

    /// The DOT text to hand libgraphviz and the engine to lay it out with.
    private func prepare(
        _ subgraph: Subgraph, in graph: Graph, format: RenderFormat, layout: LayoutEngine,
        options: DOTWriter.Options, arrangement: Arrangement
    ) throws(RenderError) -> (text: String, engine: String) {
        guard subgraph.entities.count <= maximumEntities else {
            throw .tooLarge(entities: subgraph.entities.count, limit: maximumEntities)
        }
        var options = options
        options.curvedEdges = layout == .dot || subgraph.entities.count <= LayoutEngine.layeredLimit
        var drawn = subgraph
        var engine = layout.rawValue
        var extent: (width: Double, height: Double)?
        let linked = Set(subgraph.relations.flatMap { [$0.source, $0.target] })
        let allLinked = arrangement.hideIsolated || subgraph.entities.allSatisfy { linked.contains($0.id) }
        if arrangement.packed && allLinked && options.title == nil && arrangement.page == nil {
            // Nothing to put beside libgraphviz's own packing: one pass.
            options.packComponents = true
            if arrangement.hideIsolated {
                drawn = Subgraph(
                    start: subgraph.start, entities: subgraph.entities.filter { linked.contains($0.id) },
                    relations: subgraph.relations, distances: subgraph.distances)
            }
        } else if arrangement.packed {
            let placed = try place(
                subgraph, in: graph, layout: layout, options: options, hideIsolated: arrangement.hideIsolated)
            options.placement = placed.placement
            drawn = placed.kept
            engine = "nop2"
            extent = (placed.width, placed.height)
        } else if arrangement.hideIsolated {
            drawn = Subgraph(
                start: subgraph.start, entities: subgraph.entities.filter { linked.contains($0.id) },
                relations: subgraph.relations, distances: subgraph.distances)
        }
        if let page = arrangement.page {
            // Without a first pass, the page's shape follows the graph's
            // likely shape: wide for the layered layout, else upright.
            let shape = extent ?? (layout == .dot ? (2, 1) : (1, 1.4))
            let area = page.printable(forWidth: shape.0, height: shape.1)
            options.maximumSize = DOTWriter.Size(width: area.width / 72, height: area.height / 72)
            if format == .png { options.dpi = 150 }
        }
        return (writer.write(drawn, in: graph, options: options), engine)
    }
}
