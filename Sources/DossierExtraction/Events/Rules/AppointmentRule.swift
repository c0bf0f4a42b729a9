import Dossier

/// "Ruto appointed Mary Wanjiku as ambassador": the subject appoints the
/// first other person after the trigger.
struct AppointmentRule: EventRule {
    var kind: Lexicon.EventKind { .appointment }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let unit = trigger.unit
        guard let appointer = trigger.subject,
            let appointee = sentence.units.first(where: {
                $0.start >= unit.end && $0.entity?.kind == .person && $0.entity != appointer
            })?.entity
        else { return [] }
        var event = EventRecord(kind: .appointment, date: sentence.date(of: unit), sentences: [sentence.index])
        event.add(appointee, role: "subject", sentence: sentence.index)
        event.add(appointer, role: "agent", sentence: sentence.index)
        return [.event(event)]
    }
}
