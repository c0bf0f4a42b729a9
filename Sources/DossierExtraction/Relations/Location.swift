import Dossier

/// "the Turkish city of Istanbul": the place is in the demonym's country.
struct DemonymCity: RelationRule {
    var name: String { "demonym-city" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, true) = unit.kind, key.kind == .country, unit.end + 1 < sentence.tokens.count,
            sentence.word(at: unit.end) == "city", sentence.word(at: unit.end + 1) == "of", position + 1 < units.count,
            let place = units[position + 1].entity, place.kind == .place
        else { return [] }
        return [FactRecord(.locatedIn, place, key, in: sentence)]
    }
}

/// "the Royal Palace in Phnom Penh", "Kriegers Flak in Denmark", "Leeds
/// in northern England", "Gogebic County in the U.S. state of Michigan": a
/// place followed by "in", a few words that only narrow the place
/// (`place-gap-words`) and a place or a country is in it; a country used as
/// a modifier on the way ("the U.S. state of") is where it is too. Read at
/// places, and at organizations that stand in one place ("Mercy Hospital in
/// Dublin": the last word is in `institution-heads`); another organization
/// "in" a city is often only visiting ("Hamas officials in Cairo").
struct PlaceInPlace: RelationRule {
    /// The kind of entity read at: `.place`, or `.organization` for institutions.
    let kind: EntityKind
    var name: String { kind == .place ? "place-in-place" : "institution-in-place" }
    var anchor: RelationAnchor { .entity(kind) }
    /// The most words between "in" and the larger place.
    static let longestGap = 6

    init(kind: EntityKind = .place) { self.kind = kind }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, false) = unit.kind, !unit.isPossessive, unit.end < sentence.tokens.count,
            sentence.word(at: unit.end) == "in"
        else { return [] }
        if kind == .organization && !sentence.words.institutionHeads.contains(key.lastWord) { return [] }
        var facts: [FactRecord] = []
        var cursor = unit.end + 1
        for next in units[(position + 1)...] {
            guard next.start - unit.end <= Self.longestGap + 1,
                (cursor..<next.start).allSatisfy({ isGapWord(sentence.tokens[$0], sentence.words) }),
                case .entity(let place, false) = next.kind, place.kind == .place || place.kind == .country, place != key
            else { break }
            facts.append(FactRecord(.locatedIn, key, place, in: sentence))
            // Only "the U.S. state of Michigan" goes on past a name: a country before a narrowing word.
            guard place.kind == .country, next.end < sentence.tokens.count, !sentence.tokens[next.end].isCapitalized,
                sentence.words.placeGapWords.contains(sentence.word(at: next.end))
            else { break }
            cursor = next.end
        }
        return facts
    }

    private func isGapWord(_ token: Token, _ words: WordLists) -> Bool {
        !token.isCapitalized && (words.placeGapWords.contains(token.lower) || words.compassWords.contains(token.lower))
    }
}

/// "Mitsubishi Electric (Japan)", "Guri (Venezuela)": a place or an
/// organization with its country in brackets right after it.
struct BracketedCountry: RelationRule {
    let kind: EntityKind
    var name: String { "bracketed-country-\(kind.rawValue)" }
    var anchor: RelationAnchor { .entity(kind) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        let tokens = sentence.tokens
        guard case .entity(let key, false) = unit.kind, position + 1 < units.count, unit.end < tokens.count,
            tokens[unit.end].text == "("
        else { return [] }
        let next = units[position + 1]
        guard next.start == unit.end + 1, next.end < tokens.count, tokens[next.end].text == ")",
            case .entity(let country, false) = next.kind, country.kind == .country
        else { return [] }
        return [FactRecord(.locatedIn, key, country, in: sentence)]
    }
}

extension DocumentAnalyzer {
    /// What the mentions themselves say: the surface forms of each entity
    /// (with an honorific before a person), and the country the lexicon
    /// knows for a place or an organization — "Pakistan Army" is part of
    /// Pakistan, "Lahore" is in Pakistan. Only a mention that made a unit
    /// (not one inside a longer name) gives a fact.
    func describeMentions(_ read: ReadSentence, units: [Unit], sentence: Int, facts: inout DocumentFacts) {
        let mentions = read.mentions
        for mention in mentions {
            guard let key = Self.entityKey(of: mention) else { continue }
            facts.note(key, surface: mention.surface)
            if key.kind == .person,
                let honorific = mentions.last(where: { $0.kind == .honorific && $0.end == mention.start })
            {
                facts.note(key, surface: honorific.surface + " " + mention.surface)
            }
            guard key.kind == .organization || key.kind == .place,
                units.contains(where: { unit in
                    guard case .entity(let unitKey, _) = unit.kind else { return false }
                    return unitKey == key && unit.start == mention.start && unit.end == mention.end
                })
            else { continue }
            if key.kind == .organization,
                let country = mentions.first(where: {
                    $0.kind == .country && $0.start == mention.start && $0.end < mention.end
                })
            {
                facts.add(
                    FactRecord(
                        kind: .partOf, source: .entity(key),
                        target: .entity(EntityKey(kind: .country, name: country.name)), sentence: sentence))
            } else if key.kind == .organization, lexicon.isNationalBody(key.name),
                let country = lexicon.country(opening: key.name)
            {
                // "the Chinese National Party": a national body named by its country's demonym,
                // also when the demonym, being a language too, made no mention of its own.
                facts.add(
                    FactRecord(
                        kind: .partOf, source: .entity(key), target: .entity(EntityKey(kind: .country, name: country)),
                        sentence: sentence))
                facts.note(EntityKey(kind: .country, name: country), surface: country)
            } else if let country = key.kind == .place
                ? lexicon.countryOfPlace[mention.name] : lexicon.countryOfOrganization[mention.name]
            {
                facts.add(
                    FactRecord(
                        kind: key.kind == .place || lexicon.outlets.contains(key.name) ? .locatedIn : .partOf,
                        source: .entity(key),
                        target: .entity(EntityKey(kind: .country, name: country)), attributes: ["basis": "lexicon"],
                        sentence: sentence))
                facts.note(EntityKey(kind: .country, name: country), surface: country)
            }
        }
    }
}
