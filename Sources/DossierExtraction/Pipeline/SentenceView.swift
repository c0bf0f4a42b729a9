import Dossier

/// One sentence as the rules after the units stage see it: its tokens, its
/// units, its index in the document and the offices known so far, with the
/// look-ups rules would otherwise re-derive by index arithmetic.
struct SentenceView: Sendable {
    /// The sentence's tokens.
    let tokens: [Token]
    /// The sentence's units, in order.
    let units: [Unit]
    /// The sentence's index in the document.
    let index: Int
    /// The offices of the document and who holds them.
    let book: OfficeBook
    /// The analyzer, for subjects and the lexicon.
    let analyzer: DocumentAnalyzer
    /// The sentence's dates with the tokens they start and end at.
    let dates: [(start: Int, end: Int, value: String)]

    init(tokens: [Token], units: [Unit], index: Int, book: OfficeBook, analyzer: DocumentAnalyzer) {
        self.tokens = tokens
        self.units = units
        self.index = index
        self.book = book
        self.analyzer = analyzer
        // "NAIROBI, March 3, 2021 (Reuters) — …": the dateline's date is the article's, not an event's.
        // A spaced dash reaches here as a lone hyphen. "until last year", "since 2019": a span's end, no date of an event.
        let dash = tokens.prefix(16).firstIndex { ["-", "--"].contains($0.text) } ?? 0
        dates = units.compactMap { unit in
            guard case .date(let value) = unit.kind, !value.isEmpty, unit.start >= dash else { return nil }
            if unit.start > 0, ["until", "since", "till"].contains(tokens[unit.start - 1].lower) { return nil }
            return (unit.start, unit.end, value)
        }
    }

    /// The word lists of the analyzer's lexicon.
    var words: WordLists { analyzer.lexicon.words }

    /// What a trigger phrase is, from the lexicon's `event-triggers.tsv`.
    func form(of surface: String) -> String? { analyzer.lexicon.triggerForms[Tokenizer.lowercased(surface)] }

    /// The lower-case word at `position`.
    func word(at position: Int) -> String { tokens[position].lower }

    /// Whether "the two leaders", "the two sides" stands in the clause before
    /// `position`: parties the text counted and named earlier.
    func namesTwoParties(before position: Int) -> Bool {
        let start = max(0, position - 6)
        return (start..<max(start, position - 1)).contains { index in
            tokens[index].lower == "two" && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
                && tokens[index + 1].lower.hasSuffix("s")
        }
    }

    /// The date of what a trigger tells: a date right before it ("police on
    /// Monday arrested"), else ``date(after:)`` its end.
    func date(of trigger: Unit) -> String? {
        dates.first { $0.end == trigger.start }?.value ?? date(after: trigger.end)
    }

    /// The first date at or after `position`, else the sentence's first date.
    func date(after position: Int) -> String? {
        dates.first { $0.start >= position }?.value ?? dates.first?.value
    }

    /// What a unit stands for: an office's holder when known, else the office
    /// or the unit's entity.
    func entity(_ unit: Unit) -> EntityKey? {
        if case .office(let office) = unit.kind, let key = office.key { return book.holder(of: key) ?? key }
        return unit.entity
    }

    /// The first entity of one of `kinds`, not a demonym, that starts at most
    /// `within` tokens after `position`.
    func firstEntity(after position: Int, within: Int, kinds: Set<EntityKind>) -> EntityKey? {
        units.first {
            $0.start >= position && $0.start <= position + within && !$0.isDemonym
                && ($0.entity.map { kinds.contains($0.kind) } ?? false)
        }?.entity
    }

    /// The first place or country within `within` tokens after `position`
    /// that a place preposition introduces ("in Jakarta", "at Camp David"):
    /// where something was held. "between Rotterdam and the Ruhr" is not.
    func heldIn(after position: Int, within: Int) -> EntityKey? {
        units.first { unit in
            guard unit.start >= position, unit.start <= position + within, unit.start >= 1, !unit.isDemonym,
                let key = unit.entity, DocumentAnalyzer.placeKind.contains(key.kind)
            else { return false }
            return Grammar.placePrepositions.contains(tokens[unit.start - 1].lower)
        }?.entity
    }

    /// The subject of the clause before token `limit`.
    func subject(before limit: Int, kinds: Set<EntityKind> = DocumentAnalyzer.actorKinds) -> EntityKey? {
        analyzer.subject(units, before: limit, tokens: tokens, kinds: kinds)
    }
}
