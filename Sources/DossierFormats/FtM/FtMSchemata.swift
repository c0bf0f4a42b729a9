public import Dossier

/// How FollowTheMoney's schemata map onto Dossier's kinds, both ways.
public enum FtMSchemata {
    /// The entity kind of each thing schema Dossier reads; schemata that
    /// descend from these (a `Company` is a `LegalEntity`) are listed too.
    public static let kinds: [String: EntityKind] = [
        "Person": .person,
        "Organization": .organization, "Company": .organization, "PublicBody": .organization,
        "LegalEntity": .organization,
        "Position": .office,
        "Address": .place, "RealEstate": .place, "Territory": .place,
        "Event": .event, "Trip": .event,
    ]

    /// The schema Dossier writes for each kind when the entity did not come
    /// from FtM (countries are written as properties, or as `PublicBody`
    /// when they are an end of a link).
    static let defaultSchema: [EntityKind: String] = [
        .person: "Person", .organization: "Organization", .office: "Position", .place: "Address",
        .event: "Event", .country: "PublicBody",
    ]

    /// Schemata that can be an end of each link's source and target, by
    /// the ranges FtM gives those properties.
    static let ranges: [String: (source: Set<String>, target: Set<String>)] = [
        "Occupancy": (["Person"], ["Position"]),
        "Membership": (legalEntities, organizations),
        "Employment": (["Person"], organizations),
        "Directorship": (legalEntities, organizations),
        "Family": (["Person"], ["Person"]),
        "Associate": (["Person"], ["Person"]),
    ]

    /// FtM's `LegalEntity` and the schemata that extend it.
    static let legalEntities: Set<String> = ["LegalEntity", "Person", "Organization", "Company", "PublicBody"]
    /// FtM's `Organization` and the schemata that extend it.
    static let organizations: Set<String> = ["Organization", "Company", "PublicBody"]

    /// An interval schema read as a relation: the property naming the
    /// source, the one naming the target, the kind, and the properties kept
    /// as the relation's attributes (FtM name → Dossier name).
    public struct Link: Sendable {
        /// The FtM property holding the source entity.
        public let source: String
        /// The FtM property holding the target entity.
        public let target: String
        /// The Dossier relation kind.
        public let kind: RelationKind
        /// Properties kept, FtM name → Dossier attribute.
        public let attributes: [(ftm: String, dossier: String)]
    }

    /// The interval schemata Dossier reads.
    public static let links: [String: Link] = [
        "Occupancy": Link(
            source: "holder", target: "post", kind: .holds,
            attributes: [("startDate", "since"), ("endDate", "until"), ("status", "status")]),
        "Membership": Link(
            source: "member", target: "organization", kind: .memberOf,
            attributes: [("role", "position"), ("startDate", "since"), ("endDate", "until")]),
        "Employment": Link(
            source: "employee", target: "employer", kind: .memberOf,
            attributes: [("role", "position"), ("startDate", "since"), ("endDate", "until")]),
        "Directorship": Link(
            source: "director", target: "organization", kind: .memberOf,
            attributes: [("role", "position"), ("startDate", "since"), ("endDate", "until")]),
        "Family": Link(
            source: "person", target: "relative", kind: .associateOf,
            attributes: [("relationship", "relationship"), ("startDate", "since"), ("endDate", "until")]),
        "Associate": Link(
            source: "person", target: "associate", kind: .associateOf,
            attributes: [("relationship", "relationship"), ("startDate", "since"), ("endDate", "until")]),
        "UnknownLink": Link(
            source: "subject", target: "object", kind: .linkedTo,
            attributes: [("role", "role"), ("startDate", "since"), ("endDate", "until")]),
    ]

    /// Properties whose values are dates (`2020`, `2020-11`, `2020-11-03`,
    /// or a full timestamp).
    static let dateProperties: Set<String> = ["startDate", "endDate", "date", "birthDate", "deathDate"]

    /// Properties naming countries by their ISO code.
    static let countryProperties = ["nationality", "citizenship", "country", "jurisdiction"]

    /// Whether `text` is a date as FtM writes them.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let shape = bytes.prefix(10).map { $0 >= 48 && $0 <= 57 ? UInt8(ascii: "9") : $0 }
        let forms: [[UInt8]] = [Array("9999".utf8), Array("9999-99".utf8), Array("9999-99-99".utf8)]
        guard forms.contains(shape) else { return false }
        if bytes.count > 10 { return bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        if parts.count >= 2, !(1...12).contains(parts[1]) { return false }
        if parts.count == 3, !(1...31).contains(parts[2]) { return false }
        return true
    }
}
