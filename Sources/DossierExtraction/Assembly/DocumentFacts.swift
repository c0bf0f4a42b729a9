import Dossier

/// An entity as one document names it, before documents are merged.
struct EntityKey: Hashable, Comparable, Sendable {
    var kind: EntityKind
    var name: String

    static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
        (lhs.kind.rawValue, lhs.name) < (rhs.kind.rawValue, rhs.name)
    }

    /// The name's last word in lower case, its head for the word lists
    /// ("hospital" of "Mercy Hospital", "party" of "Wafd Party").
    var lastWord: String { name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
}

/// An end of a fact: an entity, or an event of the same document.
enum NodeRef: Hashable, Sendable {
    case entity(EntityKey)
    case event(Int)
}

/// A relation one sentence states.
struct FactRecord: Hashable, Sendable {
    var kind: RelationKind
    var source: NodeRef
    var target: NodeRef
    var attributes: [String: String] = [:]
    var sentence: Int
}

/// An event one document tells of, with who took part, where and when.
struct EventRecord: Sendable {
    var kind: Lexicon.EventKind
    /// Participants with their roles, main participant first.
    var participants: [(entity: EntityKey, role: String, sentence: Int)] = []
    var places: [(entity: EntityKey, sentence: Int)] = []
    var date: String?
    /// Where the date comes from: `stated`, `relative` ("last Monday"), or
    /// `dateline` (the document's own date, given at assembly).
    var dateBasis: String?
    /// A proper name the text gives the event (an exercise's).
    var label: String?
    /// What travelled on a visit when no one aboard is named ("plane").
    var vehicle: String?
    /// Whether "the two leaders" (or sides, ministers …) are its parties:
    /// those of the meeting or talks told last.
    var joinsLastMeeting = false
    /// The event this one denies, for denials.
    var denies: Int?
    var sentences: [Int] = []

    var mainParticipant: EntityKey? { participants.first?.entity }

    mutating func add(_ entity: EntityKey, role: String, sentence: Int) {
        if !participants.contains(where: { $0.entity == entity && $0.role == role }) {
            participants.append((entity, role, sentence))
        }
    }
}

/// Everything read from one document.
struct DocumentFacts: Sendable {
    var document: Document
    /// Each sentence's source text and source offsets, for evidence.
    var sentences: [(text: String, start: Int, end: Int)] = []
    /// Surface forms seen for each entity.
    var surfaces: [EntityKey: Set<String>] = [:]
    var facts: [FactRecord] = []
    var events: [EventRecord] = []
    /// How each date value of the document was written: `stated` when a
    /// mention of it has a number ("March 3", "2021"), else `relative`.
    var dateBases: [String: String] = [:]
    /// What the user should hear of: impossible dates left out.
    var problems: [TextProblem] = []

    mutating func note(_ key: EntityKey, surface: String) {
        surfaces[key, default: []].insert(surface)
    }

    mutating func add(_ fact: FactRecord) {
        if case .entity(let source) = fact.source, case .entity(let target) = fact.target, source == target { return }
        // Two rules reading one phrase ("X, a Chilean lawyer") state it once.
        if facts.suffix(8).contains(fact) { return }
        facts.append(fact)
    }

    func evidence(_ sentence: Int) -> Evidence {
        let item = sentences[sentence]
        return Evidence(document: document.id, sentence: item.text, start: item.start, end: item.end)
    }
}
