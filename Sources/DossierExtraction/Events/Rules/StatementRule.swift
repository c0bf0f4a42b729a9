import Dossier

/// "Kuleba welcomed the decision in a statement", "Ruto said on Wednesday
/// that …", "Okello told reporters …": what someone says is a statement,
/// with the speaker (the clause's subject, a person or an organization) as
/// its agent.
struct StatementRule: EventRule {
    var kind: Lexicon.EventKind { .statement }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        guard let speaker = trigger.subject, DocumentAnalyzer.actorKinds.contains(speaker.kind) else { return [] }
        // "said on Wednesday that …": a date right after the verb is the saying's;
        // one later in the sentence belongs to what was said.
        let end = trigger.unit.end
        let date = sentence.dates.first { $0.start >= end && $0.start <= end + 2 }?.value
        var event = EventRecord(kind: .statement, date: date, sentences: [sentence.index])
        event.add(speaker, role: "agent", sentence: sentence.index)
        return [.event(event)]
    }
}
