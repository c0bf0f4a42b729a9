import Dossier

extension DocumentAnalyzer {

    /// Reads each trigger of the sentence with its kind's rule from
    /// ``EventRules/byKind`` and gathers what they state; a sentence with a
    /// report verb and no source of its own speaks for the current source.
    func findEvents(_ sentence: SentenceView, events: inout EventCollector) {
        var explicitSource: EntityKey?
        for (position, unit) in sentence.units.enumerated() {
            guard case .trigger(let kind, let surface) = unit.kind, let rules = EventRules.byKind[kind] else {
                continue
            }
            let subject =
                nearPronounSubject(sentence.units, tokens: sentence.tokens, before: position)
                ?? sentence.subject(before: unit.start)
                ?? pronounSubject(sentence.units, before: position)
            let form = lexicon.triggerForms[Tokenizer.lowercased(surface)] ?? kind.rawValue
            let trigger = Trigger(position: position, unit: unit, surface: surface, subject: subject, form: form)
            for statement in rules.flatMap({ $0.statements(at: trigger, in: sentence) }) {
                switch statement {
                case .event(var event):
                    if event.joinsLastMeeting,
                        let last = events.events.last(where: { [.meeting, .talks].contains($0.kind) })
                    {
                        for party in last.participants {
                            event.add(party.entity, role: "participant", sentence: sentence.index)
                        }
                        if event.date == nil { event.date = last.date }
                    }
                    _ = events.add(event, sentence: sentence.index)
                case .denial(let event, let denier):
                    let index = events.add(event, sentence: sentence.index)
                    events.touched[sentence.index]?.remove(index)
                    events.denials.append((denier, index, sentence.index))
                case .resignation(let event, let person):
                    _ = events.add(event, sentence: sentence.index)
                    events.resigned.append(person)
                case .message(let message):
                    events.messages.append(message)
                case .source(let source):
                    explicitSource = source
                }
            }
        }
        if let explicitSource {
            events.currentSource = explicitSource
            events.reports.append((explicitSource, sentence.index))
        } else if let source = events.currentSource,
            sentence.tokens.contains(where: { lexicon.words.reportWords.contains($0.lower) })
        {
            events.reports.append((source, sentence.index))
        }
    }

    /// Offices stand for their holders; keep an office only when nobody
    /// named holds it.
    static func preferPeople(_ keys: [EntityKey]) -> [EntityKey] {
        keys.filter { $0.kind != .office }
            + keys.filter { $0.kind == .office && !keys.contains(where: { $0.kind == .person }) }
    }

    /// "days after he accused X": a subject pronoun just before the trigger
    /// (an adverb or auxiliary between at most) is its subject, not a name
    /// earlier in the sentence.
    private func nearPronounSubject(_ units: [Unit], tokens: [Token], before position: Int) -> EntityKey? {
        guard position > 0, case .pronoun(let key?) = units[position - 1].kind,
            ["he", "she"].contains(tokens[units[position - 1].start].lower),
            units[position].start - units[position - 1].end <= 1
        else { return nil }
        return key
    }

    private func pronounSubject(_ units: [Unit], before position: Int) -> EntityKey? {
        for unit in units[..<position] {
            if case .pronoun(let key?) = unit.kind { return key }
        }
        return nil
    }
}
