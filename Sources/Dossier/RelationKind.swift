/// The kind of a relation between two entities, as named in the graph model.
public enum RelationKind: String, CaseIterable, Codable, Comparable, Hashable, Sendable {
    /// A person holds or held an office.
    case holds
    /// An office belongs to a country or an organization.
    case officeOf
    /// A person is a member, officer or employee of an organization.
    case memberOf
    /// An organization is a body of a larger organization or of a country.
    case partOf
    /// A person is a citizen of a country.
    case citizenOf
    /// A place or organization is in a place or country.
    case locatedIn
    /// A person advises another (aide, adviser, special assistant).
    case advises
    /// Two people are close associates (symmetric).
    case associateOf
    /// Two people hold matching offices of different countries (symmetric).
    case counterpartOf
    /// Two countries are allies (symmetric).
    case alliedWith
    /// Two countries have diplomatic relations of some status (symmetric).
    case relationsWith
    /// One party pushes another to act.
    case pressured
    /// An entity takes part in an event, with a role.
    case participant
    /// An event took place in, or was directed at, a place or country.
    case heldIn
    /// A source reports an event.
    case reported
    /// Someone denies an event.
    case denied
    /// Someone confirms an event.
    case confirmed
    /// A link whose nature the source does not say (FollowTheMoney's
    /// `UnknownLink`); `role` where given.
    case linkedTo

    /// Whether the relation means the same read in either direction; such
    /// relations are stored once, from the smaller id to the larger.
    public var isSymmetric: Bool {
        switch self {
        case .associateOf, .counterpartOf, .alliedWith, .relationsWith: true
        default: false
        }
    }

    /// Whether the relation says who tells of an event rather than what happened.
    public var isAttribution: Bool {
        switch self {
        case .reported, .denied, .confirmed: true
        default: false
        }
    }

    /// Every kind's raw value, comma-separated, for error messages.
    public static var knownList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Orders kinds by their raw value.
    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension RelationKind {
    /// The case's position in the declaration, hashed and compared instead
    /// of the raw string: kinds are parts of hot look-up keys.
    private var position: UInt8 {
        switch self {
        case .holds: 0
        case .officeOf: 1
        case .memberOf: 2
        case .partOf: 3
        case .citizenOf: 4
        case .locatedIn: 5
        case .advises: 6
        case .associateOf: 7
        case .counterpartOf: 8
        case .alliedWith: 9
        case .relationsWith: 10
        case .pressured: 11
        case .participant: 12
        case .heldIn: 13
        case .reported: 14
        case .denied: 15
        case .confirmed: 16
        case .linkedTo: 17
        }
    }

    /// Hashes the case's position.
    public func hash(into hasher: inout Hasher) { hasher.combine(position) }

    /// Whether two kinds are the same case.
    public static func == (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.position == rhs.position }
}
