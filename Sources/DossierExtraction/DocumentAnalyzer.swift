import Dossier

/// Turns a read document into facts: offices and who holds them, who
/// advises whom, citizenship, places, and events with their participants,
/// places, dates and the sources that report or deny them.
struct DocumentAnalyzer: Sendable {
    let lexicon: Lexicon

    static let prepositions: Set<String> = [
        "from", "of", "by", "to", "with", "for", "about", "in", "at", "on", "into", "than", "against", "within",
        "between", "among", "after", "before", "over", "under", "through", "via", "toward", "towards",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "then", "former", "this", "that", "these", "those"]

    /// The facts of a document's sentences; `observe`, when given, sees the
    /// units and the office book once the stages are done.
    func analyze(
        _ sentences: [ReadSentence], prepared: PreparedText, document: Document,
        observe: ((_ units: [[Unit]], _ book: OfficeBook) -> Void)? = nil
    ) -> DocumentFacts {
        var facts = DocumentFacts(document: document)
        facts.sentences = sentences.map { read in
            let text = prepared.sourceText(read.sentence.start, read.sentence.end)
            let start = prepared.sourceOffset(read.sentence.start)
            return (text, start, start + text.unicodeScalars.count)
        }
        var lastPerson: EntityKey?
        var allUnits: [[Unit]] = []
        for (index, read) in sentences.enumerated() {
            allUnits.append(units(of: read, lastPerson: &lastPerson, facts: &facts, sentenceIndex: index))
        }
        var holders = OfficeBook()
        for (index, read) in sentences.enumerated() {
            findHolds(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        resolveOffices(&allUnits, book: &holders)
        for (index, read) in sentences.enumerated() {
            findHolds(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        for (index, read) in sentences.enumerated() {
            findCounterpartOffices(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        var events = EventCollector()
        for (index, read) in sentences.enumerated() {
            findRelations(allUnits[index], tokens: read.sentence.tokens, sentence: index, facts: &facts)
            findDescriptions(allUnits[index], tokens: read.sentence.tokens, sentence: index, facts: &facts)
            findEvents(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: holders, events: &events)
        }
        events.finish(into: &facts, book: &holders)
        holders.emit(into: &facts)
        observe?(allUnits, holders)
        return facts
    }

    // MARK: - Offices

    /// Gives bare titles the one qualified office of that title in the
    /// document, and advisers' offices their owner's office.
    private func resolveOffices(_ units: inout [[Unit]], book: inout OfficeBook) {
        var byTitle: [String: Set<EntityKey>] = [:]
        for sentence in units {
            for unit in sentence {
                if case .office(let office) = unit.kind, let key = office.key {
                    byTitle[office.title, default: []].insert(key)
                }
            }
        }
        for sentence in units.indices {
            for position in units[sentence].indices {
                guard case .office(var office) = units[sentence][position].kind, office.key == nil else { continue }
                switch office.qualifier {
                case .none where office.role != .head:
                    guard let candidates = byTitle[office.title], candidates.count == 1,
                        let candidate = candidates.first
                    else { break }
                    // "Ukrainian President Zelenskiy … met President Joe Biden": a bare title before
                    // another name than the office's holder is another country's office.
                    let unit = units[sentence][position]
                    let named = units[sentence].first { $0.start == unit.end }?.entity
                    if !office.isFormer, let named, named.kind == .person, let holder = book.holder(of: candidate),
                        holder != named
                    {
                        break
                    }
                    office.key = candidate
                    office.isBorrowed = true
                case .ownerPerson(let person):
                    if let owned = book.plainOffice(of: person) {
                        office.qualifier = .ownerOffice(owned)
                        office.key = officeKey(office)
                    } else if office.role == .advisory {
                        office.key = EntityKey(kind: .office, name: "\(office.title) to \(person.name)")
                    }
                default:
                    break
                }
                units[sentence][position].kind = .office(office)
            }
        }
    }

    /// Who holds which office: a title before a name, an appositive after a
    /// name or before one, "served as".
    private func findHolds(_ units: [Unit], tokens: [Token], sentence: Int, book: inout OfficeBook) {
        for (position, unit) in units.enumerated() {
            guard case .office(let office) = unit.kind, let key = office.key else { continue }
            book.register(office, key: key, sentence: sentence)
            // "Albanese, on his first visit to India as prime minister": a borrowed office has its holder.
            func hold(_ person: EntityKey, former: Bool) {
                if office.isBorrowed, !former, let holder = book.holder(of: key), holder != person { return }
                book.hold(person, key, former: former, sentence: sentence)
            }
            if unit.isPossessive { continue }
            let following = units[(position + 1)...].firstIndex { $0.start >= unit.end } ?? units.count
            var next = following
            var expected = unit.end
            if next < units.count, case .honorific = units[next].kind, units[next].start == unit.end {
                expected = units[next].end
                next += 1
            }
            if next < units.count, let person = units[next].entity, person.kind == .person,
                units[next].start == expected
            {
                hold(person, former: office.isFormer)
                continue
            }
            if unit.end < tokens.count, tokens[unit.end].text == "," {
                var after = following
                if after < units.count, case .honorific = units[after].kind { after += 1 }
                if after < units.count, let person = units[after].entity, person.kind == .person,
                    units[after].start <= unit.end + 2, case .entity = units[after].kind
                {
                    hold(person, former: office.isFormer)
                    continue
                }
            }
            if let holder = appositiveHolder(units, position, tokens) {
                hold(holder, former: office.isFormer)
                continue
            }
            if unit.start >= 1,
                tokens[unit.start - 1].lower == "as" || (unit.start >= 2 && tokens[unit.start - 2].lower == "as")
            {
                let verb = unit.start >= 3 ? tokens[max(0, unit.start - 3)..<unit.start].map(\.lower) : []
                let former = verb.contains("served") || verb.contains("worked") || office.isFormer
                if let holder = nearestPerson(units, before: position, excludingQualifierOf: position) {
                    hold(holder, former: former)
                }
                continue
            }
            if let (holder, former) = copulaSubject(units, position, tokens) {
                hold(holder, former: former || office.isFormer)
            }
        }
    }

    /// "Indian Prime Minister Modi met his Australian counterpart Anthony
    /// Albanese": the counterpart holds the same title in their country.
    private func findCounterpartOffices(_ units: [Unit], tokens: [Token], sentence: Int, book: inout OfficeBook) {
        for (position, unit) in units.enumerated() {
            guard let person = unit.entity, person.kind == .person, case .entity = unit.kind, position >= 1,
                unit.start >= 2, tokens[unit.start - 1].lower == "counterpart",
                let country = units[position - 1].entity, country.kind == .country, units[position - 1].isDemonym,
                units[position - 1].end == unit.start - 1,
                let other = subject(units, before: units[position - 1].start, tokens: tokens, kinds: Self.personKind),
                other != person, let otherOffice = book.plainOffice(of: other),
                let entry = book.offices[otherOffice], case .country(let otherCountry) = entry.office.qualifier,
                otherCountry != country.name
            else { continue }
            var office = entry.office
            office.qualifier = .country(country.name)
            office.isFormer = false
            office.isBorrowed = false
            guard let key = officeKey(office), book.holder(of: key) == nil else { continue }
            office.key = key
            book.register(office, key: key, sentence: sentence)
            // "then Pakistani foreign minister X met his Israeli counterpart Y": Y's holding is past too.
            let former = book.holdings.contains { $0.person == other && $0.office == otherOffice && $0.former }
            book.hold(person, key, former: former, sentence: sentence)
        }
    }

    /// Words that may stand between a copula and the office it names.
    static let copulaFillers: Set<String> = [
        "the", "a", "an", "twice", "also", "once", "later", "briefly", "formerly", "previously", "still", "now",
        "currently", "current",
    ]

    /// "She was twice Finance Minister of Nigeria", "Okafor is the current
    /// mayor of Lagos": a person or he/she opening the sentence, a copula,
    /// at most two small words, then the office. "was" makes the holding
    /// a former one.
    private func copulaSubject(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> (EntityKey, Bool)? {
        guard position == 1, units[0].start == 0 else { return nil }
        let subject: EntityKey
        switch units[0].kind {
        case .entity(let key, _) where key.kind == .person: subject = key
        case .pronoun(let key?) where ["he", "she"].contains(tokens[0].lower): subject = key
        default: return nil
        }
        let copula = units[0].end
        let office = units[position].start
        guard copula < office, ["is", "was", "became"].contains(tokens[copula].lower), office - copula <= 3,
            tokens[(copula + 1)..<office].allSatisfy({ Self.copulaFillers.contains($0.lower) })
        else { return nil }
        return (subject, tokens[copula].lower == "was")
    }

    /// "X, the Y's Z," → X holds Z: the office ends a noun phrase that
    /// starts right after a comma that follows a person.
    private func appositiveHolder(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> EntityKey? {
        let unit = units[position]
        var start = unit.start
        while start > 0 && Self.determiners.contains(tokens[start - 1].lower) { start -= 1 }
        guard start >= 2, tokens[start - 1].text == "," else { return nil }
        let closes =
            unit.end >= tokens.count || [",", ".", ";", ")"].contains(tokens[unit.end].text)
            || ["for", "on", "who", "and"].contains(tokens[unit.end].lower)
        guard closes else { return nil }
        let previous = units[..<position].last { $0.end <= start - 1 && !$0.isQualifier }
        guard let previous, previous.end == start - 1, let person = previous.entity, person.kind == .person else {
            return nil
        }
        return person
    }

    func nearestPerson(_ units: [Unit], before position: Int, excludingQualifierOf office: Int? = nil) -> EntityKey? {
        for unit in units[..<position].reversed() where !unit.isQualifier {
            if let key = unit.entity, key.kind == .person { return key }
        }
        return nil
    }

    // MARK: - Subjects

    /// Kinds of entity searched for as subjects, made once rather than per call.
    static let personKind: Set<EntityKind> = [.person]
    /// People and organizations: who acts, says or reports.
    static let actorKinds: Set<EntityKind> = [.person, .organization]
    /// Where someone goes.
    static let placeKinds: Set<EntityKind> = [.place, .country]
    /// Where something is held.
    static let placeKind: Set<EntityKind> = [.place]
    /// Who signs an accord.
    static let partyKinds: Set<EntityKind> = [.country, .organization, .person]

    static let clauseBoundaries: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "while", "because", "whether", ";",
        // A dash standing alone: a wire dateline ("NAIROBI, March 3 (Reuters) - Kenyan President …") or an aside.
        "-",
    ]
    static let relativeWords: Set<String> = ["who", "which", "whom", "whose"]

    /// Whether a word is in ``clauseBoundaries``, tested on its first byte
    /// and length before it is hashed.
    static func isClauseBoundary(_ word: String) -> Bool {
        let bytes = word.utf8
        guard let first = bytes.first, bytes.count <= 7,
            first == 0x74 || first == 0x77 || first == 0x62 || first == 0x3B || first == 0x2D
        else { return false }
        return clauseBoundaries.contains(word)
    }

    /// The entity of an allowed kind before `limit`, in the same clause,
    /// that is not the object of a preposition: the subject of the clause.
    /// A relative clause that has closed ("X, who …, resigned") is passed
    /// over to the subject before it.
    func subject(
        _ units: [Unit], before limit: Int, tokens: [Token], kinds: Set<EntityKind> = Self.actorKinds
    )
        -> EntityKey?
    {
        var clauseStart = 0
        for position in stride(from: limit - 1, through: 0, by: -1)
        where Self.isClauseBoundary(tokens[position].lower)
            && !units.contains(where: { $0.start <= position && position < $0.end })
        {
            clauseStart = position + 1
            break
        }
        for (position, unit) in units.enumerated()
        where unit.end <= limit && unit.start >= clauseStart && !unit.isQualifier {
            guard let key = unit.entity, kinds.contains(key.kind), !unit.isDemonym else { continue }
            if case .pronoun = unit.kind, !["he", "she"].contains(tokens[unit.start].lower) { continue }
            var start = unit.start
            var cursor = position - 1
            while cursor >= 0 {
                let previous = units[cursor]
                let adjacent = previous.end == start || (previous.end == start - 1 && previous.isPossessive)
                guard adjacent else { break }
                switch previous.kind {
                case .office, .entity, .honorific: start = previous.start
                default: break
                }
                if start != previous.start { break }
                cursor -= 1
            }
            var before = start - 1
            while before >= 0 && Self.determiners.contains(tokens[before].lower) { before -= 1 }
            if before >= 0 && Self.prepositions.contains(tokens[before].lower) { continue }
            if unit.isPossessive { continue }
            return key
        }
        if clauseStart >= 1, Self.relativeWords.contains(tokens[clauseStart - 1].lower),
            tokens[clauseStart..<limit].contains(where: { $0.text == "," })
        {
            return subject(units, before: clauseStart - 1, tokens: tokens, kinds: kinds)
        }
        return nil
    }
}

/// Offices found in a document, who holds them and since when.
struct OfficeBook: Sendable {
    struct Holding: Hashable, Sendable {
        var person: EntityKey
        var office: EntityKey
        var former: Bool
        var sentence: Int
    }

    var offices: [EntityKey: (office: OfficeUnit, sentence: Int)] = [:]
    var holdings: [Holding] = []

    mutating func register(_ office: OfficeUnit, key: EntityKey, sentence: Int) {
        if offices[key] == nil { offices[key] = (office, sentence) }
    }

    mutating func hold(_ person: EntityKey, _ office: EntityKey, former: Bool, sentence: Int) {
        if let existing = holdings.firstIndex(where: { $0.person == person && $0.office == office }) {
            if former { holdings[existing].former = true }
            return
        }
        holdings.append(Holding(person: person, office: office, former: former, sentence: sentence))
    }

    /// The office a person holds that belongs to a country or organization.
    func plainOffice(of person: EntityKey) -> EntityKey? {
        holdings.first { holding in
            guard holding.person == person, let entry = offices[holding.office] else { return false }
            if case .ownerOffice = entry.office.qualifier { return false }
            return entry.office.role != .advisory
        }?.office
    }

    /// Who holds an office in this document.
    func holder(of office: EntityKey) -> EntityKey? {
        holdings.first { $0.office == office }?.person
    }

    mutating func setFormer(_ person: EntityKey) {
        for index in holdings.indices where holdings[index].person == person { holdings[index].former = true }
    }

    /// holds, officeOf and advises facts.
    func emit(into facts: inout DocumentFacts) {
        func officeOf(_ office: EntityKey, _ qualifier: OfficeUnit.Qualifier, sentence: Int) {
            let owner: EntityKey? =
                switch qualifier {
                case .country(let country): EntityKey(kind: .country, name: country)
                case .organization(let organization): EntityKey(kind: .organization, name: organization)
                default: nil
                }
            if let owner {
                facts.add(
                    FactRecord(kind: .officeOf, source: .entity(office), target: .entity(owner), sentence: sentence))
            }
        }
        for (key, entry) in offices.sorted(by: { $0.key < $1.key }) {
            facts.note(key, surface: key.name)
            if case .ownerOffice(let owner) = entry.office.qualifier {
                if let ownerEntry = offices[owner] {
                    officeOf(key, ownerEntry.office.qualifier, sentence: entry.sentence)
                }
            } else {
                officeOf(key, entry.office.qualifier, sentence: entry.sentence)
            }
        }
        for holding in holdings {
            facts.add(
                FactRecord(
                    kind: .holds, source: .entity(holding.person), target: .entity(holding.office),
                    attributes: ["status": holding.former ? "former" : "current"], sentence: holding.sentence))
            if let entry = offices[holding.office], case .organization(let organization) = entry.office.qualifier {
                // An officer of an organization is one of its members.
                facts.add(
                    FactRecord(
                        kind: .memberOf, source: .entity(holding.person),
                        target: .entity(EntityKey(kind: .organization, name: organization)),
                        attributes: holding.former ? ["status": "former"] : [:], sentence: holding.sentence))
            }
            guard let entry = offices[holding.office], entry.office.role == .advisory else { continue }
            switch entry.office.qualifier {
            case .ownerOffice(let owner):
                if let boss = holder(of: owner) {
                    facts.add(
                        FactRecord(
                            kind: .advises, source: .entity(holding.person), target: .entity(boss),
                            sentence: holding.sentence))
                }
            case .ownerPerson(let boss):
                facts.add(
                    FactRecord(
                        kind: .advises, source: .entity(holding.person), target: .entity(boss),
                        sentence: holding.sentence))
            default:
                break
            }
        }
    }
}
