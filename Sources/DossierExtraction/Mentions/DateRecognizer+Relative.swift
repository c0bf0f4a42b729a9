import Dossier

// MARK: - Days and periods counted from the document's date

extension DateRecognizer {
    /// "yesterday", "today": the day before the document's date, or that day.
    func relativeDay(at index: Int, _ tokens: [Token]) -> Mention? {
        let token = tokens[index]
        let offset: Int
        switch token.lower {
        case "yesterday": offset = -1
        case "today": offset = 0
        default: return nil
        }
        guard let day = documentDay else { return nil }
        return Mention(
            kind: .date, start: index, end: index + 1, name: day.adding(days: offset).iso, surface: token.text)
    }

    /// "this week", "last month", "earlier this year", "later this week":
    /// the ISO week, the month or the year, counted from the document's date.
    func relativePeriod(at index: Int, _ tokens: [Token]) -> Mention? {
        // Asked at every word: "this", "last", "next", "past", "earlier", "later" start with these letters.
        guard let first = tokens[index].lower.utf8.first, [0x74, 0x6C, 0x6E, 0x70, 0x65].contains(first) else {
            return nil
        }
        var cursor = index
        if ["earlier", "later"].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor + 1 < tokens.count, let day = documentDay, let year = documentYear, let month = documentMonth
        else { return nil }
        // "over the last year", "for the past month": a span, not a date.
        if index > 0, ["the", "over", "for", "during", "within"].contains(tokens[index - 1].lower) { return nil }
        let step: Int
        switch tokens[cursor].lower {
        case "this": step = 0
        case "last", "past": step = -1
        case "next": step = 1
        default: return nil
        }
        // "earlier next week" is no phrase; "earlier" and "later" go with "this".
        if cursor != index && step != 0 { return nil }
        let name: String
        switch tokens[cursor + 1].lower {
        case "week": name = day.adding(days: 7 * step).isoWeek
        case "month":
            // Months counted from zero, so that December of last year and January of next fall out.
            let counted = year * 12 + (month - 1) + step
            name = iso(counted / 12, counted % 12 + 1, nil)
        case "year": name = String(year + step)
        default: return nil
        }
        let surface = tokens[index...(cursor + 1)].map(\.text).joined(separator: " ")
        return Mention(kind: .date, start: index, end: cursor + 2, name: name, surface: surface)
    }
}
