import Dossier
import Foundation

extension DocumentAnalyzer {

    /// Units of a sentence, in order.
    func units(
        of read: ReadSentence, lastPerson: inout EntityKey?, facts: inout DocumentFacts, sentenceIndex: Int
    )
        -> [Unit]
    {
        let tokens = read.sentence.tokens
        var units: [Unit] = []
        var index = 0
        let mentions = read.mentions
        while index < mentions.count {
            let mention = mentions[index]
            var unit: Unit?
            switch mention.kind {
            case .country where mention.isLanguage:
                break
            case .person, .organization, .country, .place:
                let kind: EntityKind =
                    switch mention.kind {
                    case .person: .person
                    case .organization: .organization
                    case .country: .country
                    default: .place
                    }
                let key = EntityKey(kind: kind, name: mention.name)
                facts.note(key, surface: mention.surface)
                if kind == .person {
                    lastPerson = key
                    if let honorific = read.mentions.last(where: { $0.kind == .honorific && $0.end == mention.start }) {
                        facts.note(key, surface: honorific.surface + " " + mention.surface)
                    }
                }
                if let last = units.last, last.start <= mention.start && mention.end <= last.end {
                    unit = nil
                } else if kind == .organization,
                    let country = mentions.first(where: {
                        $0.kind == .country && $0.start == mention.start && $0.end < mention.end
                    })
                {
                    facts.add(
                        FactRecord(
                            kind: .partOf, source: .entity(key),
                            target: .entity(EntityKey(kind: .country, name: country.name)),
                            sentence: sentenceIndex))
                    unit = Unit(kind: .entity(key, isDemonym: false), start: mention.start, end: mention.end)
                } else {
                    unit = Unit(
                        kind: .entity(key, isDemonym: mention.isDemonym), start: mention.start, end: mention.end)
                    if kind == .organization || kind == .place,
                        let country = kind == .place
                            ? lexicon.countryOfPlace[mention.name] : lexicon.countryOfOrganization[mention.name]
                    {
                        facts.add(
                            FactRecord(
                                kind: kind == .place ? .locatedIn : .partOf, source: .entity(key),
                                target: .entity(EntityKey(kind: .country, name: country)),
                                attributes: ["basis": "lexicon"],
                                sentence: sentenceIndex))
                        facts.note(EntityKey(kind: .country, name: country), surface: country)
                    }
                }
            case .office(let role):
                unit = Unit(
                    kind: .office(OfficeUnit(title: mention.name, role: role, qualifier: .none, isFormer: false)),
                    start: mention.start, end: mention.end)
            case .pronoun:
                unit = Unit(kind: .pronoun(lastPerson), start: mention.start, end: mention.end)
            case .date:
                unit = Unit(kind: .date(mention.name), start: mention.start, end: mention.end)
            case .trigger(let kind):
                unit = Unit(kind: .trigger(kind, surface: mention.surface), start: mention.start, end: mention.end)
            case .honorific:
                unit = Unit(kind: .honorific, start: mention.start, end: mention.end)
            case .organizationCue, .candidate:
                unit = nil
            }
            if var unit {
                if unit.end < tokens.count && (tokens[unit.end].lower == "'s" || tokens[unit.end].text == "'") {
                    unit.isPossessive = true
                }
                units.append(unit)
            }
            index += 1
        }
        for position in units.indices {
            guard case .pronoun = units[position].kind,
                ["his", "her", "him"].contains(tokens[units[position].start].lower),
                let subject = subject(units, before: units[position].start, tokens: tokens, kinds: Self.personKind)
            else { continue }
            units[position].kind = .pronoun(subject)
        }
        qualifyOffices(&units, tokens: tokens)
        return units
    }

}
