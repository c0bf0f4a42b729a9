/// Finds the names closest to one that matched nothing, for "did you mean".
public enum NameMatching {
    /// Up to `limit` of `candidates` closest to `name`, closest first: names
    /// that contain it or start alike come before others, then by edit
    /// distance, then alphabetically. Names much further than the name's own
    /// length are left out.
    ///
    /// - Complexity: O(*k* · *a* · *b*) for *k* candidates of lengths *a*, *b*.
    public static func closest(to name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let query = Array(name.lowercased())
        var scored: [(score: Int, name: String)] = []
        for candidate in Set(candidates) {
            let lowered = candidate.lowercased()
            var score = distance(query, Array(lowered))
            if lowered.contains(String(query)) || String(query).contains(lowered) { score = min(score, 1) }
            if score <= max(2, query.count / 2) { scored.append((score, candidate)) }
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
    }

    /// The Levenshtein distance between two character arrays.
    static func distance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (row, left) in lhs.enumerated() {
            current[0] = row + 1
            for (column, right) in rhs.enumerated() {
                current[column + 1] = min(
                    previous[column + 1] + 1, current[column] + 1, previous[column] + (left == right ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
