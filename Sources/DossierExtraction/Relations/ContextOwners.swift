import Dossier

extension DocumentAnalyzer {
    /// "Atiku Abubakar of the Peoples Democratic Party", "the Interior
    /// Ministry" in an article about one country: a party or an organ of
    /// state that no sentence ties to a country is the article's country's
    /// (`partOf`, `basis: context`), and so is a place whose country neither
    /// a sentence nor the lexicon gives, or a hospital, school or club
    /// (`locatedIn`, `basis: context`: "Botum Park" in an article about
    /// Cambodia) unless its sentence
    /// names another country ("met him at the Elysee" beside "Paris" or
    /// "French"), each told where it is first named. `country` is the article's, from ``mainCountry(_:)``.
    func findContextOwners(_ units: [[Unit]], country: String, facts: inout DocumentFacts) {
        let owned = Self.owned(facts)
        var seen: Set<EntityKey> = []
        for (sentence, sentenceUnits) in units.enumerated() {
            for unit in sentenceUnits {
                guard case .entity(let key, _) = unit.kind, !unit.isDemonym, !owned.contains(key),
                    let kind = contextTie(of: key),
                    kind == .partOf || !namesOtherCountry(sentenceUnits, than: country),
                    seen.insert(key).inserted
                else { continue }
                // A name that opens with another country's ("the French National Party") is not this one's;
                // describeMentions gives a national body so named to its own country.
                if let named = lexicon.country(opening: key.name), named != country { continue }
                facts.add(
                    FactRecord(
                        kind: kind, source: .entity(key), target: .entity(EntityKey(kind: .country, name: country)),
                        attributes: ["basis": "context"], sentence: sentence))
            }
        }
    }

    /// How the article's country owns `key` when nothing else does, if it
    /// does: an organization that stands in one place and that the lexicon
    /// does not place (`institution-heads`: "Mercy Hospital") and a place
    /// the lexicon does not place elsewhere or in several countries are
    /// `locatedIn` it; an organization named by a national body's head word
    /// ("… Ministry", "… party") is `partOf` it.
    private func contextTie(of key: EntityKey) -> RelationKind? {
        switch key.kind {
        case .organization:
            let last = key.lastWord
            if lexicon.words.institutionHeads.contains(last) && lexicon.countryOfOrganization[key.name] == nil {
                return .locatedIn
            }
            return lexicon.isNationalBody(key.name) ? .partOf : nil
        case .place:
            return lexicon.countryOfPlace[key.name] == nil && !lexicon.placesOfNoCountry.contains(key.name)
                ? .locatedIn : nil
        default:
            return nil
        }
    }

    /// Whether a sentence names a country other than `country`, by name,
    /// demonym, a place the lexicon puts there or an organization named
    /// after it.
    private func namesOtherCountry(_ units: [Unit], than country: String) -> Bool {
        units.contains { unit in
            guard case .entity(let key, _) = unit.kind else { return false }
            switch key.kind {
            case .country: return key.name != country
            case .place: return lexicon.countryOfPlace[key.name].map { $0 != country } ?? false
            case .organization:
                // "the Nigerian army" is read as the organization "Nigeria Army".
                if let owner = lexicon.countryOfOrganization[key.name] { return owner != country }
                let words = key.name.split(separator: " ")
                return (1..<min(4, words.count)).contains { count in
                    let prefix = words.prefix(count).joined(separator: " ")
                    return prefix != country && lexicon.countries.contains(prefix)
                }
            default: return false
            }
        }
    }

    /// "Siddiq, a senior official of the National Umma Party" beside
    /// "Sudanese Foreign Minister Omar Siddiq": a party or organ of state
    /// that no sentence ties to a country is the country of a member's
    /// office (`partOf`, `basis: context`), told where the membership is.
    func findMembersCountries(_ book: OfficeBook, facts: inout DocumentFacts) {
        var owned = Self.owned(facts)
        for fact in facts.facts where fact.kind == .memberOf {
            guard case .entity(let person) = fact.source, case .entity(let body) = fact.target,
                body.kind == .organization, !owned.contains(body), lexicon.isNationalBody(body.name),
                let country = book.country(of: person)
            else { continue }
            owned.insert(body)
            facts.add(
                FactRecord(
                    kind: .partOf, source: .entity(body), target: .entity(EntityKey(kind: .country, name: country)),
                    attributes: ["basis": "context"], sentence: fact.sentence))
        }
    }

    /// What some fact already places (`partOf` or `locatedIn` from it).
    private static func owned(_ facts: DocumentFacts) -> Set<EntityKey> {
        Set(
            facts.facts.compactMap { fact -> EntityKey? in
                guard fact.kind == .partOf || fact.kind == .locatedIn, case .entity(let key) = fact.source else {
                    return nil
                }
                return key
            })
    }
}
