/// A hand-kept correction to the graph that a facts file declares. The
/// store keeps every correction and applies them all after each build, so
/// rebuilding from the articles does not lose them.
public enum GraphCorrection: Hashable, Codable, Sendable {
    /// Two names are one entity: the second is merged into the first.
    case same(String, String)
    /// Two names are different entities (homonyms, or a short form that
    /// names someone else): the builder does not join them, and an entity
    /// that already holds both gives the second its own entity.
    case different(String, String)
    /// An entity that is not one is removed with its relations.
    case drop(String)
    /// A false relation is removed.
    case dropRelation(kind: RelationKind, source: String, target: String)
    /// An entity's canonical name is changed; the old one stays an alias.
    case rename(from: String, to: String)

    /// A one-line description for messages.
    public var summary: String {
        switch self {
        case .same(let first, let second): "same: \(first) = \(second)"
        case .different(let first, let second): "different: \(first) ≠ \(second)"
        case .drop(let name): "drop: \(name)"
        case .dropRelation(let kind, let source, let target): "drop-relation: \(source) \(kind.rawValue) \(target)"
        case .rename(let from, let to): "rename: \(from) → \(to)"
        }
    }
}
