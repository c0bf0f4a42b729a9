import Dossier
import Foundation

/// General knowledge the text builder reads names with: countries and their
/// demonyms, places, organizations, office titles, cue words, event
/// triggers, dates and page furniture. Loaded from the data files in
/// `Resources/`, and extended by user files (``Lexicon/adding(contentsOf:path:)``).
public struct Lexicon: Sendable {
    /// What a phrase in the lexicon means.
    enum Sense: Hashable, Sendable {
        case country(String)
        case demonym(String)
        case place(String)
        case organization(String)
        case person(String)
        case office(title: String, role: OfficeRole)
        case organizationCue(pattern: String)
        case trigger(EventKind)
        case month(Int)
        case weekday

        /// Whether the sense applies to a phrase written in lower case.
        var matchesLowerCase: Bool {
            switch self {
            case .country, .demonym, .place, .organization, .person: false
            case .office, .organizationCue, .trigger, .month, .weekday: true
            }
        }
    }

    /// How an office relates to others.
    enum OfficeRole: String, Sendable {
        /// Heads an organization: chief, director.
        case head
        /// Advises a person: adviser, special assistant, aide.
        case advisory
        /// Any other office: minister, president.
        case plain
    }

    /// The kinds of event (and event-like facts) that triggers name.
    enum EventKind: String, Hashable, Sendable {
        case visit, meeting, message, denial, report, appointment, resignation, exercise, agreement, accusation,
            demand, statement, pressure, talks, arrest, attack, election, sanction, protest, aid, trial

        /// The case's position, hashed and compared instead of the raw
        /// string: kinds key the rule look-ups of every trigger.
        private var position: UInt8 {
            switch self {
            case .visit: 0
            case .meeting: 1
            case .message: 2
            case .denial: 3
            case .report: 4
            case .appointment: 5
            case .resignation: 6
            case .exercise: 7
            case .agreement: 8
            case .accusation: 9
            case .demand: 10
            case .statement: 11
            case .pressure: 12
            case .talks: 13
            case .arrest: 14
            case .attack: 15
            case .election: 16
            case .sanction: 17
            case .protest: 18
            case .aid: 19
            case .trial: 20
            }
        }

        /// Hashes the case's position.
        func hash(into hasher: inout Hasher) { hasher.combine(position) }

        /// Whether two kinds are the same case.
        static func == (lhs: EventKind, rhs: EventKind) -> Bool { lhs.position == rhs.position }
    }

    /// A node of the phrase trie: children by lower-case token.
    struct PhraseNode: Sendable {
        var children: [String: Int] = [:]
        var senses: [Sense] = []
        /// Whether a phrase through this node can match in lower case (an
        /// office title, a cue, a trigger): when not, a lower-case word
        /// ("new", "west") need not walk the names that start with it.
        var matchesLowerCase = false
    }

    var nodes: [PhraseNode] = [PhraseNode()] {
        didSet { rootIndex = nil }
    }
    /// The first words of phrases in a table hashed with FNV-1a, faster for
    /// short words than the dictionary; made by ``indexFirstWords()`` once
    /// the lexicon is loaded, dropped when a phrase is added.
    private var rootIndex: WordTable?
    /// The country of a place, by canonical name.
    var countryOfPlace: [String: String] = [:]
    /// Places the lexicon knows to lie in no one country ("Kashmir", "Middle East").
    var placesOfNoCountry: Set<String> = []
    /// The country of an organization the lexicon knows, by name (apart from
    /// places: "Liberal" the town is not the party); the international ones
    /// ("European Commission"); news outlets, in their country, not part of it.
    var countryOfOrganization: [String: String] = [:]
    var internationalOrganizations: Set<String> = [], outlets: Set<String> = []
    /// Canonical country names.
    var countries: Set<String> = []
    var honorifics: Set<String> = []
    /// Given names that start a person's name (lower case).
    var givenNames: Set<String> = []
    var nameCues: [String: EntityKind] = [:]
    /// Head nouns of a defining phrase ("X is a town in …") and what they
    /// make of X: `.place`, `.person`, `.organization`, or `nil` for a work,
    /// a thing or an event, which is no entity of the graph.
    var categoryNouns: [String: Mention.Kind?] = [:]
    var functionWords: Set<String> = []
    var furniture: [String] = []
    /// One-word town and city names of the gazetteer (lower case). They are
    /// not matched as places outright — many are also surnames or words
    /// ("Allen", "Imperial") — but tell the chunk classifier, which weighs
    /// them with the words around them.
    var cityWords: Set<String> = []
    /// Regions (states, provinces): "Angleton, Texas" places a town in one.
    var regions: Set<String> = []
    /// Lower-case words common in running text, learned from annotated data.
    var commonWords: Set<String> = []
    /// What each trigger phrase is, by the phrase in lower case: the third
    /// column of `event-triggers.tsv` ("signing", "normalization",
    /// "allegations"), which rules switch on instead of the words.
    var triggerForms: [String: String] = [:]
    /// The open-class word lists the rules read.
    var words = WordLists()
    /// Twelve hex digits naming the lexicon's content: the shipped files'
    /// digest, changed by each user file added. Fragments carry it, so
    /// that a merge refuses those read with other words.
    public internal(set) var fingerprint = "none"
    /// The chunk classifier's weights, when shipped.
    var classifier: ChunkClassifier?

    /// An empty lexicon.
    init() {}

    // MARK: - Phrases

    mutating func add(_ phrase: String, _ sense: Sense) {
        let words = Tokenizer.words(of: phrase.lowercased())
        guard !words.isEmpty else { return }
        let lowerCase = sense.matchesLowerCase
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(PhraseNode())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
            if lowerCase { nodes[node].matchesLowerCase = true }
        }
        if !nodes[node].senses.contains(sense) { nodes[node].senses.append(sense) }
    }

    /// Every phrase that starts at `start`: its length in tokens and senses,
    /// longest first.
    func matches(_ lowered: [String], from start: Int) -> [(length: Int, senses: [Sense])] {
        var found: [(Int, [Sense])] = []
        var node = 0
        var index = start
        while index < lowered.count, let next = nodes[node].children[lowered[index]] {
            node = next
            index += 1
            if !nodes[node].senses.isEmpty { found.append((index - start, nodes[node].senses)) }
        }
        return found.reversed()
    }

    /// Looks each token up once, so that later questions about it (its
    /// senses, which phrases start with it) need no hashing. Tokens with a dot, comma, apostrophe or space keep the
    /// phrase look-up.
    func annotate(_ tokens: inout [Token]) {
        for index in tokens.indices {
            let lower = tokens[index].lower
            if lower.utf8.contains(where: { $0 == 0x20 || $0 == 0x2E || $0 == 0x27 || $0 == 0x2C }) { continue }
            if let rootIndex {
                tokens[index].lexiconNode = rootIndex.value(of: lower) ?? -1
            } else {
                tokens[index].lexiconNode = nodes[0].children[lower].map(Int32.init) ?? -1
            }
        }
    }

    /// Indexes the first words of phrases for ``annotate(_:)``.
    mutating func indexFirstWords() {
        rootIndex = WordTable(nodes[0].children)
    }

    /// The senses of exactly this token's word.
    func senses(of token: Token) -> [Sense] {
        switch token.lexiconNode {
        case -2: senses(of: token.lower)
        case -1: []
        default: nodes[Int(token.lexiconNode)].senses
        }
    }

    /// Lexicon phrases that start at `tokens[start]`, longest first.
    func matches(_ tokens: [Token], from start: Int) -> [(length: Int, senses: [Sense])] {
        guard start < tokens.count else { return [] }
        var node: Int
        switch tokens[start].lexiconNode {
        case -2:
            guard let first = nodes[0].children[tokens[start].lower] else { return [] }
            node = first
        case -1: return []
        default: node = Int(tokens[start].lexiconNode)
        }
        if !nodes[node].matchesLowerCase && !tokens[start].isCapitalized { return [] }
        var found: [(Int, [Sense])] = []
        if !nodes[node].senses.isEmpty { found.append((1, nodes[node].senses)) }
        var index = start + 1
        while index < tokens.count, let next = nodes[node].children[tokens[index].lower] {
            node = next
            index += 1
            if !nodes[node].senses.isEmpty { found.append((index - start, nodes[node].senses)) }
        }
        return found.reversed()
    }

    /// The senses of exactly this phrase.
    /// - Complexity: O(1) on average for one word; a phrase is tokenized first.
    func senses(of phrase: String) -> [Sense] {
        if !phrase.utf8.contains(where: { $0 == 0x20 || $0 == 0x2E || $0 == 0x27 || $0 == 0x2C }) {
            let word = Tokenizer.lowercased(phrase)
            guard let next = nodes[0].children[word] else { return [] }
            return nodes[next].senses
        }
        var node = 0
        for word in Tokenizer.words(of: phrase.lowercased()) {
            guard let next = nodes[node].children[word] else { return [] }
            node = next
        }
        return nodes[node].senses
    }

    /// Whether `word` (lower case) is a common word of running text.
    func isCommon(_ word: String) -> Bool {
        commonWords.contains(word) || functionWords.contains(word)
    }
}
