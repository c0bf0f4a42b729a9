import Dossier

/// "the US-led Sea Breeze 2021 exercise": the exercise's proper name before
/// the trigger, its year as the date, and its organizer from "X-led",
/// "X-organized" or "X-hosted".
struct ExerciseRule: EventRule {
    var kind: Lexicon.EventKind { .exercise }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        guard let (label, organizer) = label(sentence.tokens, before: trigger.unit.start, sentence.analyzer.lexicon)
        else { return [] }
        var event = EventRecord(kind: .exercise, label: label, sentences: [sentence.index])
        if let year = label.split(separator: " ").last.flatMap({ Int($0) }), (1900...2100).contains(year) {
            event.date = String(year)
        }
        if let organizer { event.add(organizer, role: "organizer", sentence: sentence.index) }
        return [.event(event)]
    }

    /// The proper name of an exercise ("Sea Breeze 2021", "Red Flag") and
    /// its organizer.
    private func label(_ tokens: [Token], before position: Int, _ lexicon: Lexicon) -> (String, EntityKey?)? {
        var end = position
        var skipped = 0
        while end > 0, skipped < 2, !tokens[end - 1].isCapitalized, tokens[end - 1].isWord,
            !(tokens[end - 1].text.unicodeScalars.first.map(Tokenizer.isDigit) ?? false)
        {
            end -= 1
            skipped += 1
        }
        while end > 0 && tokens[end - 1].text == "\"" { end -= 1 }
        var start = end
        while start > 0,
            tokens[start - 1].isCapitalized
                || (tokens[start - 1].text.unicodeScalars.first.map(Tokenizer.isDigit) ?? false),
            !tokens[start - 1].text.contains("-")
        {
            start -= 1
        }
        guard start < end else { return nil }
        let label = tokens[start..<end].map(\.text).joined(separator: " ")
        var organizer: EntityKey?
        var look = start - 1
        while look >= 0 && look >= start - 3 {
            let word = tokens[look].text
            if let dash = word.firstIndex(of: "-"),
                lexicon.words.organizerSuffixes.contains(word[word.index(after: dash)...].lowercased())
            {
                organizer = lexicon.country(named: String(word[..<dash])) ?? organizer
            }
            look -= 1
        }
        return (label, organizer)
    }
}
