import Dossier

/// GEXF 1.3 for Gephi: node kinds, aliases and attributes as attribute
/// values, edges with kind and evidence, and an event's date as a spell.
enum GEXFWriter {
    /// The first and last day of a partial ISO date: `2020-11` → 2020-11-01…2020-11-30.
    static func spell(_ date: String) -> (String, String)? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first, (1...9999).contains(year) else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        switch parts.count {
        case 1: return ("\(pad(year, 4))-01-01", "\(pad(year, 4))-12-31")
        case 2:
            guard (1...12).contains(parts[1]) else { return nil }
            let days = [
                31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                31,
            ][parts[1] - 1]
            return ("\(pad(year, 4))-\(pad(parts[1], 2))-01", "\(pad(year, 4))-\(pad(parts[1], 2))-\(pad(days, 2))")
        default:
            guard (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            let day = "\(pad(year, 4))-\(pad(parts[1], 2))-\(pad(parts[2], 2))"
            return (day, day)
        }
    }

    static func write(_ graph: ExportGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        out += "  <meta><creator>Dossier</creator><description>entity-relationship graph</description></meta>\n"
        out += "  <graph defaultedgetype=\"directed\" mode=\"static\" timeformat=\"date\">\n"
        out += "    <attributes class=\"node\">\n"
        out += "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
        out += "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
        for (index, name) in graph.entityAttributes.enumerated() {
            out += "      <attribute id=\"na\(index)\" title=\"\(xmlEscape(name))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        out += "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
        out += "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
        for (index, name) in graph.relationAttributes.enumerated() {
            out += "      <attribute id=\"ea\(index)\" title=\"\(xmlEscape(name))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for entity in graph.entities {
            out += "      <node id=\"\(xmlEscape(entity.id.rawValue))\" label=\"\(xmlEscape(entity.name))\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"kind\" value=\"\(entity.kind.rawValue)\"/>\n"
            out +=
                "          <attvalue for=\"aliases\" value=\"\(xmlEscape(entity.aliases.joined(separator: "|")))\"/>\n"
            for (index, name) in graph.entityAttributes.enumerated() {
                if let value = entity.attributes[name] {
                    out += "          <attvalue for=\"na\(index)\" value=\"\(xmlEscape(value))\"/>\n"
                }
            }
            out += "        </attvalues>\n"
            if let date = entity.attributes["date"], let (start, end) = spell(date) {
                out += "        <spells><spell start=\"\(start)\" end=\"\(end)\"/></spells>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for relation in graph.relations {
            out += "      <edge id=\"\(xmlEscape(relation.id))\" source=\"\(xmlEscape(relation.source.rawValue))\" "
            out += "target=\"\(xmlEscape(relation.target.rawValue))\" label=\"\(relation.kind.rawValue)\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"kind\" value=\"\(relation.kind.rawValue)\"/>\n"
            out += "          <attvalue for=\"evidence\" value=\"\(xmlEscape(graph.evidenceJSON(relation)))\"/>\n"
            for (index, name) in graph.relationAttributes.enumerated() {
                if let value = relation.attributes[name] {
                    out += "          <attvalue for=\"ea\(index)\" value=\"\(xmlEscape(value))\"/>\n"
                }
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
