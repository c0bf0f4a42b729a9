import Dossier

/// Who the sentence's events are attributed to: "according to X", "a report
/// from X", or an organization or person right before "reported"/"said"
/// (a "newspaper", "daily", "agency" or "paper" may stand between).
struct ReportRule: EventRule {
    var kind: Lexicon.EventKind { .report }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let unit = trigger.unit
        let tokens = sentence.tokens
        if trigger.form == "named-source" {
            let source = sentence.firstEntity(after: unit.end, within: 4, kinds: DocumentAnalyzer.actorKinds)
            return source.map { [.source($0)] } ?? []
        }
        guard let previous = sentence.units[..<trigger.position].last(where: { $0.end <= unit.start }),
            previous.end >= unit.start - 1
                || (previous.end == unit.start - 2
                    && sentence.words.sourceNouns.contains(tokens[unit.start - 1].lower)),
            let source = previous.entity, [.organization, .person].contains(source.kind)
        else { return [] }
        return [.source(source)]
    }
}
