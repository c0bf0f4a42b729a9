import Dossier

/// Finds dates: "September 1, 2005", "1 September 2005", "November 2020",
/// "in 2005", and relative ones ("last November", "May 17 this year",
/// "on Monday"), resolved against the document's date when it has one.
struct DateRecognizer: Sendable {
    let lexicon: Lexicon
    /// The document's date, `yyyy-mm-dd` or `yyyy-mm` or `yyyy`, when known.
    var documentDate: String?

    /// Whether a month's name is someone's given name here: a given name
    /// ("Jan", "June", "April") before a capitalized word that is no number,
    /// and not after a preposition of time ("in June Parliament voted").
    static func isGivenName(_ token: Token, before: Token?, after: Token?, _ lexicon: Lexicon) -> Bool {
        guard let after, after.isCapitalized, token.isCapitalized, !token.isAllCaps,
            lexicon.givenNames.contains(token.lower),
            let first = after.text.unicodeScalars.first, !Tokenizer.isDigit(first)
        else { return false }
        if let before,
            Grammar.yearPrepositions.contains(before.lower) || ["on", "last", "next", "this"].contains(before.lower)
        {
            return false
        }
        return !lexicon.senses(of: after).contains {
            if case .month = $0 { true } else if case .weekday = $0 { true } else { false }
        }
    }

    func mentions(in sentence: Sentence) -> [Mention] {
        let tokens = sentence.tokens
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            if let (mention, next) = date(at: index, tokens) {
                found.append(mention)
                index = next
            } else if let mention = relativeDay(at: index, tokens) ?? relativePeriod(at: index, tokens) {
                found.append(mention)
                index = mention.end
            } else {
                index += 1
            }
        }
        return found
    }

    private func month(_ token: Token) -> Int? {
        guard token.isCapitalized else { return nil }
        for sense in lexicon.senses(of: token) {
            if case .month(let number) = sense { return number }
        }
        return nil
    }

    private func year(_ token: Token) -> Int? {
        guard token.text.utf8.count == 4, let value = Int(token.text), (1800...2100).contains(value) else { return nil }
        return value
    }

    private func day(_ token: Token) -> Int? {
        guard let first = token.text.utf8.first, first >= 0x30 && first <= 0x39, token.text.utf8.count <= 4 else {
            return nil
        }
        var text = token.lower
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
        guard let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    private func date(at index: Int, _ tokens: [Token]) -> (Mention, Int)? {
        let token = tokens[index]
        // Every date starts with a capitalized word (a month, a weekday) or a number.
        guard let first = token.text.utf8.first, token.isCapitalized || (first >= 0x30 && first <= 0x39) else {
            return nil
        }
        func make(_ end: Int, _ iso: String) -> (Mention, Int) {
            let surface = tokens[index..<end].map(\.text).joined(separator: " ")
            // "February 30": a day the month does not have dates nothing.
            if iso.count == 10, CalendarDay(iso: iso)?.iso != iso {
                var mention = Mention(kind: .date, start: index, end: end, name: "", surface: surface)
                mention.isImpossible = true
                return (mention, end)
            }
            return (Mention(kind: .date, start: index, end: end, name: iso, surface: surface), end)
        }
        func at(_ position: Int) -> Token? { position < tokens.count ? tokens[position] : nil }
        let previous = index > 0 ? tokens[index - 1].lower : ""
        if let monthNumber = month(token) {
            guard isMonth(at: index, tokens) else { return nil }
            var position = index + 1
            // "Nov. 30": the abbreviation's point stands between month and day.
            if at(position)?.text == ".", at(position)?.start == token.end, at(position + 1).flatMap(day) != nil {
                position += 1
            }
            var dayNumber: Int?
            if let next = at(position), let value = day(next), next.text.count <= 4, year(next) == nil {
                dayNumber = value
                position += 1
                if at(position)?.text == "," { position += 1 }
            }
            if let next = at(position), let yearNumber = year(next) {
                return make(position + 1, iso(yearNumber, monthNumber, dayNumber))
            }
            let end = dayNumber != nil ? (at(position - 1)?.text == "," ? position - 1 : position) : index + 1
            if ["this", "last", "next"].contains(at(end)?.lower ?? ""), at(end + 1)?.lower == "year" {
                let offset = at(end)!.lower == "this" ? 0 : at(end)!.lower == "last" ? -1 : 1
                return make(end + 2, resolve(yearOffset: offset, month: monthNumber, day: dayNumber))
            }
            if ["last", "next", "this"].contains(previous) {
                return (
                    Mention(
                        kind: .date, start: index - 1, end: end, name: resolveRelativeMonth(previous, monthNumber),
                        surface: tokens[(index - 1)..<end].map(\.text).joined(separator: " ")), end
                )
            }
            return make(end, resolve(yearOffset: 0, month: monthNumber, day: dayNumber))
        }
        if let value = day(token), token.text.count <= 4, year(token) == nil, let next = at(index + 1),
            let monthNumber = month(next),
            let after = at(index + 2), let yearNumber = year(after)
        {
            return make(index + 3, iso(yearNumber, monthNumber, value))
        }
        if let yearNumber = year(token), Grammar.yearPrepositions.contains(previous) || at(index + 1)?.text == "," {
            return make(index + 1, String(yearNumber))
        }
        if lexicon.isWeekday(token) { return weekdayDate(at: index, tokens) }
        return nil
    }

    /// Whether the month word at `index` names a month here: not the verb
    /// "may", not a given name ("June Carter").
    private func isMonth(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1].lower : ""
        if token.lower == "may"
            && !(next.flatMap(day) != nil || next.flatMap(year) != nil
                || Grammar.yearPrepositions.contains(previous)
                || ["this", "last", "next"].contains(next?.lower ?? ""))
        {
            return false
        }
        return !Self.isGivenName(token, before: index > 0 ? tokens[index - 1] : nil, after: next, lexicon)
    }

    /// A weekday, with "last" or "next" before it taken in; its date is
    /// left empty when a date follows it ("Tuesday, November 30, 2004": that
    /// date speaks).
    private func weekdayDate(at index: Int, _ tokens: [Token]) -> (Mention, Int) {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1].lower : ""
        // "Tuesday, November 30, 2004" or "Tuesday 30 November": the date that follows speaks;
        // "on Sunday, the ministry said" is the weekday's own.
        let afterComma = index + 2 < tokens.count && next?.text == "," ? tokens[index + 2] : nil
        let dateFollows =
            next.flatMap(month) != nil || next.flatMap(day) != nil || afterComma.flatMap(month) != nil
            || afterComma.flatMap(day) != nil
        let name = dateFollows ? "" : resolve(weekday: token, after: previous, ahead: isAhead(before: index, tokens))
        let start = previous == "last" || previous == "next" ? index - 1 : index
        let surface = tokens[start...index].map(\.text).joined(separator: " ")
        return (Mention(kind: .date, start: start, end: index + 1, name: name, surface: surface), index + 1)
    }

    /// Whether the weekday at `index` is in a clause that looks ahead: "will
    /// meet … on Friday", "is due to sign on Monday" (without "last" or
    /// "next" before the weekday, which speak for themselves).
    private func isAhead(before index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, !["last", "next"].contains(tokens[index - 1].lower) else { return false }
        for position in stride(from: index - 1, through: max(0, index - 12), by: -1) {
            let word = tokens[position].lower
            if Grammar.speechVerbs.contains(word) || Grammar.clauseBoundaries.contains(word) { return false }
            if word == "will" { return true }
            if word == "to", position > 0, Grammar.futureLeads.contains(tokens[position - 1].lower) { return true }
        }
        return false
    }

    /// A weekday as news uses it: "on Monday" is the last Monday up to the
    /// document's date, "last Monday" the one before it, "next Monday" the
    /// one after, and in a clause that looks ahead ("will meet on Friday")
    /// the first one from the document's date on; empty (unknown) without a
    /// document date of a day.
    private func resolve(weekday token: Token, after previous: String, ahead: Bool) -> String {
        guard let today = documentDay,
            let weekday = Grammar.weekdayNumbers[String(token.lower.prefix(3))]
        else { return "" }
        let back = (today.weekday - weekday + 7) % 7
        if ahead { return today.adding(days: back == 0 ? 0 : 7 - back).iso }
        switch previous {
        case "next": return today.adding(days: back == 0 ? 7 : 7 - back).iso
        case "last": return today.adding(days: back == 0 ? -7 : -back).iso
        default: return today.adding(days: -back).iso
        }
    }

    func iso(_ year: Int, _ month: Int, _ day: Int?) -> String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-" + (day < 10 ? "0\(day)" : "\(day)")
    }

    /// The document's date when it names a day.
    var documentDay: CalendarDay? { documentDate.flatMap(CalendarDay.init(iso:)) }

    var documentYear: Int? { documentDate.flatMap { Int($0.prefix(4)) } }
    var documentMonth: Int? {
        guard let documentDate, documentDate.count >= 7 else { return nil }
        return Int(documentDate.dropFirst(5).prefix(2))
    }

    /// A month (and day) in the document's year plus `yearOffset`; empty
    /// (unknown) when the document has no date.
    private func resolve(yearOffset: Int, month: Int, day: Int?) -> String {
        guard let year = documentYear else { return "" }
        return iso(year + yearOffset, month, day)
    }

    private func resolveRelativeMonth(_ word: String, _ month: Int) -> String {
        guard let year = documentYear else { return "" }
        let current = documentMonth ?? 12
        switch word {
        case "last": return iso(month < current ? year : year - 1, month, nil)
        case "next": return iso(month > current ? year : year + 1, month, nil)
        default: return iso(year, month, nil)
        }
    }
}
