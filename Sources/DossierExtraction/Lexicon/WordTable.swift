/// Words and a number for each, in an open-addressed table keyed by the
/// FNV-1a hash of the word's bytes; a hit is confirmed by comparing words.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Int32]
    private let mask: Int

    init(_ entries: [String: Int]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        hashes = [UInt64](repeating: 0, count: capacity)
        words = [String](repeating: "", count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            let hash = FeatureHash.start.adding(word).value
            var slot = Int(truncatingIfNeeded: hash) & mask
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            words[slot] = word
            values[slot] = Int32(value)
        }
    }

    /// The number stored for `word`, if any.
    func value(of word: String) -> Int32? {
        let hash = FeatureHash.start.adding(word).value
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] >= 0 {
            if hashes[slot] == hash && words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
