extension Tokenizer {
    /// The token for `scalars[start..<end]`, with its lower-case form and
    /// the shape flags the recognizers test.
    @inline(__always)
    static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        let first = scalars[start]
        var letters = 0
        var upper = 0
        var word = false
        var ascii = true
        for scalar in scalars[start..<end] {
            if scalar.value >= 0x80 { ascii = false }
            if isLetter(scalar) {
                letters += 1
                if isUppercase(scalar) { upper += 1 }
                word = true
            } else if isDigit(scalar) {
                word = true
            }
        }
        let text: String
        let lower: String
        if ascii {
            // Both spellings straight from the scalars, without scanning the text again.
            text = String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in 0..<(end - start) {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value)
                }
                return end - start
            }
            lower =
                upper == 0
                ? text
                : String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) {
                        let byte = UInt8(truncatingIfNeeded: scalars[start + offset].value)
                        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    }
                    return end - start
                }
        } else {
            text = PreparedText.string(scalars[start..<end])
            lower = lowercased(text)
        }
        return Token(
            start: start, end: end, text: text, lower: lower, isCapitalized: isUppercase(first), isWord: word,
            isAllCaps: letters >= 2 && upper == letters)
    }

    /// The end of the word that starts at `start` (a letter or digit): it
    /// runs on through letters and digits, an apostrophe inside a word
    /// ("O'Brien", not a possessive "'s"), a hyphen before a letter or digit,
    /// a comma or point between digits, and the points of an initialism
    /// ("U.S.").
    @inline(__always)
    static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, limit count: Int) -> Int {
        var index = start + 1
        while index < count {
            let current = scalars[index]
            if isLetter(current) || isDigit(current) {
                index += 1
                continue
            }
            let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil
            if current == "'", let next, isLetter(next) {
                let after: Unicode.Scalar? = index + 2 < count ? scalars[index + 2] : nil
                if (next == "s" || next == "S") && (after == nil || !isLetter(after!)) { break }
                index += 1
                continue
            }
            if current == "-", let next, isLetter(next) || isDigit(next) {
                index += 1
                continue
            }
            if (current == "," || current == "."), let next, isDigit(next), isDigit(scalars[index - 1]) {
                index += 1
                continue
            }
            if current == ".", let next, isLetter(next), isInitialism(scalars, start, index) {
                index += 1
                continue
            }
            if current == ".", isInitialism(scalars, start, index), index - start >= 3 {
                index += 1
            }
            break
        }
        return index
    }
}
