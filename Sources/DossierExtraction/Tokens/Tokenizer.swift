/// A word or punctuation mark with its place in the prepared text.
struct Token: Sendable {
    /// Offset of the first character.
    var start: Int
    /// Offset just past the last character.
    var end: Int
    /// The token as written.
    var text: String
    /// The token in lower case.
    var lower: String
    /// Whether the first character is an upper-case letter.
    var isCapitalized: Bool
    /// Whether the token holds a letter or digit.
    var isWord: Bool
    /// Whether every letter is upper case (and there are at least two).
    var isAllCaps: Bool
    /// The lexicon's node for this word, filled by ``Lexicon/annotate(_:)``:
    /// -1 when the lexicon has no phrase starting with it, -2 when not known
    /// yet (then look-ups hash the word).
    var lexiconNode: Int32 = -2
}

/// A sentence: its tokens and where it stands in the prepared text.
struct Sentence: Sendable {
    var tokens: [Token]
    var start: Int
    var end: Int
}

/// Cuts prepared text into sentences and tokens, keeping offsets.
///
/// Abbreviations (Gen., Mr., Dr., U.S., Jan.) do not end sentences; line
/// breaks do unless the next line goes on in lower case; a sentence longer
/// than ``maximumTokens`` is cut, so work per sentence stays bounded.
enum Tokenizer {
    /// The longest sentence kept whole, in tokens.
    static let maximumTokens = 250

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "brig", "sgt", "st", "no", "prof", "sen",
        "rep", "gov", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "approx", "dept", "est", "fig", "e.g",
        "i.e",
    ]

    /// The words of a short phrase, lower-cased, as the tokenizer cuts them.
    static func words(of phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return sentences(in: scalars).flatMap { $0.tokens.map(\.lower) }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// `text` in lower case; ASCII text without a trip through Unicode tables.
    static func lowercased(_ text: String) -> String {
        var ascii = true
        var changed = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { changed = true }
        }
        guard ascii else { return text.lowercased() }
        guard changed else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var position = 0
            for byte in text.utf8 {
                buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                position += 1
            }
            return position
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Sentences of the text.
    static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var index = range?.lowerBound ?? 0
        let count = range?.upperBound ?? scalars.count
        var lineBreakBefore = false
        var lineBreaks = 0

        func flush() {
            guard !tokens.isEmpty else { return }
            sentences.append(Sentence(tokens: tokens, start: tokens[0].start, end: tokens[tokens.count - 1].end))
            tokens.removeAll(keepingCapacity: true)
        }

        func append(_ start: Int, _ end: Int) {
            tokens.append(token(scalars, start, end))
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" || isSpace(scalar) {
                if scalar == "\n" {
                    lineBreakBefore = true
                    lineBreaks += 1
                }
                index += 1
                continue
            }
            if lineBreakBefore {
                lineBreakBefore = false
                if !tokens.isEmpty && (lineBreaks >= 2 || !(isLetter(scalar) && isLowercase(scalar))) {
                    flush()
                }
            }
            lineBreaks = 0
            let start = index
            if isLetter(scalar) || isDigit(scalar) {
                index = wordEnd(scalars, from: start, limit: count)
                append(start, index)
            } else if scalar == "'", index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                index + 2 >= count || !isLetter(scalars[index + 2]), index > 0, isLetter(scalars[index - 1])
            {
                index += 2
                append(start, index)
            } else {
                index += 1
                append(start, index)
                if scalar == "." || scalar == "!" || scalar == "?" {
                    if endsSentence(scalars, at: index, tokens: tokens) { flush() }
                }
            }
            if tokens.count >= maximumTokens { flush() }
        }
        flush()
        return sentences
    }

    /// Whether `scalars[start..<end]` is single letters joined by dots (U.S).
    static func isInitialism(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var expectLetter = true
        for scalar in scalars[start..<end] {
            if expectLetter {
                guard isLetter(scalar) else { return false }
            } else {
                guard scalar == "." else { return false }
            }
            expectLetter.toggle()
        }
        return true
    }

    /// Whether the mark just added ends the sentence: not after an
    /// abbreviation, and followed by a capital, a digit, a quote or the end.
    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int, tokens: [Token]) -> Bool {
        if tokens.count >= 2 {
            let previous = tokens[tokens.count - 2]
            if previous.end == tokens[tokens.count - 1].start && abbreviations.contains(previous.lower) { return false }
            if previous.end == tokens[tokens.count - 1].start && previous.text.count == 1 && previous.isCapitalized {
                return false
            }
        }
        var next = index
        while next < scalars.count
            && (scalars[next] == " " || scalars[next] == "\"" || scalars[next] == "'" || scalars[next] == ")")
        {
            next += 1
        }
        guard next < scalars.count else { return true }
        let scalar = scalars[next]
        if scalar == "\n" { return true }
        return isUppercase(scalar) || isDigit(scalar) || scalar == "\"" || !isLetter(scalar)
    }
}
