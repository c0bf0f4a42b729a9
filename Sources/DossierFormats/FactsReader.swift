public import Dossier

/// Reads a facts file (JSON, `"format": "dossier-facts/1"`): entities and
/// relations declared by hand, each with the source that becomes its
/// evidence, and corrections (`same`, `drop`, `drop-relation`, `rename`).
///
/// ```json
/// {"format": "dossier-facts/1",
///  "entities": [{"kind": "person", "name": "Jane Roe", "aliases": ["Roe"]}],
///  "relations": [{"kind": "holds", "source": "Jane Roe", "target": "Mayor of Oslo", "cite": "Annual report 2020, p. 4"}],
///  "same": [["Israel Haymon", "Israel Hayom"]], "different": [["Georgia", "Georgia (US state)"]], "drop": ["Red Flag"],
///  "drop-relation": [{"kind": "advises", "source": "A", "target": "B"}],
///  "rename": [{"from": "Chief of Mossad", "to": "Director of Mossad"}]}
/// ```
public struct FactsReader: Sendable {
    /// The value of `format` that marks a facts file.
    public static let formatName = "dossier-facts/1"

    /// What a facts file holds.
    public struct Facts: Sendable {
        /// The declared entities and relations, with the file as their document.
        public var source: BuildSource
        /// The corrections, in file order.
        public var corrections: [GraphCorrection]
        /// Declared relations, their ends still names to resolve against the
        /// facts file's entities, the build and the store.
        public var relations: [DeclaredRelation]
    }

    /// A relation a facts file declares between two names.
    public struct DeclaredRelation: Sendable {
        /// The relation's kind.
        public var kind: RelationKind
        /// The name of the entity it starts at.
        public var source: String
        /// The name of the entity it ends at.
        public var target: String
        /// Its attributes.
        public var attributes: [String: String]
        /// The citation as evidence, with the file's line.
        public var evidence: Evidence
        /// `path:line` of the declaration.
        public var origin: String

        /// The relation between two resolved entities.
        public func relation(from source: EntityID, to target: EntityID) -> Relation {
            Relation(kind: kind, source: source, target: target, attributes: attributes, evidence: [evidence])
        }
    }

    /// A reader.
    public init() {}

    /// Whether `bytes` look like a facts file.
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(512), as: UTF8.self).contains(formatName)
    }

    /// Reads a facts file.
    /// - Throws: ``FormatError`` naming the file, line and column of the first problem.
    public func read(_ file: SourceFile) throws(FormatError) -> Facts {
        let bytes = try file.utf8Bytes()
        let root = try JSONParser.parse(bytes, path: file.path)
        func fail(_ node: JSONNode, _ problem: String, _ fix: String) -> FormatError {
            .invalid(SourceLocation(path: file.path, bytes: bytes, offset: node.offset), problem: problem, fix: fix)
        }
        func string(_ node: JSONNode?, _ name: String, in parent: JSONNode) throws(FormatError) -> String {
            guard let node else { throw fail(parent, "the object has no \"\(name)\" key", "Add \"\(name)\": \"…\".") }
            guard case .string(let text) = node.value, !text.isEmpty else {
                throw fail(
                    node, "\"\(name)\" should be a non-empty string, not \(node.typeName)",
                    "Put the value in double quotes.")
            }
            return text
        }
        func list(_ key: String) throws(FormatError) -> [JSONNode] {
            guard let node = root[key] else { return [] }
            guard case .array(let items) = node.value else {
                throw fail(node, "\"\(key)\" should be an array", "Write [ ] around the items.")
            }
            return items
        }
        guard case .object = root.value, case .string(let format)? = root["format"]?.value, format == Self.formatName
        else {
            throw fail(
                root, "a facts file needs \"format\": \"\(Self.formatName)\"",
                "Start the file with {\"format\": \"\(Self.formatName)\", …}.")
        }
        let documentID = file.documentID
        var source = BuildSource()
        source.draft.add(Document(id: documentID, title: file.fileName, path: file.path))
        func evidence(_ node: JSONNode, citation: String) -> Evidence {
            let location = SourceLocation(path: file.path, bytes: bytes, offset: node.offset)
            return Evidence(document: documentID, sentence: citation, start: location.line, end: location.line)
        }
        for node in try list("entities") {
            let kindText = try string(node["kind"], "kind", in: node)
            guard let kind = EntityKind(rawValue: kindText) else {
                throw fail(
                    node["kind"]!, "unknown entity kind \"\(kindText)\"", "Entity kinds are: \(EntityKind.knownList).")
            }
            let name = try string(node["name"], "name", in: node)
            var aliases: [String] = []
            if case .array(let items)? = node["aliases"]?.value {
                for item in items { if case .string(let alias) = item.value { aliases.append(alias) } }
            }
            let entity = Entity(kind: kind, name: name, aliases: aliases, attributes: ["declaredIn": file.path])
            source.draft.add(entity)
        }
        var relations: [DeclaredRelation] = []
        for node in try list("relations") {
            let kindText = try string(node["kind"], "kind", in: node)
            guard let kind = RelationKind(rawValue: kindText) else {
                throw fail(
                    node["kind"]!, "unknown relation kind \"\(kindText)\"",
                    "Relation kinds are: \(RelationKind.knownList).")
            }
            var attributes: [String: String] = [:]
            if case .object(let members)? = node["attributes"]?.value {
                for (key, value) in members { if case .string(let text) = value.value { attributes[key] = text } }
            }
            let line = SourceLocation(path: file.path, bytes: bytes, offset: node.offset).line
            relations.append(
                DeclaredRelation(
                    kind: kind, source: try string(node["source"], "source", in: node),
                    target: try string(node["target"], "target", in: node), attributes: attributes,
                    evidence: evidence(node, citation: try string(node["cite"], "cite", in: node)),
                    origin: "\(file.path):\(line)"))
        }
        var corrections: [GraphCorrection] = []
        for node in try list("same") {
            guard case .array(let pair) = node.value, pair.count == 2, case .string(let first) = pair[0].value,
                case .string(let second) = pair[1].value
            else { throw fail(node, "\"same\" takes pairs of names", "Write [\"Name\", \"Other name\"].") }
            corrections.append(.same(first, second))
        }
        for node in try list("different") {
            guard case .array(let pair) = node.value, pair.count == 2, case .string(let first) = pair[0].value,
                case .string(let second) = pair[1].value
            else { throw fail(node, "\"different\" takes pairs of names", "Write [\"Name\", \"Other name\"].") }
            corrections.append(.different(first, second))
        }
        for node in try list("drop") {
            guard case .string(let name) = node.value else {
                throw fail(node, "\"drop\" takes names", "Write \"Name\".")
            }
            corrections.append(.drop(name))
        }
        for node in try list("drop-relation") {
            let kindText = try string(node["kind"], "kind", in: node)
            guard let kind = RelationKind(rawValue: kindText) else {
                throw fail(
                    node["kind"]!, "unknown relation kind \"\(kindText)\"",
                    "Relation kinds are: \(RelationKind.knownList).")
            }
            corrections.append(
                .dropRelation(
                    kind: kind, source: try string(node["source"], "source", in: node),
                    target: try string(node["target"], "target", in: node)))
        }
        for node in try list("rename") {
            corrections.append(
                .rename(from: try string(node["from"], "from", in: node), to: try string(node["to"], "to", in: node)))
        }
        return Facts(source: source, corrections: corrections, relations: relations)
    }
}
