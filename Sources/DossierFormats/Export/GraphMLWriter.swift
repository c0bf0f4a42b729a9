import Dossier

/// GraphML with a typed `<key>` for every property: nodes carry kind,
/// name, aliases and their attributes; edges carry kind, attributes and
/// their evidence as JSON.
enum GraphMLWriter {
    static func write(_ graph: ExportGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out +=
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        out += "  <key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        out += "  <key id=\"n_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        out += "  <key id=\"n_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
        for (index, name) in graph.entityAttributes.enumerated() {
            out += "  <key id=\"na\(index)\" for=\"node\" attr.name=\"\(xmlEscape(name))\" attr.type=\"string\"/>\n"
        }
        out += "  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        out += "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
        out += "  <key id=\"e_evidence_count\" for=\"edge\" attr.name=\"evidence_count\" attr.type=\"int\"/>\n"
        for (index, name) in graph.relationAttributes.enumerated() {
            out += "  <key id=\"ea\(index)\" for=\"edge\" attr.name=\"\(xmlEscape(name))\" attr.type=\"string\"/>\n"
        }
        out += "  <graph id=\"dossier\" edgedefault=\"directed\">\n"
        for entity in graph.entities {
            out += "    <node id=\"\(xmlEscape(entity.id.rawValue))\">\n"
            out += "      <data key=\"n_kind\">\(entity.kind.rawValue)</data>\n"
            out += "      <data key=\"n_name\">\(xmlEscape(entity.name))</data>\n"
            out += "      <data key=\"n_aliases\">\(xmlEscape(entity.aliases.joined(separator: "|")))</data>\n"
            for (index, name) in graph.entityAttributes.enumerated() {
                if let value = entity.attributes[name] {
                    out += "      <data key=\"na\(index)\">\(xmlEscape(value))</data>\n"
                }
            }
            out += "    </node>\n"
        }
        for relation in graph.relations {
            out += "    <edge id=\"\(xmlEscape(relation.id))\" source=\"\(xmlEscape(relation.source.rawValue))\" "
            out += "target=\"\(xmlEscape(relation.target.rawValue))\">\n"
            out += "      <data key=\"e_kind\">\(relation.kind.rawValue)</data>\n"
            out += "      <data key=\"e_evidence\">\(xmlEscape(graph.evidenceJSON(relation)))</data>\n"
            out += "      <data key=\"e_evidence_count\">\(relation.evidence.count)</data>\n"
            for (index, name) in graph.relationAttributes.enumerated() {
                if let value = relation.attributes[name] {
                    out += "      <data key=\"ea\(index)\">\(xmlEscape(value))</data>\n"
                }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
