import Dossier

/// "The ministry denied the report": the subject denies; what is denied is
/// tied at the end of the document (an event of the same sentence, else a
/// reported event the denier took part in).
struct DenialRule: EventRule {
    var kind: Lexicon.EventKind { .denial }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        guard let denier = trigger.subject else { return [] }
        var event = EventRecord(
            kind: .denial, date: sentence.date(of: trigger.unit), sentences: [sentence.index])
        event.add(denier, role: "agent", sentence: sentence.index)
        return [.denial(event, denier: denier)]
    }
}
