import Dossier

/// A rule that reads one kind of relation a sentence states around one of
/// its units: "his British passport" (citizenship), "Pakistan's ally
/// Turkey" (alliance), "pressure from X on Y".
protocol RelationRule: Sendable {
    /// A short name, for listings and tests.
    var name: String { get }
    /// The units the rule reads at; it is not asked about any other.
    var anchor: RelationAnchor { get }
    /// The facts the sentence states around the unit at `position`; none
    /// when the unit is not the rule's.
    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord]
}

/// The units a relation rule reads at: a named entity of one kind
/// (demonyms included, pronouns not), or a trigger of one kind.
enum RelationAnchor: Hashable, Sendable {
    /// A unit naming an entity of this kind.
    case entity(EntityKind)
    /// A trigger unit of this kind.
    case trigger(Lexicon.EventKind)

    /// The anchor `unit` offers, if any.
    init?(_ unit: Unit) {
        switch unit.kind {
        case .entity(let key, _): self = .entity(key.kind)
        case .trigger(let kind, _): self = .trigger(kind)
        default: return nil
        }
    }
}

/// The standard relation rules, in the order they are tried.
enum RelationRules {
    /// Rules read at each entity, in order, before the trigger rules.
    static let perEntity: [any RelationRule] = [
        PassportCitizenship(), AppositiveCitizenship(), BirthplaceCitizenship(), RoleAppositive(), DemonymCity(),
        PlaceInPlace(), PlaceInPlace(kind: .organization),
        BracketedCountry(kind: .place), BracketedCountry(kind: .organization), PossessiveAlly(), AppositiveAlly(),
        CounterpartRelation(),
        DiplomaticRelation(), EnvoyPosting(kind: .country), EnvoyPosting(kind: .place), LedBy(),
    ]
    /// Rules read at each trigger, after every entity rule.
    static let perTrigger: [any RelationRule] = [Normalization(), Pressure()]

    /// The passes over a sentence's units, in order: each pass's rules by
    /// their anchor, in list order, so a unit asks only the rules that read it.
    static let passes: [[RelationAnchor: [any RelationRule]]] = [perEntity, perTrigger].map {
        Dictionary(grouping: $0, by: \.anchor)
    }
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
