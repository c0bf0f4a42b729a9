import Dossier

/// Writes a graph as FollowTheMoney entities, one JSON object a line, for
/// Aleph and the `ftm` tools: the inverse of ``FtMReader``.
///
/// People, organizations, offices (`Position`), places (`Address`) and events
/// are entities; `holds`, `memberOf` and `associateOf` become `Occupancy`,
/// `Membership` (or the `Employment`/`Directorship` they were read from),
/// `Associate` or `Family`; countries become the `nationality`, `country` or
/// `jurisdiction` of what they belong to; an event's participants become its
/// `involved`/`organizer` and its places its `location`. Every other
/// relation is an `UnknownLink` whose `role` names the Dossier kind. The
/// evidence sentences of a relation written as an interval entity are its
/// `description` values; a country that is the end of such a link is a
/// `PublicBody` of that country.
///
/// Ids are stable: the FtM id an entity was read with, else `dossier-` and
/// the Dossier id's kind and slug (or a hash of it, when the slug holds
/// characters FtM ids may not).
enum FtMWriter {
    /// One entity being written.
    struct Line {
        var id: String
        var schema: String
        var properties: [String: [String]] = [:]
        var datasets: [String] = []

        mutating func add(_ property: String, _ value: String) {
            guard !value.isEmpty, properties[property]?.contains(value) != true else { return }
            properties[property, default: []].append(value)
        }

        var json: String {
            var out = "{\"id\":\(JSONText.quote(id)),\"schema\":\(JSONText.quote(schema)),\"properties\":{"
            out += properties.sorted { $0.key < $1.key }.map { property, values in
                JSONText.quote(property) + ":[" + values.map(JSONText.quote).joined(separator: ",") + "]"
            }.joined(separator: ",")
            out += "}"
            if !datasets.isEmpty {
                out += ",\"datasets\":[" + datasets.map(JSONText.quote).joined(separator: ",") + "]"
            }
            return out + "}"
        }
    }

    /// Entity attributes written back as the FtM properties of the same name.
    static let propertyAttributes = [
        "birthDate", "deathDate", "gender", "position", "sourceUrl", "publisher", "summary", "description", "topics",
        "weakAlias", "previousName",
    ]

    /// Attributes that say where an entity came from rather than what it is.
    static let bookkeeping: Set<String> = ["ftmId", "ftmSchema", "datasets", "ftmFrom", "ftmProperty"]

    static func write(_ graph: ExportGraph) -> String {
        var writer = State(graph: graph)
        for entity in graph.entities where entity.kind != .country { writer.addEntity(entity) }
        for relation in graph.relations { writer.addRelation(relation) }
        return writer.order.compactMap { writer.lines[$0]?.json }.map { $0 + "\n" }.joined()
    }

    /// An FtM id for a Dossier id: `dossier-kind-slug`, or a hash when the
    /// slug has characters other than ASCII letters, digits and hyphens.
    static func id(for rawValue: String) -> String {
        let readable = "dossier-" + rawValue.replacingCharacters("/", with: "-")
        if isValidID(readable) && readable.utf8.count <= 128 { return readable }
        return "dossier-" + hash(rawValue)
    }

    /// 64-bit FNV-1a of the text, as 16 hex digits: the same in every process.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether an FtM id read from a file may be written back as it is.
    static func isValidID(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        func alphanumeric(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
        }
        return alphanumeric(first) && alphanumeric(last)
            && text.utf8.allSatisfy { alphanumeric($0) || $0 == 45 || $0 == 46 }
    }
}
