/// The kind of an entity in a Dossier graph, as named in the graph model.
///
/// The raw value is the word used in ids (`person/jane-roe`), in the JSON
/// interchange form and in the store.
public enum EntityKind: String, CaseIterable, Codable, Comparable, Hashable, Sendable {
    /// A human being.
    case person
    /// A position that a person holds, always of a country or an organization.
    case office
    /// A government body, agency, army, party, newspaper or company.
    case organization
    /// A sovereign state.
    case country
    /// A city, region, airport or building.
    case place
    /// Something that happened, or is said to have happened, at a time.
    case event

    /// Every kind's raw value, comma-separated, for error messages.
    public static var knownList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Orders kinds by their raw value.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension EntityKind {
    /// The case's position in the declaration, hashed and compared instead
    /// of the raw string: kinds are parts of hot look-up keys.
    private var position: UInt8 {
        switch self {
        case .person: 0
        case .office: 1
        case .organization: 2
        case .country: 3
        case .place: 4
        case .event: 5
        }
    }

    /// Hashes the case's position.
    public func hash(into hasher: inout Hasher) { hasher.combine(position) }

    /// Whether two kinds are the same case.
    public static func == (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.position == rhs.position }
}
