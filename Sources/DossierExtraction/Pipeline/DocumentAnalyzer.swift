import Dossier

/// Turns a read document into facts: offices and who holds them, who
/// advises whom, citizenship, places, and events with their participants,
/// places, dates and the sources that report or deny them.
///
/// A class, so that the ``SentenceView`` each rule receives holds it with
/// one reference rather than a copy of the whole lexicon.
final class DocumentAnalyzer: Sendable {
    let lexicon: Lexicon

    /// An analyzer reading with `lexicon`.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The facts of a document's sentences, by the stages of
    /// ``TextPipeline`` from units to office facts; `observe`, when given,
    /// sees the units and the office book once the stages are done.
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
            let sentenceUnits = units(of: read, lastPerson: &lastPerson)
            describeMentions(read, units: sentenceUnits, sentence: index, facts: &facts)
            allUnits.append(sentenceUnits)
        }
        var holders = OfficeBook()
        for (index, read) in sentences.enumerated() {
            findHolds(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        // The country the article is about, read once for the offices and the bodies that take it.
        let mainCountry = mainCountry(allUnits)
        resolveOffices(&allUnits, tokens: sentences.map(\.sentence.tokens), mainCountry: mainCountry, book: &holders)
        for (index, read) in sentences.enumerated() {
            findHolds(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        for (index, read) in sentences.enumerated() {
            findCounterpartOffices(allUnits[index], tokens: read.sentence.tokens, sentence: index, book: &holders)
        }
        var events = EventCollector()
        for (index, read) in sentences.enumerated() {
            let view = SentenceView(
                tokens: read.sentence.tokens, units: allUnits[index], index: index, book: holders, analyzer: self)
            findRelations(view, facts: &facts)
            findDescriptions(allUnits[index], tokens: read.sentence.tokens, sentence: index, facts: &facts)
            findEvents(view, events: &events)
        }
        events.finish(into: &facts)
        noteDateBases(allUnits, sentences: sentences, facts: &facts)
        findDiplomaticTies(facts.events, book: holders, facts: &facts)
        findMembersCountries(holders, facts: &facts)
        if let mainCountry { findContextOwners(allUnits, country: mainCountry, facts: &facts) }
        holders.applyResignations(events.resigned)
        holders.emit(into: &facts)
        observe?(allUnits, holders)
        return facts
    }

    /// Marks each event's date as stated or relative, from how the
    /// document wrote it.
    private func noteDateBases(_ units: [[Unit]], sentences: [ReadSentence], facts: inout DocumentFacts) {
        for (index, sentenceUnits) in units.enumerated() {
            let tokens = sentences[index].sentence.tokens
            for unit in sentenceUnits {
                guard case .date(let value) = unit.kind, !value.isEmpty else { continue }
                let stated = tokens[unit.start..<unit.end].contains {
                    $0.text.unicodeScalars.first.map(Tokenizer.isDigit) ?? false
                }
                if stated || facts.dateBases[value] == nil { facts.dateBases[value] = stated ? "stated" : "relative" }
            }
        }
        for index in facts.events.indices {
            if let date = facts.events[index].date, !date.isEmpty {
                facts.events[index].dateBasis = facts.dateBases[date] ?? "stated"
            }
        }
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

    /// Whether a word is in ``clauseBoundaries``, tested on its first byte
    /// and length before it is hashed.
    static func isClauseBoundary(_ word: String) -> Bool {
        let bytes = word.utf8
        guard let first = bytes.first, bytes.count <= 7,
            first == 0x74 || first == 0x77 || first == 0x62 || first == 0x3B || first == 0x2D
        else { return false }
        return Grammar.clauseBoundaries.contains(word)
    }

    /// The entity of an allowed kind before `limit`, in the same clause,
    /// that is not the object of a preposition: the subject of the clause.
    /// A relative clause that has closed ("X, who …, resigned") is passed
    /// over to the subject before it; inside one still open ("X, who met"),
    /// the person it describes is the subject.
    func subject(
        _ units: [Unit], before limit: Int, tokens: [Token], kinds: Set<EntityKind> = DocumentAnalyzer.actorKinds
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
            while before >= 0 && Grammar.determiners.contains(tokens[before].lower) { before -= 1 }
            if before >= 0 && Grammar.prepositions.contains(tokens[before].lower) { continue }
            if unit.isPossessive { continue }
            return key
        }
        guard clauseStart >= 1, Grammar.relativeWords.contains(tokens[clauseStart - 1].lower) else { return nil }
        if tokens[clauseStart..<limit].contains(where: { $0.text == "," }) {
            return subject(units, before: clauseStart - 1, tokens: tokens, kinds: kinds)
        }
        // "Girard, who met union leaders": the open relative clause's subject is the name before it.
        guard clauseStart >= 2, tokens[clauseStart - 1].lower == "who", tokens[clauseStart - 2].text == ",",
            let antecedent = units.last(where: { $0.end == clauseStart - 2 })?.entity, kinds.contains(antecedent.kind)
        else { return nil }
        return antecedent
    }
}
