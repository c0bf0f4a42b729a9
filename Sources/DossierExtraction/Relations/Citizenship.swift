import Dossier

/// "his British passport", "He has a British passport": the owner of the
/// passport (a possessive pronoun, the subject, or a pronoun before) is a
/// citizen of the country.
struct PassportCitizenship: RelationRule {
    var name: String { "passport-citizenship" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, true) = unit.kind, key.kind == .country, unit.end < sentence.tokens.count,
            sentence.word(at: unit.end) == "passport"
        else { return [] }
        var owner: EntityKey?
        if position > 0, case .pronoun(let person?) = units[position - 1].kind { owner = person }
        if owner == nil { owner = sentence.subject(before: unit.start, kinds: DocumentAnalyzer.personKind) }
        if owner == nil,
            let pronoun = units[..<position].first(where: { if case .pronoun = $0.kind { true } else { false } })
        {
            owner = pronoun.entity
        }
        guard let owner else { return [] }
        return [FactRecord(.citizenOf, owner, key, in: sentence)]
    }
}

/// "X, a British Pakistani businessman": each demonym of the appositive
/// makes the person a citizen of its country.
struct AppositiveCitizenship: RelationRule {
    var name: String { "appositive-citizenship" }
    var anchor: RelationAnchor { .entity(.person) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let key, _) = unit.kind, key.kind == .person, unit.end + 1 < tokens.count,
            tokens[unit.end].text == ",", ["a", "an"].contains(tokens[unit.end + 1].lower)
        else { return [] }
        var facts: [FactRecord] = []
        var cursor = position + 1
        var expected = unit.end + 2
        while cursor < units.count, units[cursor].start == expected, units[cursor].isDemonym,
            let country = units[cursor].entity
        {
            facts.append(FactRecord(.citizenOf, key, country, in: sentence))
            expected = units[cursor].end
            cursor += 1
        }
        return facts
    }
}

/// "Olof Mörck (born 12 December 1981 in Gothenburg, Sweden)", "Ana Ruiz
/// (1859 in Lima, Peru – 1932)", "Born in Vienna, Austria, Ulrich began
/// …": a person born in a country that the text names is its citizen, with
/// `basis: birthplace` since birth is not always citizenship.
struct BirthplaceCitizenship: RelationRule {
    var name: String { "birthplace-citizenship" }
    var anchor: RelationAnchor { .entity(.person) }
    /// The most tokens read for the birthplace after the bracket opens.
    static let reach = 14

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let key, false) = unit.kind, key.kind == .person else { return [] }
        let place: Range<Int>
        if unit.end + 1 < tokens.count, tokens[unit.end].text == "(",
            tokens[unit.end + 1].lower == "born" || tokens[unit.end + 1].text.first?.isNumber == true
        {
            // In the bracket, up to its end or the dash before the date of death.
            let end =
                tokens[(unit.end + 1)..<min(tokens.count, unit.end + 1 + Self.reach)].firstIndex {
                    [")", "–", "-", ";"].contains($0.text)
                } ?? min(tokens.count, unit.end + 1 + Self.reach)
            place = (unit.end + 1)..<end
        } else if tokens.count > 2, tokens[0].lower == "born", tokens[1].lower == "in",
            units[..<position].allSatisfy({ $0.entity?.kind != .person }), unit.start > 2,
            tokens[unit.start - 1].text == ","
        {
            // "Born in Vienna, Austria, Ulrich …": the first person after the opening.
            place = 1..<(unit.start - 1)
        } else {
            return []
        }
        guard let inWord = tokens[place].firstIndex(where: { $0.lower == "in" }) else { return [] }
        let named = units.filter { $0.start > inWord && $0.end <= place.upperBound }
        guard let first = named.first, first.start == inWord + 1 || first.start == inWord + 2 else { return [] }
        // The country named with the place: "in Gothenburg, Sweden", "in Austria".
        for candidate in named {
            guard case .entity(let site, false) = candidate.kind else { return [] }
            if site.kind == .country {
                return [FactRecord(.citizenOf, key, site, ["basis": "birthplace"], in: sentence)]
            }
        }
        return []
    }
}
