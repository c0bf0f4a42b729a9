import Dossier

extension DocumentAnalyzer {
    /// Relations that are not events — citizenship, location, alliances,
    /// counterparts, pressure and normalised relations — by
    /// ``RelationRules/perEntity`` at each unit, then
    /// ``RelationRules/perTrigger``.
    func findRelations(_ sentence: SentenceView, facts: inout DocumentFacts) {
        for pass in RelationRules.passes {
            for (position, unit) in sentence.units.enumerated() {
                guard let anchor = RelationAnchor(unit), let rules = pass[anchor] else { continue }
                for rule in rules {
                    for fact in rule.facts(at: position, in: sentence) { facts.add(fact) }
                }
            }
        }
    }
}
