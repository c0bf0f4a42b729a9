/// A day of the proleptic Gregorian calendar as a count of days from
/// 1970-01-01, for the arithmetic that relative dates need ("on Monday",
/// "yesterday", "last week") without a time zone or a locale, and for
/// ordering ISO week dates (`2004-W49`) among calendar dates.
public struct CalendarDay: Hashable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public var number: Int

    /// The day `year`-`month`-`day`.
    public init(year: Int, month: Int, day: Int) {
        // Years counted from March, so that the leap day ends a year.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// The day of an ISO date `yyyy-mm-dd`; nil for a shorter or other text.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard iso.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private init(number: Int) {
        self.number = number
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The day of the week, 1 for Monday to 7 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        let offset = (number + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The day as `yyyy-mm-dd`.
    public var iso: String {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The ISO 8601 week the day falls in, `yyyy-Www` (the year is the one
    /// its Thursday falls in, so 2024-12-30 is in `2025-W01`).
    public var isoWeek: String {
        let thursday = adding(days: 4 - weekday)
        let year = Int(thursday.iso.prefix(while: { $0 != "-" })) ?? 1970
        let week = (thursday.number - CalendarDay(year: year, month: 1, day: 1).number) / 7 + 1
        return "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
    }

    /// The Monday of an ISO week date `yyyy-Www`; nil for other text.
    public init?(isoWeek text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("W"), let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
            (1...53).contains(week)
        else { return nil }
        // January 4 is always in week 1.
        let fourth = CalendarDay(year: year, month: 1, day: 4)
        self = fourth.adding(days: 1 - fourth.weekday + (week - 1) * 7)
    }

    /// A key that orders event dates as time runs: a week date sorts as its
    /// Monday; other dates (`2020`, `2020-11`, `2020-11-03`) as written.
    public static func sortKey(_ date: String) -> String {
        CalendarDay(isoWeek: date)?.iso ?? date
    }
}
