/// A directed (or, for symmetric kinds, undirected) link between two
/// entities, with the places in the documents that say it.
public struct Relation: Hashable, Codable, Sendable {
    /// Kind, ends and role: what makes the relation itself.
    public private(set) var key: RelationKey
    /// Free attributes: `role` for participants, `status`, `since`, `until`.
    public var attributes: [String: String]
    /// The sentences that say it, sorted, without repeats.
    public private(set) var evidence: [Evidence]

    /// Makes a relation; a participant's role is read from `attributes["role"]`.
    public init(
        kind: RelationKind, source: EntityID, target: EntityID, attributes: [String: String] = [:],
        evidence: [Evidence] = []
    ) {
        self.key = RelationKey(kind: kind, source: source, target: target, role: attributes["role"] ?? "")
        self.attributes = attributes
        self.evidence = []
        addEvidence(evidence)
    }

    /// The relation id, `kind:source->target` (see ``RelationKey``).
    public var id: String { key.description }
    /// The relation's kind.
    public var kind: RelationKind { key.kind }
    /// Where the relation starts.
    public var source: EntityID { key.source }
    /// Where the relation ends.
    public var target: EntityID { key.target }

    /// Adds evidence, keeping the list sorted and free of repeats.
    /// - Complexity: for a few items, O(log *k*) to find each one's place
    ///   among *k* plus the move of the items after it; for many, one merge
    ///   of the sorted lists, O(*k* + *m* log *m*) for *m* items.
    public mutating func addEvidence(_ items: some Sequence<Evidence>) {
        let new = Array(items)
        if new.count > 16 {
            merge(sortedEvidence: Self.sorted(new))
            return
        }
        for item in new {
            if let last = evidence.last, last < item {
                evidence.append(item)
                continue
            }
            var low = 0
            var high = evidence.count
            while low < high {
                let middle = (low + high) / 2
                if evidence[middle] < item { low = middle + 1 } else { high = middle }
            }
            if low < evidence.count && evidence[low] == item { continue }
            evidence.insert(item, at: low)
        }
    }

    /// Evidence in its order, sorted on a key that compares the first eight
    /// bytes of an ASCII document id as one integer, so that the many
    /// comparisons of a large sort seldom compare whole strings.
    private static func sorted(_ items: [Evidence]) -> [Evidence] {
        func prefix(_ document: DocumentID) -> UInt64? {
            let key = document.rawValue.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
                var key: UInt64 = 0
                var ascii: UInt8 = 0
                for byte in bytes { ascii |= byte }
                guard ascii < 0x80 else { return nil }
                for index in 0..<8 { key = key << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
                return key
            }
            return key ?? nil
        }
        let keyed = items.map { (prefix($0.document), $0) }
        return keyed.sorted { left, right in
            if let a = left.0, let b = right.0, a != b { return a < b }
            return left.1 < right.1
        }.map(\.1)
    }

    /// Merges a sorted list into the sorted evidence, dropping repeats.
    private mutating func merge(sortedEvidence new: [Evidence]) {
        var merged: [Evidence] = []
        merged.reserveCapacity(evidence.count + new.count)
        var left = 0
        var right = 0
        func append(_ item: Evidence) {
            if merged.last != item { merged.append(item) }
        }
        while left < evidence.count || right < new.count {
            if right == new.count || (left < evidence.count && evidence[left] < new[right]) {
                append(evidence[left])
                left += 1
            } else {
                append(new[right])
                right += 1
            }
        }
        evidence = merged
    }

    /// Folds another statement of the same relation into this one: evidence
    /// is united, attributes too (see ``mergedAttributes(_:_:)``).
    public mutating func merge(_ other: Relation) {
        addEvidence(other.evidence)
        attributes = Self.mergedAttributes(attributes, other.attributes)
    }

    /// The attributes of two statements of one relation: `first`'s value on
    /// a clash, `second`'s where `first` has none, except `basis`. A
    /// `basis` marks a relation the reader inferred (from the lexicon, the
    /// article's context, an office); a statement without one says the
    /// relation outright, so the merged relation keeps a basis only when
    /// both statements have one.
    public static func mergedAttributes(_ first: [String: String], _ second: [String: String]) -> [String: String] {
        var merged = first
        for (name, value) in second where merged[name] == nil && name != basisAttribute {
            merged[name] = value
        }
        if second[basisAttribute] == nil { merged[basisAttribute] = nil }
        return merged
    }

    /// The attribute that says what an inferred relation rests on.
    public static let basisAttribute = "basis"
}

// MARK: - Codable

extension Relation {
    private enum CodingKeys: String, CodingKey {
        case id, kind, source, target, attributes, evidence
    }

    /// Reads the interchange form of a relation; the `id` is derived, not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(RelationKind.self, forKey: .kind),
            source: try container.decode(EntityID.self, forKey: .source),
            target: try container.decode(EntityID.self, forKey: .target),
            attributes: try container.decode([String: String].self, forKey: .attributes),
            evidence: try container.decode([Evidence].self, forKey: .evidence))
    }

    /// Writes the interchange form of a relation: id, kind, ends, attributes, evidence.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(evidence, forKey: .evidence)
    }
}
