import Dossier

extension DocumentAnalyzer {
    /// "Atiku Abubakar of the Peoples Democratic Party", "the Interior
    /// Ministry" in an article about one country: a party or an organ of
    /// state that no sentence ties to a country is the article's country's
    /// (`partOf`, `basis: context`), told where it is first named. `country`
    /// is the article's, from ``mainCountry(_:)``.
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
                guard case .entity(let key, _) = unit.kind, key.kind == .organization, !unit.isDemonym,
                    !owned.contains(key), seen.insert(key).inserted,
                    let last = key.name.split(separator: " ").last?.lowercased(),
                    lexicon.words.nationalBodyHeads.contains(last)
                else { continue }
                facts.add(
                    FactRecord(
                        kind: .partOf, source: .entity(key),
                        target: .entity(EntityKey(kind: .country, name: country)),
                        attributes: ["basis": "context"], sentence: sentence))
            }
        }
    }
}
