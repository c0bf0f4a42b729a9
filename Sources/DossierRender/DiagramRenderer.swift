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

    /// The engine for a drawing of `entities` entities: `dot` up to
    /// ``layeredLimit``, `sfdp` beyond.
    public static func automatic(forEntities entities: Int) -> LayoutEngine {
        entities <= layeredLimit ? .dot : .sfdp
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
    /// - Throws: ``RenderError/tooLarge(entities:limit:)`` past the limit, and
    ///   libgraphviz's errors as ``RenderError``.
    public func render(
        _ subgraph: Subgraph, in graph: Graph, format: RenderFormat, layout: LayoutEngine,
        options: DOTWriter.Options = DOTWriter.Options()
    ) throws(RenderError) -> [UInt8] {
        guard subgraph.entities.count <= maximumEntities else {
            throw .tooLarge(entities: subgraph.entities.count, limit: maximumEntities)
        }
        var options = options
        options.curvedEdges = layout == .dot || subgraph.entities.count <= LayoutEngine.layeredLimit
        let text = writer.write(subgraph, in: graph, options: options)
        if format == .dot { return Array(text.utf8) }
        return try GraphvizContext.shared.render(dot: text, layout: layout.rawValue, format: format.rawValue)
    }
}
