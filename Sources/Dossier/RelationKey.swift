/// What makes two relations the same relation: kind, ends and, for
/// `participant`, the role.
///
/// Its text form is the relation's id: `kind:source->target`, with the role
/// in brackets after a participant's kind
/// (`participant[visitor]:person/jane-roe->event/…`).
public struct RelationKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The relation's kind.
    public var kind: RelationKind
    /// The entity the relation goes from (the smaller id for symmetric kinds).
    public var source: EntityID
    /// The entity the relation goes to.
    public var target: EntityID
    /// The `role` of a participant relation; empty for other kinds.
    public var role: String

    /// Makes a key, putting a symmetric kind's ends in canonical order.
    public init(kind: RelationKind, source: EntityID, target: EntityID, role: String = "") {
        self.kind = kind
        if kind.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.role = kind == .participant ? role : ""
    }

    /// The relation id.
    public var description: String {
        let roleText = role.isEmpty ? "" : "[\(role)]"
        return "\(kind.rawValue)\(roleText):\(source.rawValue)->\(target.rawValue)"
    }

    /// Orders keys by their id text.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        lhs.description < rhs.description
    }
}
