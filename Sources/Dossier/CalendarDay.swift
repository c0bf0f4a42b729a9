/// A day of the proleptic Gregorian calendar as a count of days from
/// 1970-01-01, for the arithmetic that relative dates need ("on Monday",
/// "yesterday") without a time zone or a locale.
struct CalendarDay: Hashable, Sendable {
    /// Days since 1970-01-01 (negative before).
    var number: Int

    /// The day `year`-`month`-`day`.
    init(year: Int, month: Int, day: Int) {
        // Years counted from March, so that the leap day ends a year.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// The day of an ISO date `yyyy-mm-dd`; nil for a shorter or other text.
    init?(iso: String) {
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
    func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The day of the week, 1 for Monday to 7 for Sunday.
    var weekday: Int {
        // 1970-01-01 was a Thursday.
        let offset = (number + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The day as `yyyy-mm-dd`.
    var iso: String {
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
}
