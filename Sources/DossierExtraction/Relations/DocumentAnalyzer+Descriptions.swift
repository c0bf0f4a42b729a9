import Dossier

extension DocumentAnalyzer {

    /// Facts from a sentence that describes a name: "Leonessa is a town in
    /// Lazio, Italy" (located in both), "Roche, a Swiss company" (located in
    /// Switzerland), "Smuts was a South African statesman" (citizen of South
    /// Africa); from "Angleton, Texas" (located in Texas); and memberships:
    /// "X was a member of Y", "X joined Y", "X played for Y", "Y leader X".
    func findDescriptions(_ units: [Unit], tokens: [Token], sentence: Int, facts: inout DocumentFacts) {
        for (position, unit) in units.enumerated() {
            guard let key = unit.entity, !unit.isDemonym, case .entity = unit.kind else { continue }
            if let phrase = describingPhrase(after: unit, tokens: tokens) {
                describe(key, phrase: phrase, units: units, tokens: tokens, sentence: sentence, facts: &facts)
            }
            // "Ogwashi-Ukwu, Delta State, Nigeria": a place in a place in a region or country.
            if key.kind == .place || key.kind == .organization, position + 2 < units.count,
                unit.end + 1 < tokens.count, tokens[unit.end].text == ",",
                units[position + 1].start == unit.end + 1, !units[position + 1].isDemonym,
                let middle = units[position + 1].entity, middle.kind == .place,
                units[position + 1].end + 1 < tokens.count, tokens[units[position + 1].end].text == ",",
                units[position + 2].start == units[position + 1].end + 1, !units[position + 2].isDemonym,
                let outer = units[position + 2].entity, isRegionOrCountry(outer),
                !(unit.start > 0 && tokens[unit.start - 1].text == ","),
                !isListGoingOn(tokens, after: units[position + 2].end)
            {
                addLocation(key, in: middle, sentence: sentence, facts: &facts)
                addLocation(middle, in: outer, sentence: sentence, facts: &facts)
                continue
            }
            // "Angleton, Texas": a place and the region or country it is in.
            if key.kind == .place || key.kind == .organization, position + 1 < units.count,
                unit.end + 1 < tokens.count, tokens[unit.end].text == ",",
                units[position + 1].start == unit.end + 1, !units[position + 1].isDemonym,
                let larger = units[position + 1].entity, isRegionOrCountry(larger),
                !(unit.start > 0 && tokens[unit.start - 1].text == ","),
                !isListGoingOn(tokens, after: units[position + 1].end)
            {
                addLocation(key, in: larger, sentence: sentence, facts: &facts)
            }
            if unit.isPossessive, position + 1 < units.count {
                describeOwner(key, of: units[position + 1], after: unit, sentence: sentence, facts: &facts)
            }
            // "Odinga's Orange Democratic Movement": a person's party.
            if key.kind == .person, unit.isPossessive, position + 1 < units.count,
                units[position + 1].start == unit.end + 1, let party = units[position + 1].entity,
                party.kind == .organization, !units[position + 1].isDemonym,
                lexicon.words.partyWords.contains(party.lastWord)
            {
                facts.add(
                    FactRecord(kind: .memberOf, source: .entity(key), target: .entity(party), sentence: sentence))
            }
            // "Solidarity leader Lech Walesa"
            if key.kind == .organization, position + 1 < units.count, unit.end + 1 < tokens.count,
                lexicon.words.memberRoles.contains(tokens[unit.end].lower), !tokens[unit.end].isCapitalized,
                units[position + 1].start == unit.end + 1, let person = units[position + 1].entity,
                person.kind == .person, case .entity = units[position + 1].kind
            {
                facts.add(
                    FactRecord(kind: .memberOf, source: .entity(person), target: .entity(key), sentence: sentence))
            }
        }
        findMemberships(units, tokens: tokens, sentence: sentence, facts: &facts)
        findNationalities(units, tokens: tokens, sentence: sentence, facts: &facts)
    }

    /// "the French writer Joris-Karl Huysmans", "Brazilian striker Ana Lima":
    /// a demonym, a few lower-case words ending in a noun for a person, and
    /// the person.
    private func findNationalities(_ units: [Unit], tokens: [Token], sentence: Int, facts: inout DocumentFacts) {
        for (position, unit) in units.enumerated() where unit.isDemonym {
            guard let country = unit.entity, country.kind == .country, position + 1 < units.count else { continue }
            let next = units[position + 1]
            guard let person = next.entity, person.kind == .person, case .entity = next.kind,
                (1...4).contains(next.start - unit.end)
            else { continue }
            let words = tokens[unit.end..<next.start]
            guard words.allSatisfy({ !$0.isCapitalized && $0.isWord }),
                let noun = words.last, Definition.category(noun.lower, lexicon) == .some(.person)
            else { continue }
            facts.add(
                FactRecord(kind: .citizenOf, source: .entity(person), target: .entity(country), sentence: sentence))
        }
    }

    private func describingPhrase(after unit: Unit, tokens: [Token]) -> Range<Int>? {
        var position = unit.end
        var appositive = false
        if position + 1 < tokens.count, tokens[position].text == ",", ["a", "an"].contains(tokens[position + 1].lower) {
            appositive = true
            position += 2
        } else {
            guard
                let start = Definition.phraseStart(
                    tokens, start: unit.start, end: unit.end, articles: Grammar.articles)
            else { return nil }
            position = start
        }
        var end = position
        while end < tokens.count
            && (!Grammar.descriptionEnds.contains(tokens[end].lower) || joinsNouns(tokens, at: end))
        {
            if appositive && tokens[end].text == "," && !(end + 1 < tokens.count && tokens[end + 1].isCapitalized) {
                break
            }
            end += 1
        }
        return end > position ? position..<end : nil
    }

    private func describe(
        _ key: EntityKey, phrase: Range<Int>, units: [Unit], tokens: [Token], sentence: Int, facts: inout DocumentFacts
    ) {
        // A head noun of another kind says nothing of the subject: "Raytheon, a Japanese official said".
        let expected: Mention.Kind =
            switch key.kind {
            case .person: .person
            case .organization: .organization
            default: .place
            }
        guard key.kind != .country else { return }
        if let definition = Definition.head(tokens, from: phrase.lowerBound, lexicon: lexicon),
            definition.kind != expected
        {
            return
        }
        // The head's side: demonyms before the first "of/in/from …" say nationality or country.
        let headEnd = tokens[phrase].firstIndex { Grammar.whereWords.contains($0.lower) } ?? phrase.upperBound
        for unit in units where unit.start >= phrase.lowerBound && unit.end <= headEnd && unit.isDemonym {
            guard let country = unit.entity, country.kind == .country else { continue }
            switch key.kind {
            case .person:
                facts.add(
                    FactRecord(kind: .citizenOf, source: .entity(key), target: .entity(country), sentence: sentence))
            case .place, .organization:
                facts.add(
                    FactRecord(kind: .locatedIn, source: .entity(key), target: .entity(country), sentence: sentence))
            default: break
            }
        }
        // Where it is: the places and countries after "in", "of", "from" (not for people).
        guard key.kind == .place || key.kind == .organization, headEnd < phrase.upperBound else { return }
        for unit in units where unit.start > headEnd && unit.end <= phrase.upperBound && !unit.isDemonym {
            guard let place = unit.entity, place.kind == .place || place.kind == .country, place != key else {
                continue
            }
            addLocation(key, in: place, sentence: sentence, facts: &facts)
        }
    }

    /// Says that `key` is in `place`, and in the place's country when the
    /// lexicon knows it ("a town in Carinthia" → in Austria too, on the
    /// lexicon's word).
    /// "Warsaw's ArcelorMittal steelworks": where it is; "Malaysia's
    /// Department of Environment", "Kenya's Orange Democratic Movement": a
    /// national body of the country.
    private func describeOwner(
        _ key: EntityKey, of next: Unit, after unit: Unit, sentence: Int, facts: inout DocumentFacts
    ) {
        guard key.kind == .place || key.kind == .country, next.start == unit.end + 1,
            let organization = next.entity, organization.kind == .organization, !next.isDemonym
        else { return }
        if key.kind == .country && lexicon.isNationalBody(organization.name) {
            facts.add(
                FactRecord(kind: .partOf, source: .entity(organization), target: .entity(key), sentence: sentence))
        } else {
            addLocation(organization, in: key, sentence: sentence, facts: &facts)
        }
    }

    private func addLocation(_ key: EntityKey, in place: EntityKey, sentence: Int, facts: inout DocumentFacts) {
        facts.add(FactRecord(kind: .locatedIn, source: .entity(key), target: .entity(place), sentence: sentence))
        guard place.kind == .place, let country = lexicon.countryOfPlace[place.name], country != key.name else {
            return
        }
        let countryKey = EntityKey(kind: .country, name: country)
        facts.add(
            FactRecord(
                kind: .locatedIn, source: .entity(key), target: .entity(countryKey), attributes: ["basis": "lexicon"],
                sentence: sentence))
        facts.note(countryKey, surface: country)
    }

    /// Whether the "and" at `position` joins two nouns of one description:
    /// "a town and comune in Lazio", "a singer and songwriter from Oslo" — a
    /// lower-case word that is no function word, then "in", "of", "from" …,
    /// a comma or the end.
    func joinsNouns(_ tokens: [Token], at position: Int) -> Bool {
        guard tokens[position].lower == "and", position + 1 < tokens.count else { return false }
        let noun = tokens[position + 1]
        guard noun.isWord, !noun.isCapitalized, !lexicon.functionWords.contains(noun.lower) else { return false }
        guard position + 2 < tokens.count else { return true }
        let after = tokens[position + 2]
        return Grammar.whereWords.contains(after.lower) || after.text == "," || after.text == "."
    }

    private func isRegionOrCountry(_ key: EntityKey) -> Bool {
        key.kind == .country || (key.kind == .place && lexicon.regions.contains(key.name))
    }

    /// Whether a list goes on after a name: ", Oslo", "and Bergen".
    private func isListGoingOn(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        if ["and", "or", "&"].contains(tokens[end].lower) { return true }
        return tokens[end].text == "," && end + 1 < tokens.count && tokens[end + 1].isCapitalized
    }
}
