/// The merged events of a build, found by bucket (type and main
/// participant) and date, so that a new event is compared only with those it
/// could be: the undated ones of its bucket and those whose date agrees with
/// its own (one a prefix of the other). Comparing with every event of a
/// bucket grew with the square of the articles about one person.
struct EventIndex {
    /// Every event of a bucket, for an undated newcomer.
    private var all: [String: Set<Int>] = [:]
    /// The undated events of a bucket.
    private var undated: [String: Set<Int>] = [:]
    /// Events by bucket and each prefix of their date ("2020", "2020-11", "2020-11-05").
    private var underDate: [String: Set<Int>] = [:]
    /// Events by bucket and their whole date.
    private var exactDate: [String: Set<Int>] = [:]

    /// The prefixes of an ISO date, shortest first: "2020", "2020-11", "2020-11-05".
    static func prefixes(of date: String) -> [String] {
        var result: [String] = []
        var current = ""
        for part in date.split(separator: "-", omittingEmptySubsequences: false) {
            current += current.isEmpty ? String(part) : "-" + part
            result.append(current)
        }
        return result
    }

    /// The events that may be the same as one in `buckets` dated `date`, in
    /// the order they were made.
    func candidates(buckets: [String], date: String?) -> [Int] {
        var found = Set<Int>()
        for bucket in buckets {
            guard let date, !date.isEmpty else {
                found.formUnion(all[bucket] ?? [])
                continue
            }
            found.formUnion(undated[bucket] ?? [])
            let prefixes = Self.prefixes(of: date)
            found.formUnion(underDate[bucket + "|" + date] ?? [])
            for prefix in prefixes.dropLast() { found.formUnion(exactDate[bucket + "|" + prefix] ?? []) }
        }
        return found.sorted()
    }

    /// Files event `number` under `buckets` with its current `date`; filing
    /// it again after its date grew is allowed (the older entries stay, and
    /// the comparison that follows a look-up tells them apart).
    mutating func insert(_ number: Int, buckets: [String], date: String?) {
        for bucket in buckets {
            all[bucket, default: []].insert(number)
            guard let date, !date.isEmpty else {
                undated[bucket, default: []].insert(number)
                continue
            }
            for prefix in Self.prefixes(of: date) { underDate[bucket + "|" + prefix, default: []].insert(number) }
            exactDate[bucket + "|" + date, default: []].insert(number)
        }
    }
}
