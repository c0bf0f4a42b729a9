import Dossier

/// A rule that reads one kind of relation a sentence states around one of
/// its units: "his British passport" (citizenship), "Pakistan's ally
/// Turkey" (alliance), "pressure from X on Y".
protocol RelationRule: Sendable {
    /// A short name, for listings and tests.
    var name: String { get }
    /// The facts the sentence states around the unit at `position`; none
    /// when the unit is not the rule's.
    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord]
}

/// The standard relation rules, in the order they are tried.
enum RelationRules {
    /// Rules read at each entity, in order, before the trigger rules.
    static let perEntity: [any RelationRule] = [
        PassportCitizenship(), AppositiveCitizenship(), DemonymCity(), PossessiveAlly(), CounterpartRelation(),
    ]
    /// Rules read at each trigger, after every entity rule.
    static let perTrigger: [any RelationRule] = [Normalization(), Pressure()]
}

extension FactRecord {
    /// A fact between two entities, stated in `sentence`.
    init(
        _ kind: RelationKind, _ source: EntityKey, _ target: EntityKey, _ attributes: [String: String] = [:],
        in sentence: SentenceView
    ) {
        self.init(
            kind: kind, source: .entity(source), target: .entity(target), attributes: attributes,
            sentence: sentence.index)
    }
}
