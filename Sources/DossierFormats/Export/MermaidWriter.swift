import Dossier

/// A Mermaid `graph LR` block for Markdown reports: short node ids, names
/// as quoted labels with every markup character written as an entity code.
enum MermaidWriter {
    /// A label safe inside Mermaid's double quotes.
    static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "#": out += "#35;"
            case "`": out += "#96;"
            case "|": out += "#124;"
            case "[", "]", "{", "}", "(", ")": out += "#\(scalar.value);"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func write(_ graph: ExportGraph) -> String {
        var out = "graph LR\n"
        var ids: [EntityID: String] = [:]
        for (index, entity) in graph.entities.enumerated() {
            let id = "n\(index)"
            ids[entity.id] = id
            let shape: (String, String) =
                switch entity.kind {
                case .person: ("([", "])")
                case .office: ("(", ")")
                case .country: ("{{", "}}")
                case .place: ("[/", "/]")
                case .event: (">", "]")
                case .organization: ("[", "]")
                }
            out += "  \(id)\(shape.0)\"\(label(entity.name))\"\(shape.1)\n"
        }
        for relation in graph.relations {
            guard let source = ids[relation.source], let target = ids[relation.target] else { continue }
            var text = relation.kind.rawValue
            if let role = relation.attributes["role"] { text += " (\(role))" }
            let arrow = relation.kind.isSymmetric ? "---" : "-->"
            out += "  \(source) \(arrow)|\"\(label(text))\"| \(target)\n"
        }
        return out
    }
}
