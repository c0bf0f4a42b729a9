public import Dossier

extension DOTWriter {
    /// A point in a drawing, in points.
    public struct Point: Hashable, Sendable {
        /// Across.
        public var x: Double
        /// Up.
        public var y: Double

        /// A point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }

        /// As Graphviz writes a `pos`.
        var text: String { "\(Self.format(x)),\(Self.format(y))" }

        private static func format(_ value: Double) -> String {
            let rounded = (value * 100).rounded() / 100
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
    }

    /// Where everything goes when the layout is known already: the second
    /// pass of a packed drawing, drawn by libgraphviz's `nop2` engine.
    public struct Placement: Hashable, Sendable {
        /// Each entity's centre.
        public var entities: [EntityID: Point] = [:]
        /// Each relation's spline and label position, by relation id.
        public var relations: [String: LaidOutGraph.Edge] = [:]
        /// The centre of the title line, above the drawing.
        public var title: Point?

        /// Nothing placed yet.
        public init() {}
    }

    /// A page-sized limit on the drawing, in inches.
    public struct Size: Hashable, Sendable {
        /// Across, in inches.
        public var width: Double
        /// Down, in inches.
        public var height: Double

        /// A size in inches.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// Graph attributes for packing, page size and resolution.
    func pageAttributes(_ options: Options) -> String {
        var out = ""
        if options.packComponents { out += "pack=\"true\", " }
        if let size = options.maximumSize {
            out += "size=\(quote("\(Point(x: size.width, y: size.height).text)")), "
        }
        if let dpi = options.dpi { out += "dpi=\"\(Int(dpi.rounded()))\", " }
        return out
    }

    /// ` pos="x,y"` for a placed entity, empty when it has no place.
    func position(of entity: Entity, _ options: Options) -> String {
        guard let point = options.placement?.entities[entity.id] else { return "" }
        return ", pos=\(quote(point.text))"
    }

    /// The spline and label position of a placed relation.
    func position(of relation: Relation, _ options: Options) -> [String] {
        guard let edge = options.placement?.relations[relation.id] else { return [] }
        return ["pos=\(quote(edge.spline))"] + (edge.labelPosition.map { ["lp=\(quote($0))"] } ?? [])
    }

    /// The title as a text node above the drawing, for placed drawings.
    func titleNode(_ options: Options) -> String {
        guard let title = options.title, let point = options.placement?.title else { return "" }
        return "  \"dossier:title\" [id=\"dossier-title\", class=\"title\", shape=\"plaintext\", "
            + "fontsize=\"18\", label=\(quote(escapeLabel(title))), pos=\(quote(point.text))];\n"
    }

    /// The legend laid across in one row, with the sources under it.
    func legendAcross(kinds: Set<EntityKind>, disputed: Bool, footer: String?) -> String {
        let cells = legendEntries(kinds: kinds, disputed: disputed).joined()
        // The kinds in a table of their own, so the sources line does not
        // stretch the swatches.
        var rows = ""
        if !cells.isEmpty {
            rows += "<tr><td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"3\" "
            rows += "cellpadding=\"2\"><tr>\(cells)</tr></table></td></tr>"
        }
        if let footer { rows += "<tr><td align=\"left\">\(escapeHTML(footer))</td></tr>" }
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\">\(rows)</table>"
    }
}
