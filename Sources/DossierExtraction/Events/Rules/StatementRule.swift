import Dossier

/// "Kuleba welcomed the decision in a statement", "Ruto said on Wednesday
/// that …", "Okello told reporters …": what someone says is a statement,
/// with the speaker (the clause's subject, a person or an organization) as
/// its agent; what they say "in a report" is a report.
struct StatementRule: EventRule {
    var kind: Lexicon.EventKind { .statement }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        // "The commission said in a report that …": what a body publishes is a report.
        let isReport = trigger.form == "report-phrase"
        guard let speaker = trigger.subject, DocumentAnalyzer.actorKinds.contains(speaker.kind),
            // "welcomed the decision in a statement": the words before a phrase are no speaker.
            trigger.form == "statement-phrase" || isReport
                || !Self.hasUnnamedSpeaker(before: trigger.unit, in: sentence)
        else { return [] }
        // "said on Wednesday that …": a date right after the verb is the saying's;
        // one later in the sentence belongs to what was said.
        let end = trigger.unit.end
        let date = sentence.dates.first { $0.start >= end && $0.start <= end + 2 }?.value
        var event = EventRecord(kind: isReport ? .report : .statement, date: date, sentences: [sentence.index])
        event.add(speaker, role: "agent", sentence: sentence.index)
        return [.event(event)]
    }

    /// "…, the ministry said", "the presidential palace said", "officials said": a speaker the text does not
    /// name stands right before the verb, so the clause's named subject did not say it.
    static func hasUnnamedSpeaker(before unit: Unit, in sentence: SentenceView) -> Bool {
        let position = unit.start - 1
        guard position >= 1, !sentence.units.contains(where: { $0.start <= position && position < $0.end }) else {
            return false
        }
        let word = sentence.tokens[position]
        guard word.isWord, !word.isCapitalized, !Grammar.passiveAuxiliaries.contains(word.lower), word.lower != "has"
        else { return false }
        if word.lower.hasSuffix("s") && !word.lower.hasSuffix("ss") { return true }
        // "rejected the result and said": a conjunction joins a second verb of the same subject.
        if Grammar.conjunctions.contains(word.lower) { return false }
        // "the ministry said", "the presidential palace said": up to two describing words after the determiner.
        for before in stride(from: position - 1, through: max(0, position - 3), by: -1) {
            let token = sentence.tokens[before]
            if Grammar.determiners.contains(token.lower) || Grammar.possessivePronouns.contains(token.lower) {
                return true
            }
            guard token.isWord, !token.isCapitalized, !Grammar.prepositions.contains(token.lower),
                !sentence.units.contains(where: { $0.start <= before && before < $0.end })
            else { return false }
        }
        return false
    }
}
