import Dossier

/// "The minister resigned on Friday": a person subject leaves office; their
/// holdings in the document become former ones.
struct ResignationRule: EventRule {
    var kind: Lexicon.EventKind { .resignation }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        guard let person = trigger.subject, person.kind == .person else { return [] }
        var event = EventRecord(
            kind: .resignation, date: sentence.date(of: trigger.unit), sentences: [sentence.index])
        event.add(person, role: "agent", sentence: sentence.index)
        return [.resignation(event, person: person)]
    }
}
