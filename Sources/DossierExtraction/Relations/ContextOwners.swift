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
        let owned = Set(
            facts.facts.compactMap { fact -> EntityKey? in
                guard fact.kind == .partOf || fact.kind == .locatedIn, case .entity(let key) = fact.source else {
                    return nil
                }
                return key
            })
        var seen: Set<EntityKey> = []
        for (sentence, sentenceUnits) in units.enumerated() {
            for unit in sentenceUnits {
                guard case .entity(let key, _) = unit.kind, !unit.isDemonym, !owned.contains(key),
                    let kind = contextTie(of: key),
                    kind == .partOf || !namesOtherCountry(sentenceUnits, than: country),
                    seen.insert(key).inserted
                else { continue }
                if let named = countryOpening(key.name), named != country {
                    // "the French National Party" in an article about Egypt is France's, by its name;
                    // a "French Hospital" may stand anywhere.
                    guard kind == .partOf else { continue }
                    facts.note(EntityKey(kind: .country, name: named), surface: named)
                    facts.add(
                        FactRecord(
                            kind: .partOf, source: .entity(key),
                            target: .entity(EntityKey(kind: .country, name: named)),
                            sentence: sentence))
                    continue
                }
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
            guard let last = key.name.split(separator: " ").last?.lowercased() else { return nil }
            if lexicon.words.institutionHeads.contains(last) && lexicon.countryOfOrganization[key.name] == nil {
                return .locatedIn
            }
            return lexicon.words.nationalBodyHeads.contains(last) ? .partOf : nil
        case .place:
            return lexicon.countryOfPlace[key.name] == nil && !lexicon.placesOfNoCountry.contains(key.name)
                ? .locatedIn : nil
        default:
            return nil
        }
    }

    /// The country whose name or demonym opens a longer name ("Chinese"
    /// in "Chinese National Party", "Lao" in "Lao People's Revolutionary
    /// Party"), if one does.
    func countryOpening(_ name: String) -> String? {
        let words = name.split(separator: " ").map { Tokenizer.lowercased(String($0)) }
        for (length, senses) in lexicon.matches(words, from: 0) where length < words.count {
            for sense in senses {
                switch sense {
                case .country(let country), .demonym(let country): return country
                default: continue
                }
            }
        }
        return nil
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
}
