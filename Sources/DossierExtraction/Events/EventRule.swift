import Dossier

/// A rule that reads the events one kind of trigger states: "visited" with
/// a person before it and a place after it is a visit.
///
/// Rules are values in ``EventRules/standard``, one per trigger kind, so a
/// rule can be listed, replaced and tested on its own.
protocol EventRule: Sendable {
    /// The trigger kind the rule reads.
    var kind: Lexicon.EventKind { get }
    /// What the sentence states at `trigger`; nothing when the trigger's
    /// surroundings do not fit.
    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement]
}

/// A trigger unit of a sentence and the clause subject before it.
struct Trigger: Sendable {
    /// The trigger's index among the sentence's units.
    var position: Int
    /// The trigger's unit.
    var unit: Unit
    /// The words as written.
    var surface: String
    /// Who the clause before the trigger is about.
    var subject: EntityKey?
    /// What the trigger phrase is, from the lexicon (`event-triggers.tsv`'s
    /// third column): "signing", "named-source", "allegations" ….
    var form: String
}

/// What an event rule found.
enum EventStatement: Sendable {
    /// An event that happened.
    case event(EventRecord)
    /// Someone denies what the sentence (or an earlier report) tells.
    case denial(EventRecord, denier: EntityKey)
    /// Someone left office: their holdings become former ones.
    case resignation(EventRecord, person: EntityKey)
    /// A message carried by someone, joined to their visit at the end.
    case message(EventCollector.Message)
    /// The sentence names its source ("according to X", "X reported").
    case source(EntityKey)
}

/// The standard event rules, by trigger kind.
enum EventRules {
    /// The rules per trigger kind that make events (each reads the trigger
    /// forms it knows), then the action rules; pressure is read by the relation rules.
    static let standard: [any EventRule] =
        [
            VisitRule(), MeetingRule(), MessageRule(), DenialRule(), ReportRule(), AppointmentRule(),
            ResignationRule(), ExerciseRule(), DemandRule(), AgreementRule(), AccusationRule(), AllegationRule(),
            StatementRule(),
        ] + ActionRule.standard

    /// ``standard`` by kind, for the lookup per trigger; rules of one kind
    /// keep their order.
    static let byKind: [Lexicon.EventKind: [any EventRule]] = Dictionary(grouping: standard, by: \.kind)
}
