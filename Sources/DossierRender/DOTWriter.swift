public import Dossier

/// Writes DOT text for a part of a graph: one node per entity (shape and
/// colour by kind, id and kind carried into SVG), one edge per relation
/// (labelled by kind and role), disputed events marked, and a legend.
///
/// Every id and label is quoted and escaped, so any name survives
/// libgraphviz's parser and comes out as inert text; the same input gives
/// the same bytes.
public struct DOTWriter: Sendable {
    /// What to draw besides the entities and relations.
    public struct Options: Hashable, Sendable {
        /// A title drawn above the legend.
        public var title: String?
        /// Group entities in boxes by the country they belong to.
        public var clusterByCountry = false
        /// Relations to draw thicker and in the highlight colour (a path).
        public var highlightedRelations: Set<String> = []
        /// Entities to draw with a thicker border (a path's stops).
        public var highlightedEntities: Set<EntityID> = []
        /// Whether to draw the legend.
        public var legend = true
        /// Whether edges are routed as curves around nodes and overlaps
        /// removed: good with `dot`, very slow with the force layouts on
        /// large drawings.
        public var curvedEdges = true
        /// Whether SVG carries a tooltip per entity and relation (a report's
        /// cards say the same, so its drawing leaves them out).
        public var tooltips = true
        /// Lay out each connected component apart and pack them together.
        public var packComponents = false
        /// Where everything goes, when the layout is known already.
        public var placement: Placement?
        /// Small print under the legend: the sources, for print.
        public var footer: String?
        /// The largest the drawing may be, in inches; larger is scaled down.
        public var maximumSize: Size?
        /// Dots per inch of PNG output (libgraphviz's default is 96).
        public var dpi: Double?

        /// Default options: a legend, nothing highlighted, no clusters.
        public init() {}
    }

    /// The style used.
    public var style: RenderStyle
    /// Longest label line before wrapping, in characters.
    public var wrapWidth = 24

    /// A writer with the given style.
    public init(style: RenderStyle = RenderStyle()) {
        self.style = style
    }

    /// DOT text for `subgraph`, looking up claims about events and
    /// countries of entities in `graph`.
    /// - Complexity: O(*v* + *e*) for the drawn entities and relations.
    public func write(_ subgraph: Subgraph, in graph: Graph, options: Options = Options()) -> String {
        var out = "digraph dossier {\n"
        out += "  graph [fontname=\(quote(style.font)), bgcolor=\"white\", pad=\"0.3\", nodesep=\"0.35\", "
        out += "ranksep=\"0.55\", "
        out += options.curvedEdges ? "overlap=\"false\", splines=\"true\", " : "overlap=\"scale\", "
        out += pageAttributes(options) + "fontsize=\"11\", outputorder=\"edgesfirst\"];\n"
        out += "  node [fontname=\(quote(style.font)), fontsize=\"11\", penwidth=\"1.2\", margin=\"0.12,0.06\"];\n"
        out +=
            "  edge [fontname=\(quote(style.font)), fontsize=\"9\", arrowsize=\"0.7\", color=\(quote(style.edgeColour)), "
        out += "fontcolor=\"#4d5656\"];\n"
        let countries = options.clusterByCountry ? countryOf(subgraph.entities, in: graph) : [:]
        var clusters: [EntityID: [Entity]] = [:]
        for entity in subgraph.entities {
            if let country = countries[entity.id] {
                clusters[country, default: []].append(entity)
            } else {
                out += "  " + node(entity, graph: graph, options: options) + "\n"
            }
        }
        for country in clusters.keys.sorted() {
            let name = graph.entity(country)?.name ?? country.rawValue
            out += "  subgraph \(quote("cluster_" + country.rawValue)) {\n"
            out +=
                "    label=\(quote(escapeLabel(name))); style=\"rounded,dashed\"; color=\"#7d3c98\"; fontcolor=\"#7d3c98\";\n"
            for entity in clusters[country]! {
                out += "    " + node(entity, graph: graph, options: options) + "\n"
            }
            out += "  }\n"
        }
        for relation in Self.drawnRelations(of: subgraph) {
            out += "  " + edge(relation, options: options) + "\n"
        }
        if options.placement != nil || options.packComponents {
            out += titleNode(options)
            let kinds = options.legend ? Set(subgraph.entities.map(\.kind)) : []
            let disputed = options.legend && subgraph.entities.contains { graph.isDisputed($0.id) }
            if !kinds.isEmpty || options.footer != nil {
                out += "  label=<\(legendAcross(kinds: kinds, disputed: disputed, footer: options.footer))>;\n"
                out += "  labelloc=\"b\"; labeljust=\"l\";\n"
            }
        } else if options.legend || options.title != nil || options.footer != nil {
            let kinds = Set(subgraph.entities.map(\.kind))
            let disputed = subgraph.entities.contains { graph.isDisputed($0.id) }
            let table = legend(
                kinds: options.legend ? kinds : [], disputed: options.legend && disputed, title: options.title,
                footer: options.footer)
            out += "  label=<\(table)>;\n"
            out += "  labelloc=\"b\"; labeljust=\"r\";\n"
        }
        out += "}\n"
        return out
    }

    // MARK: - Nodes and edges

    private func node(_ entity: Entity, graph: Graph, options: Options) -> String {
        let look =
            style.nodes[entity.kind]
            ?? RenderStyle.NodeStyle(shape: "box", fill: "#eeeeee", border: "#555555", style: "")
        var lines = wrap(entity.name)
        var fill = look.fill
        var border = look.border
        var styles = ["filled"] + (look.style.isEmpty ? [] : [look.style])
        if entity.kind == .event {
            let facts = [entity.attributes["type"], entity.attributes["date"]].compactMap { $0 }
            if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
            if let claims = graph.attribution(of: entity.id), claims.isDisputed {
                fill = style.disputedFill
                border = style.disputedColour
                styles.append("dashed")
                lines += wrap("denied by " + claims.deniedBy.map(\.name).joined(separator: ", "))
            }
        }
        var tooltip = "\(entity.kind.rawValue): \(entity.name)"
        if !entity.aliases.isEmpty { tooltip += "\nalso: " + entity.aliases.joined(separator: "; ") }
        let bold = options.highlightedEntities.contains(entity.id)
        return "\(quote(entity.id.rawValue)) [id=\(quote(entity.id.rawValue)), class=\(quote(entity.kind.rawValue)), "
            + "label=\(quoteLines(lines.map(escapeLabel))), "
            + (options.tooltips ? "tooltip=\(quote(escapeLabel(tooltip))), " : "") + "shape=\(quote(look.shape)), "
            + "style=\(quote(styles.joined(separator: ","))), fillcolor=\(quote(fill)), color=\(quote(border))"
            + (bold ? ", penwidth=\"2.6\"" : "") + position(of: entity, options) + "];"
    }

    private func edge(_ relation: Relation, options: Options) -> String {
        let highlighted = options.highlightedRelations.contains(relation.id)
        var label = relation.kind.rawValue
        if let role = relation.attributes["role"] { label += " (\(role))" }
        var attributes = [
            "id=\(quote(relation.id))", "class=\(quote(relation.kind.rawValue))", "label=\(quote(escapeLabel(label)))",
        ]
        if options.tooltips { attributes.append("tooltip=\(quote(escapeLabel(relation.id)))") }
        switch relation.kind {
        case .reported:
            attributes += [
                "style=\"dashed\"", "color=\(quote(style.reportedColour))", "fontcolor=\(quote(style.reportedColour))",
            ]
        case .denied:
            attributes += [
                "style=\"dashed\"", "color=\(quote(style.disputedColour))", "fontcolor=\(quote(style.disputedColour))",
            ]
        case .confirmed:
            attributes += ["color=\(quote(style.confirmedColour))", "fontcolor=\(quote(style.confirmedColour))"]
        default:
            break
        }
        if relation.kind.isSymmetric { attributes.append("dir=\"none\"") }
        attributes += position(of: relation, options)
        if highlighted {
            attributes += [
                "penwidth=\"2.6\"", "color=\(quote(style.highlightColour))",
                "fontcolor=\(quote(style.highlightColour))",
            ]
        }
        return
            "\(quote(relation.source.rawValue)) -> \(quote(relation.target.rawValue)) [\(attributes.joined(separator: ", "))];"
    }

    // MARK: - Legend

    /// An HTML-like table: the title, then a swatch and name per kind drawn.
    private func legend(kinds: Set<EntityKind>, disputed: Bool, title: String?, footer: String?) -> String {
        var rows = ""
        if let title {
            rows += "<tr><td colspan=\"2\" align=\"left\"><b>\(escapeHTML(title))</b></td></tr>"
        }
        for entry in legendEntries(kinds: kinds, disputed: disputed) { rows += "<tr>\(entry)</tr>" }
        if let footer {
            rows += "<tr><td colspan=\"2\" align=\"left\">\(escapeHTML(footer))</td></tr>"
        }
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\">\(rows)</table>"
    }

    /// A swatch cell and a name cell for each kind drawn, then one for
    /// disputed events.
    func legendEntries(kinds: Set<EntityKind>, disputed: Bool) -> [String] {
        func entry(fill: String, border: String, name: String) -> String {
            "<td bgcolor=\"\(fill)\" border=\"1\" color=\"\(border)\" width=\"16\"></td><td align=\"left\">\(name)</td>"
        }
        var entries = EntityKind.allCases.filter { kinds.contains($0) }.map { kind in
            let look = style.nodes[kind]!
            return entry(fill: look.fill, border: look.border, name: kind.rawValue)
        }
        if disputed {
            entries.append(entry(fill: style.disputedFill, border: style.disputedColour, name: "event someone denies"))
        }
        return entries
    }

    // MARK: - Countries

    /// The country each entity belongs to: itself for a country; else the
    /// country reached by citizenOf, officeOf, partOf or locatedIn, through
    /// at most two offices or organizations.
    private func countryOf(_ entities: [Entity], in graph: Graph) -> [EntityID: EntityID] {
        let belonging: Set<RelationKind> = [.citizenOf, .officeOf, .partOf, .locatedIn, .holds, .memberOf]
        var result: [EntityID: EntityID] = [:]
        for entity in entities where entity.kind != .event {
            if entity.kind == .country {
                result[entity.id] = entity.id
                continue
            }
            var current = entity.id
            var seen: Set<EntityID> = [current]
            search: for _ in 0..<3 {
                let next = graph.relations(from: current).filter {
                    belonging.contains($0.kind) && !seen.contains($0.target)
                }
                if let country = next.first(where: { $0.target.kind == .country }) {
                    result[entity.id] = country.target
                    break search
                }
                guard let step = next.first else { break search }
                current = step.target
                seen.insert(current)
            }
        }
        return result
    }

    // MARK: - Text

    /// Splits a name into lines of about ``wrapWidth`` characters at spaces.
    func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > wrapWidth {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line
    /// breaks as `\n`, other control characters dropped.
    public func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t", "\r": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Several lines as one DOT string, each escaped, joined by `\n` breaks.
    func quoteLines(_ lines: [String]) -> String {
        "\"" + lines.map { String(quote($0).dropFirst().dropLast()) }.joined(separator: "\\n") + "\""
    }

    /// Label text made literal: `&` written as an entity so that Graphviz
    /// does not read names as character references.
    func escapeLabel(_ text: String) -> String {
        text.replacingAmpersands()
    }

    func escapeHTML(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

extension String {
    fileprivate func replacingAmpersands() -> String {
        guard contains("&") else { return self }
        var out = ""
        for character in self { out += character == "&" ? "&amp;" : String(character) }
        return out
    }
}
