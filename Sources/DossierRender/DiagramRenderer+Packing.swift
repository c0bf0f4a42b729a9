import Dossier

extension DiagramRenderer {
    /// How a whole graph is arranged on the page.
    public struct Arrangement: Hashable, Sendable {
        /// Lay out the connected components apart, pack them together, and
        /// put the entities linked to nothing in a block underneath.
        public var packed = false
        /// Leave out the entities linked to nothing.
        public var hideIsolated = false
        /// The page to fit: PNG and PDF are scaled down to its printable
        /// area, portrait or landscape by the drawing's shape.
        public var page: PageSize?

        /// The plain arrangement: one layout of everything, any size.
        public init(packed: Bool = false, hideIsolated: Bool = false, page: PageSize? = nil) {
            self.packed = packed
            self.hideIsolated = hideIsolated
            self.page = page
        }
    }

    /// Width of a cell of the isolated entities' block, in points.
    static let blockCell = 180.0
    /// Height of a row of that block, in points.
    static let blockRow = 54.0

    /// The first pass of a packed drawing: the linked entities laid out with
    /// `layout` and packed, the isolated ones in rows below them, the title
    /// above. Returns the placement and the extent of everything placed.
    func place(
        _ subgraph: Subgraph, in graph: Graph, layout: LayoutEngine, options: DOTWriter.Options, hideIsolated: Bool
    ) throws(RenderError) -> (placement: DOTWriter.Placement, kept: Subgraph, width: Double, height: Double) {
        let linkedIDs = Set(subgraph.relations.flatMap { [$0.source, $0.target] })
        let linked = subgraph.entities.filter { linkedIDs.contains($0.id) }
        let isolated = hideIsolated ? [] : subgraph.entities.filter { !linkedIDs.contains($0.id) }
        var placement = DOTWriter.Placement()
        var box = (minX: 0.0, minY: 0.0, maxX: 0.0, maxY: 0.0)
        if !linked.isEmpty {
            var first = options
            first.legend = false
            first.title = nil
            first.footer = nil
            first.maximumSize = nil
            first.packComponents = true
            let part = Subgraph(start: [], entities: linked, relations: subgraph.relations, distances: [:])
            let laid = try GraphvizContext.shared.layout(
                dot: writer.write(part, in: graph, options: first), layout: layout.rawValue)
            for entity in linked {
                if let node = laid.nodes[entity.id.rawValue] {
                    placement.entities[entity.id] = DOTWriter.Point(x: node.x, y: node.y)
                }
            }
            for relation in subgraph.relations { placement.relations[relation.id] = laid.edges[relation.id] }
            box = laid.boundingBox
        }
        if !isolated.isEmpty {
            let columns: Int
            if linked.isEmpty {
                columns = max(
                    1, Int((Double(isolated.count) * Self.blockRow / Self.blockCell).squareRoot().rounded(.up)))
            } else {
                columns = max(1, Int((box.maxX - box.minX) / Self.blockCell))
            }
            let top = linked.isEmpty ? 0 : box.minY - 36
            let ordered = isolated.sorted { ($0.kind.rawValue, $0.name) < ($1.kind.rawValue, $1.name) }
            for (index, entity) in ordered.enumerated() {
                let (row, column) = index.quotientAndRemainder(dividingBy: columns)
                placement.entities[entity.id] = DOTWriter.Point(
                    x: box.minX + Self.blockCell * (Double(column) + 0.5),
                    y: top - Self.blockRow * (Double(row) + 0.5))
            }
            let rows = (ordered.count + columns - 1) / columns
            box.minY = top - Self.blockRow * Double(rows)
            box.maxX = max(box.maxX, box.minX + Self.blockCell * Double(min(columns, ordered.count)))
            if linked.isEmpty { box.maxY = 0 }
        }
        if options.title != nil { placement.title = DOTWriter.Point(x: (box.minX + box.maxX) / 2, y: box.maxY + 30) }
        let kept = Subgraph(
            start: subgraph.start, entities: linked + isolated, relations: subgraph.relations,
            distances: subgraph.distances)
        return (placement, kept, box.maxX - box.minX, box.maxY - box.minY + (options.title == nil ? 0 : 40))
    }
}
