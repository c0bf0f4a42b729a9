import Dossier

/// Reads the JSON interchange form (`dossier-graph/1`) back into a draft,
/// losing nothing and adding nothing.
public struct JSONGraphReader: Sendable {
    /// The value of the `format` key that this reader accepts.
    public static let formatName = "dossier-graph/1"

    /// A reader.
    public init() {}

    /// Whether `bytes` look like an interchange file: a JSON object whose
    /// text names the format near its start.
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        return head.contains("\"format\"") && head.contains(formatName)
    }

    /// Reads one interchange file.
    ///
    /// - Throws: ``FormatError`` naming the file, line and column of the first
    ///   problem: bad JSON, a missing key, a value of the wrong type, an
    ///   unknown kind, an id that does not fit its kind, a relation whose end
    ///   is not among the file's entities.
    public func read(_ file: SourceFile) throws(FormatError) -> BuildSource {
        let bytes = try file.utf8Bytes()
        let context = Context(path: file.path, bytes: bytes)
        let root = try JSONParser.parse(bytes, path: file.path)
        guard case .object = root.value else {
            throw context.error(
                at: root, "the file holds \(root.typeName), not a Dossier graph object", fix: Self.shapeHint)
        }
        let format = try context.string(root, "format")
        guard format == Self.formatName else {
            throw context.error(
                at: root["format"]!, "the format is \"\(format)\", not \"\(Self.formatName)\"",
                fix: "This reader takes files written by `dossier export --format json`.")
        }
        var source = BuildSource()
        for node in try context.array(root, "documents") {
            source.draft.add(try readDocument(node, context))
        }
        let documentIDs = Set(source.draft.documents.keys)
        var entityIDs = Set<EntityID>()
        for node in try context.array(root, "entities") {
            let entity = try readEntity(node, context)
            entityIDs.insert(entity.id)
            source.draft.add(entity)
        }
        for node in try context.array(root, "relations") {
            let relation = try readRelation(node, context, entityIDs: entityIDs, documentIDs: documentIDs)
            source.draft.add(relation)
            source.origins[relation.key] = context.place(of: node)
        }
        return source
    }

    static let shapeHint =
        "A graph file is {\"format\": \"dossier-graph/1\", \"documents\": [...], \"entities\": [...], \"relations\": [...]}."

    // MARK: - Parts

    private func readDocument(_ node: JSONNode, _ context: Context) throws(FormatError) -> Document {
        let id = try context.string(node, "id")
        let date = try context.optionalString(node, "date")
        return Document(
            id: DocumentID(rawValue: id), title: try context.string(node, "title"),
            path: try context.string(node, "path"), date: date)
    }

    private func readEntity(_ node: JSONNode, _ context: Context) throws(FormatError) -> Entity {
        let kindNode = try context.member(node, "kind")
        guard case .string(let kindText) = kindNode.value, let kind = EntityKind(rawValue: kindText) else {
            throw context.error(
                at: kindNode, "unknown entity kind \(context.show(kindNode))",
                fix: "Entity kinds are: \(EntityKind.knownList).")
        }
        let idNode = try context.member(node, "id")
        let idText = try context.string(node, "id")
        guard let id = EntityID(rawValue: idText), id.kind == kind else {
            throw context.error(
                at: idNode, "the id \"\(idText)\" does not start with its kind \"\(kind.rawValue)/\"",
                fix: "Write the id as \(kind.rawValue)/slug, for example \(EntityID(kind: kind, name: "Example Name"))."
            )
        }
        let name = try context.string(node, "name")
        var entity = Entity(id: id, kind: kind, name: name, attributes: try context.stringMap(node, "attributes"))
        entity.addAliases(try context.stringArray(node, "aliases"))
        return entity
    }

    private func readRelation(
        _ node: JSONNode, _ context: Context, entityIDs: Set<EntityID>, documentIDs: Set<DocumentID>
    ) throws(FormatError) -> Relation {
        let kindNode = try context.member(node, "kind")
        guard case .string(let kindText) = kindNode.value, let kind = RelationKind(rawValue: kindText) else {
            throw context.error(
                at: kindNode, "unknown relation kind \(context.show(kindNode))",
                fix: "Relation kinds are: \(RelationKind.knownList).")
        }
        var ends: [EntityID] = []
        for key in ["source", "target"] {
            let endNode = try context.member(node, key)
            let text = try context.string(node, key)
            guard let id = EntityID(rawValue: text), entityIDs.contains(id) else {
                throw context.error(
                    at: endNode, "the relation's \(key) \"\(text)\" is not among the file's entities",
                    fix: "Add an entity with that id to \"entities\", or correct the id.")
            }
            ends.append(id)
        }
        var evidence: [Evidence] = []
        for item in try context.array(node, "evidence") {
            let document = DocumentID(rawValue: try context.string(item, "document"))
            guard documentIDs.contains(document) else {
                throw context.error(
                    at: try context.member(item, "document"),
                    "the evidence names document \"\(document)\", which is not in \"documents\"",
                    fix: "List the document in \"documents\", or correct its id.")
            }
            evidence.append(
                Evidence(
                    document: document,
                    sentence: try context.string(item, "sentence"),
                    start: try context.integer(item, "start"), end: try context.integer(item, "end")))
        }
        return Relation(
            kind: kind, source: ends[0], target: ends[1], attributes: try context.stringMap(node, "attributes"),
            evidence: evidence)
    }

    // MARK: - Typed access with located errors

    private struct Context {
        let path: String
        let bytes: [UInt8]

        func error(at node: JSONNode, _ problem: String, fix: String) -> FormatError {
            .invalid(SourceLocation(path: path, bytes: bytes, offset: node.offset), problem: problem, fix: fix)
        }

        func place(of node: JSONNode) -> String {
            let location = SourceLocation(path: path, bytes: bytes, offset: node.offset)
            return "\(location.path):\(location.line)"
        }

        func show(_ node: JSONNode) -> String {
            if case .string(let text) = node.value { return "\"\(text)\"" }
            return node.typeName
        }

        func member(_ node: JSONNode, _ key: String) throws(FormatError) -> JSONNode {
            guard case .object = node.value else {
                throw error(at: node, "expected an object, found \(node.typeName)", fix: JSONGraphReader.shapeHint)
            }
            guard let value = node[key] else {
                throw error(
                    at: node, "the object has no \"\(key)\" key",
                    fix: "Every key of the interchange form is always present.")
            }
            return value
        }

        func string(_ node: JSONNode, _ key: String) throws(FormatError) -> String {
            let value = try member(node, key)
            guard case .string(let text) = value.value else {
                throw error(
                    at: value, "\"\(key)\" should be a string, not \(value.typeName)",
                    fix: "Put the value in double quotes.")
            }
            return text
        }

        func optionalString(_ node: JSONNode, _ key: String) throws(FormatError) -> String? {
            let value = try member(node, key)
            if case .null = value.value { return nil }
            return try string(node, key)
        }

        func integer(_ node: JSONNode, _ key: String) throws(FormatError) -> Int {
            let value = try member(node, key)
            guard case .number(let text) = value.value, let number = Int(text) else {
                throw error(
                    at: value, "\"\(key)\" should be a whole number", fix: "Offsets are whole numbers such as 412.")
            }
            return number
        }

        func array(_ node: JSONNode, _ key: String) throws(FormatError) -> [JSONNode] {
            let value = try member(node, key)
            guard case .array(let elements) = value.value else {
                throw error(
                    at: value, "\"\(key)\" should be an array, not \(value.typeName)",
                    fix: "Write [ ] around the items.")
            }
            return elements
        }

        func stringArray(_ node: JSONNode, _ key: String) throws(FormatError) -> [String] {
            var result: [String] = []
            for element in try array(node, key) {
                guard case .string(let text) = element.value else {
                    throw error(
                        at: element, "\"\(key)\" should hold strings only, not \(element.typeName)",
                        fix: "Put each value in double quotes.")
                }
                result.append(text)
            }
            return result
        }

        func stringMap(_ node: JSONNode, _ key: String) throws(FormatError) -> [String: String] {
            let value = try member(node, key)
            guard case .object(let members) = value.value else {
                throw error(
                    at: value, "\"\(key)\" should be an object of strings, not \(value.typeName)",
                    fix: "Write {\"name\": \"value\"}.")
            }
            var result: [String: String] = [:]
            for (name, item) in members {
                guard case .string(let text) = item.value else {
                    throw error(
                        at: item, "attribute \"\(name)\" should be a string, not \(item.typeName)",
                        fix: "Put the value in double quotes.")
                }
                result[name] = text
            }
            return result
        }
    }
}
