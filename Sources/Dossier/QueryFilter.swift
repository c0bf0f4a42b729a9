/// Which steps a query may take: relation kinds, entity kinds, direction,
/// entities to avoid, and how to treat disputed events.
public struct QueryFilter: Hashable, Sendable {
    /// Which way a relation may be followed.
    public enum Direction: String, CaseIterable, Hashable, Sendable {
        /// From source to target only.
        case outgoing = "out"
        /// From target to source only.
        case incoming = "in"
        /// Either way; the default, since users ask about connections, not arrows.
        case both
    }

    /// How claims about events bear on a search.
    public enum Attribution: String, CaseIterable, Hashable, Sendable {
        /// Every event may be passed through.
        case any
        /// Events that someone `denied` are left out.
        case undisputed
        /// Only events with at least one `reported` or `confirmed` source are kept.
        case sourced
    }

    /// Only relations of these kinds, when set.
    public var relationKinds: Set<RelationKind>?
    /// Relations of these kinds are never followed.
    public var excludedRelationKinds: Set<RelationKind>
    /// Only entities of these kinds are reached, when set (the ends of a
    /// path and the start of a neighbourhood are always allowed).
    public var entityKinds: Set<EntityKind>?
    /// Which way relations are followed.
    public var direction: Direction
    /// Entities never passed through.
    public var avoiding: Set<EntityID>
    /// How disputed and unsourced events are treated.
    public var attribution: Attribution

    /// A filter; the defaults let every step through.
    public init(
        relationKinds: Set<RelationKind>? = nil, excludedRelationKinds: Set<RelationKind> = [],
        entityKinds: Set<EntityKind>? = nil, direction: Direction = .both, avoiding: Set<EntityID> = [],
        attribution: Attribution = .any
    ) {
        self.relationKinds = relationKinds
        self.excludedRelationKinds = excludedRelationKinds
        self.entityKinds = entityKinds
        self.direction = direction
        self.avoiding = avoiding
        self.attribution = attribution
    }

    /// Whether a relation of `kind` may be followed.
    public func allows(_ kind: RelationKind) -> Bool {
        if excludedRelationKinds.contains(kind) { return false }
        if let relationKinds, !relationKinds.contains(kind) { return false }
        return true
    }

    /// Whether a relation of `kind` may be followed in the direction taken.
    public func allows(_ kind: RelationKind, outgoing: Bool) -> Bool {
        guard allows(kind) else { return false }
        if kind.isSymmetric { return true }
        switch direction {
        case .both: return true
        case .outgoing: return outgoing
        case .incoming: return !outgoing
        }
    }

    /// Whether an entity of `kind` may be reached.
    public func allows(_ kind: EntityKind) -> Bool {
        entityKinds?.contains(kind) ?? true
    }
}
