/// What can go wrong when building or asking the graph in memory.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A name matched no entity; `suggestions` are the closest names known.
    case noSuchEntity(name: String, suggestions: [String])
    /// A name matched more than one entity.
    case ambiguousName(name: String, matches: [Entity])
    /// A relation names an entity that is not in the graph.
    case danglingRelation(relation: String, missing: EntityID)
    /// A query was asked with an argument it cannot take.
    case invalidQuery(String)

    /// A message for the user: what failed and how to go on.
    public var description: String {
        switch self {
        case .noSuchEntity(let name, let suggestions):
            if suggestions.isEmpty {
                return "no entity is called \"\(name)\". List them with `dossier entities`."
            }
            let list = suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
            return "no entity is called \"\(name)\". Did you mean \(list)?"
        case .ambiguousName(let name, let matches):
            let lines = matches.map { "  \($0.id.rawValue)  (\($0.kind.rawValue)) \($0.name)" }
            return "\"\(name)\" names \(matches.count) entities:\n" + lines.joined(separator: "\n")
                + "\nGive the id instead, for example \"\(matches[0].id.rawValue)\"."
        case .danglingRelation(let relation, let missing):
            return "relation \(relation) names \(missing.rawValue), which is not in the graph."
        case .invalidQuery(let message):
            return message
        }
    }
}
