public import Dossier

/// Reads CSV pairs: `nodes.csv` files (header `id,kind,name`, optional
/// `aliases` split on `|`, other columns become attributes) and `edges.csv`
/// files (header `source,target,kind`, other columns become attributes). A
/// column named `attr:X` is the attribute X, for names the pair itself uses.
///
/// Each file becomes a document; a relation's evidence is the line of the
/// edges file that declares it.
public struct CSVGraphReader: Sendable {
    /// Which half of a pair a CSV file is, told by its header.
    public enum Role: Sendable, Equatable {
        /// Entities: `id,kind,name,…`.
        case nodes
        /// Relations: `source,target,kind,…`.
        case edges
    }

    /// A reader.
    public init() {}

    /// The role that a CSV file's header gives it, or `nil` for other CSV.
    public static func role(of bytes: [UInt8]) -> Role? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let end = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        let header = Set(
            String(decoding: bytes[start..<end], as: UTF8.self).split(separator: ",")
                .map { $0.trimming(" \"").lowercased() })
        if header.isSuperset(of: ["source", "target", "kind"]) { return .edges }
        if header.isSuperset(of: ["id", "kind", "name"]) { return .nodes }
        return nil
    }

    /// Reads nodes files first and edges files after, so an edge may name an
    /// entity by the id written in any nodes file of the same call.
    ///
    /// - Throws: ``FormatError`` naming the file, line and column of the first
    ///   bad row: wrong number of fields, unknown kind, empty name, an id that
    ///   does not fit its kind, an edge end that names no entity.
    ///
    /// - Parameter skipping: documents already built; their nodes files
    ///   still declare ids for the edges, but add nothing, and their edges
    ///   files are left out.
    public func read(
        nodes: [SourceFile], edges: [SourceFile], skipping: Set<DocumentID> = []
    )
        throws(FormatError) -> BuildSource
    {
        var source = BuildSource()
        do {
            try stream(
                nodes: nodes, edges: edges, skipping: skipping,
                document: { source.draft.add($0) }, entity: { source.draft.add($0) },
                relation: { relation, origin in
                    source.draft.add(relation)
                    source.origins[relation.key] = origin
                })
        } catch let error as FormatError {
            throw error
        } catch {
            throw .fileSystem(path: nodes.first?.path ?? edges.first?.path ?? "", reason: "\(error)")
        }
        return source
    }

    /// Reads like ``read(nodes:edges:skipping:)`` but hands each document,
    /// entity and relation (with its `path:line`) to the closures as it is
    /// read, holding no draft: for loading large pairs straight into a store.
    ///
    /// - Throws: the first ``FormatError`` of a file, or what a closure throws.
    public func stream(
        nodes: [SourceFile], edges: [SourceFile], skipping: Set<DocumentID> = [],
        document: (Document) throws -> Void, entity: (Entity) throws -> Void,
        relation: (Relation, String) throws -> Void
    ) throws {
        var declared: [String: EntityID] = [:]
        for file in nodes {
            let skip = skipping.contains(file.documentID)
            if !skip { try document(Document(id: file.documentID, title: file.fileName, path: file.path)) }
            try readNodes(file, declared: &declared) { item in
                if !skip { try entity(item) }
            }
        }
        for file in edges where !skipping.contains(file.documentID) {
            try document(Document(id: file.documentID, title: file.fileName, path: file.path))
            try readEdges(file, declared: declared, emit: relation)
        }
    }

    // MARK: - Nodes

    private func readNodes(
        _ file: SourceFile, declared: inout [String: EntityID], emit: (Entity) throws -> Void
    ) throws {
        let bytes = try file.utf8Bytes()
        var header: Columns?
        try CSVTable.forEachRow(bytes: bytes, path: file.path) { row in
            guard let columns = header else {
                header = try Columns(header: row, required: ["id", "kind", "name"], file: file, bytes: bytes)
                return
            }
            try columns.checkWidth(row)
            let kindText = row.fields[columns.places[1]].trimmed
            guard let kind = EntityKind(rawValue: kindText) else {
                throw columns.error(
                    row, column: "kind", "unknown entity kind \"\(kindText)\"",
                    fix: "Entity kinds are: \(EntityKind.knownList).")
            }
            let name = row.fields[columns.places[2]].trimmed
            guard !name.isEmpty else {
                throw columns.error(row, column: "name", "the name is empty", fix: "Give every entity a name.")
            }
            let idText = row.fields[columns.places[0]].trimmed
            let id = try entityID(idText, kind: kind, name: name, row: row, columns: columns)
            var attributes: [String: String] = [:]
            var aliases: [String] = []
            for (name, position) in columns.extra {
                let value = row.fields[position]
                guard !value.isEmpty else { continue }
                if name == "aliases" {
                    aliases = value.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty }
                } else {
                    attributes[name] = value
                }
            }
            if !idText.isEmpty { declared[idText] = id }
            declared[id.rawValue] = id
            try emit(Entity(id: id, kind: kind, name: name, aliases: aliases, attributes: attributes))
        }
        if header == nil { throw FormatError.empty(path: file.path) }
    }

    private func entityID(
        _ text: String, kind: EntityKind, name: String, row: CSVTable.Row, columns: Columns
    )
        throws(FormatError) -> EntityID
    {
        if text.isEmpty { return EntityID(kind: kind, name: name) }
        if let slash = text.firstIndex(of: "/"), EntityKind(rawValue: String(text[..<slash])) != nil {
            guard String(text[..<slash]) == kind.rawValue else {
                throw columns.error(
                    row, column: "id", "the id \"\(text)\" starts with another kind than \"\(kind.rawValue)\"",
                    fix: "Write the id as \(kind.rawValue)/…, or leave the kind prefix out.")
            }
            return EntityID(kind: kind, name: String(text[text.index(after: slash)...]))
        }
        return EntityID(kind: kind, name: text)
    }

    // MARK: - Edges

    private func readEdges(
        _ file: SourceFile, declared: [String: EntityID], emit: (Relation, String) throws -> Void
    ) throws {
        let bytes = try file.utf8Bytes()
        let document = file.documentID
        var header: Columns?
        var scalarOffset = 0
        var byteOffset = 0
        try CSVTable.forEachRow(bytes: bytes, path: file.path) { row in
            guard let columns = header else {
                header = try Columns(header: row, required: ["source", "target", "kind"], file: file, bytes: bytes)
                return
            }
            try columns.checkWidth(row)
            let kindText = row.fields[columns.places[2]].trimmed
            guard let kind = RelationKind(rawValue: kindText) else {
                throw columns.error(
                    row, column: "kind", "unknown relation kind \"\(kindText)\"",
                    fix: "Relation kinds are: \(RelationKind.knownList).")
            }
            func end(_ column: String, at place: Int) throws(FormatError) -> EntityID {
                let text = row.fields[place].trimmed
                guard let id = declared[text] ?? EntityID(rawValue: text) else {
                    throw columns.error(
                        row, column: column, "\"\(text)\" is not an id from a nodes file of this build",
                        fix:
                            "Declare it in a nodes.csv given to the same build, or write a full id such as person/\(EntityID.slug(text))."
                    )
                }
                return id
            }
            let source = try end("source", at: columns.places[0])
            let target = try end("target", at: columns.places[1])
            var attributes: [String: String] = [:]
            for (name, position) in columns.extra where !row.fields[position].isEmpty {
                attributes[name] = row.fields[position]
            }
            scalarOffset += Self.scalarCount(bytes[byteOffset..<row.byteRange.lowerBound])
            let length = Self.scalarCount(bytes[row.byteRange])
            byteOffset = row.byteRange.upperBound
            let sentence = String(decoding: bytes[row.byteRange], as: UTF8.self)
            let evidence = Evidence(
                document: document, sentence: sentence, start: scalarOffset, end: scalarOffset + length)
            scalarOffset += length
            let relation = Relation(
                kind: kind, source: source, target: target, attributes: attributes, evidence: [evidence])
            try emit(relation, "\(file.path):\(row.line)")
        }
        if header == nil { throw FormatError.empty(path: file.path) }
    }

    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    // MARK: - Columns

    private struct Columns {
        let path: String
        let bytes: [UInt8]
        let width: Int
        let index: [String: Int]
        /// The required columns' positions, in the order the reader named
        /// them, so that rows are read by position rather than by name.
        let places: [Int]
        let extra: [(String, Int)]

        init(header: CSVTable.Row, required: [String], file: SourceFile, bytes: [UInt8]) throws(FormatError) {
            self.path = file.path
            self.bytes = bytes
            var index: [String: Int] = [:]
            var extra: [(String, Int)] = []
            for (position, name) in header.fields.enumerated() {
                let key = name.trimmed.lowercased()
                if required.contains(key) && index[key] == nil {
                    index[key] = position
                } else if !key.isEmpty {
                    let trimmed = name.trimmed
                    extra.append((trimmed.hasPrefix("attr:") ? String(trimmed.dropFirst(5)) : trimmed, position))
                }
            }
            for name in required where index[name] == nil {
                throw .invalid(
                    SourceLocation(path: file.path, bytes: bytes, offset: header.byteRange.lowerBound),
                    problem: "the header has no \"\(name)\" column",
                    fix: "The header must name the columns \(required.joined(separator: ",")).")
            }
            self.width = header.fields.count
            self.index = index
            self.places = required.map { index[$0]! }
            self.extra = extra
        }

        func checkWidth(_ row: CSVTable.Row) throws(FormatError) {
            guard row.fields.count != width else { return }
            let offset = row.fields.count > width ? row.fieldOffsets[width] : row.byteRange.upperBound
            throw .invalid(
                SourceLocation(path: path, bytes: bytes, offset: offset),
                problem: "this row has \(row.fields.count) fields; the header has \(width)",
                fix: "Quote fields that hold commas (\"Smith, John\"), or add the missing fields.")
        }

        func error(_ row: CSVTable.Row, column: String, _ problem: String, fix: String) -> FormatError {
            .invalid(
                SourceLocation(path: path, bytes: bytes, offset: row.fieldOffsets[index[column]!]), problem: problem,
                fix: fix)
        }
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without spaces and tabs at either end.
    var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return String(self) }
        return trimming(" \t")
    }
}

extension StringProtocol {
    func trimming(_ characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
