/// One FollowTheMoney entity as read from a line: its id, schema and
/// properties (each a list of strings), and where it was.
struct FtMLine: Sendable {
    /// The FtM id.
    var id: String
    /// The schema name (`Person`, `Occupancy`, …).
    var schema: String
    /// Property values; a nested entity stands for its id.
    var properties: [String: [String]]
    /// The `datasets` the entity comes from.
    var datasets: [String]
    /// The line number, from 1.
    var line: Int
    /// The byte offset of the line in the file.
    var offset: Int
    /// The line's text, cut to a readable length, for evidence.
    var text: String

    /// The first value of a property.
    func first(_ property: String) -> String? { properties[property]?.first }

    /// All values of a property.
    func all(_ property: String) -> [String] { properties[property] ?? [] }

    /// Reads one line's JSON object.
    /// - Throws: ``FormatError/invalid(_:problem:fix:)`` at the line when it
    ///   is not an FtM entity.
    static func parse(
        _ bytes: ArraySlice<UInt8>, line: Int, offset: Int, path: String, file: [UInt8]
    ) throws(FormatError) -> FtMLine {
        func fail(_ problem: String) -> FormatError {
            .invalid(
                SourceLocation(path: path, bytes: file, offset: offset), problem: problem,
                fix: "Each line of an FtM file is one entity: {\"id\": …, \"schema\": …, \"properties\": {…}}.")
        }
        let node: JSONNode
        do {
            node = try JSONParser.parse(Array(bytes), path: path)
        } catch {
            throw fail("line \(line) is not a JSON object (\(Self.reason(error)))")
        }
        guard case .object = node.value else { throw fail("line \(line) holds \(node.typeName), not an FtM entity") }
        guard case .string(let id)? = node["id"]?.value, !id.isEmpty else { throw fail("the entity has no \"id\"") }
        guard case .string(let schema)? = node["schema"]?.value, !schema.isEmpty else {
            throw fail("the entity \(id) has no \"schema\"")
        }
        var properties: [String: [String]] = [:]
        if case .object(let members)? = node["properties"]?.value {
            for (name, value) in members { properties[name] = strings(value) }
        }
        let datasets = node["datasets"].map(strings) ?? []
        let text = String(decoding: bytes.prefix(400), as: UTF8.self)
        return FtMLine(
            id: id, schema: schema, properties: properties, datasets: datasets, line: line, offset: offset,
            text: text)
    }

    /// The strings in a property's value: each string of an array, a nested
    /// entity's id, numbers as written.
    private static func strings(_ node: JSONNode) -> [String] {
        switch node.value {
        case .string(let text): return [text]
        case .number(let text): return [text]
        case .array(let items): return items.flatMap(strings)
        case .object: if case .string(let id)? = node["id"]?.value { return [id] } else { return [] }
        case .bool, .null: return []
        }
    }

    private static func reason(_ error: FormatError) -> String {
        if case .invalid(_, let problem, _) = error { return problem }
        return error.description
    }
}
