/// Text made ready for tokenizing: quotes, dashes and spaces normalised one
/// character for one, so offsets stay those of the input; page furniture
/// blanked out; HTML reduced to its text, with a map back to the source.
struct PreparedText: Sendable {
    /// The normalised characters.
    var scalars: [Unicode.Scalar]
    /// For HTML input, the source offset of each character; `nil` when the
    /// offsets are the source's own.
    var origin: [Int32]?
    /// The source characters, for quoting evidence as written.
    var source: [Unicode.Scalar]

    /// The source offset of a prepared offset.
    func sourceOffset(_ offset: Int) -> Int {
        guard let origin else { return offset }
        if offset >= origin.count { return source.count }
        return Int(origin[offset])
    }

    /// The source text between two prepared offsets.
    func sourceText(_ start: Int, _ end: Int) -> String {
        let from = sourceOffset(start)
        let to = end >= scalars.count ? source.count : (origin == nil ? end : sourceOffset(end - 1) + 1)
        return Self.string(source[from..<max(from, min(to, source.count))])
    }

    /// A string of scalars, built through UTF-8 (much faster than appending scalars).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var position = 0
                for scalar in scalars {
                    buffer[position] = UInt8(truncatingIfNeeded: scalar.value)
                    position += 1
                }
                return position
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 8)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Normalises text, blanks furniture lines and strips HTML.
struct TextPreparer: Sendable {
    /// Line openings that mark page furniture (lower case).
    var furniture: [String]

    /// The text's scalars, decoded once: the count comes from the UTF-8
    /// bytes (every byte that does not continue a scalar starts one).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                if count == bytes.count {
                    for index in 0..<count { buffer[index] = Unicode.Scalar(bytes[index]) }
                } else {
                    var index = 0
                    for scalar in text.unicodeScalars {
                        buffer[index] = scalar
                        index += 1
                    }
                }
                initialized = count
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }

    /// Prepares plain text.
    func prepare(_ text: String) -> PreparedText {
        let source = Self.scalars(of: text)
        var scalars = source.map(Self.normalise)
        Self.markSpacedDashes(&scalars, source: source)
        blankFurniture(&scalars)
        return PreparedText(scalars: scalars, origin: nil, source: source)
    }

    /// Prepares HTML: scripts, styles and navigation dropped, tags turned into
    /// spaces or line breaks, entities decoded.
    func prepareHTML(_ html: String) -> PreparedText {
        let source = Self.scalars(of: html)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int32] = []
        scalars.reserveCapacity(source.count / 2)
        origin.reserveCapacity(source.count / 2)
        let skipped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg"]
        let blocks: Set<String> = [
            "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote",
            "title",
        ]
        var index = 0
        var skipUntil: String?
        while index < source.count {
            let scalar = source[index]
            if scalar == "<" {
                var close = index + 1
                while close < source.count && source[close] != ">" { close += 1 }
                let inside = String(String.UnicodeScalarView(source[(index + 1)..<min(close, source.count)]))
                    .lowercased()
                let isEnd = inside.hasPrefix("/")
                let name = String(inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
                if let waiting = skipUntil {
                    if isEnd && name == waiting { skipUntil = nil }
                } else if !isEnd && skipped.contains(name) && !inside.hasSuffix("/") {
                    skipUntil = name
                } else {
                    scalars.append(blocks.contains(name) ? "\n" : " ")
                    origin.append(Int32(index))
                }
                index = close + 1
                continue
            }
            if skipUntil != nil {
                index += 1
                continue
            }
            if scalar == "&" {
                var end = index + 1
                while end < source.count && end - index < 10 && source[end] != ";" && source[end] != " " { end += 1 }
                if end < source.count && source[end] == ";" {
                    let entity = String(String.UnicodeScalarView(source[(index + 1)..<end]))
                    if let decoded = Self.entity(entity) {
                        scalars.append(Self.normalise(decoded))
                        origin.append(Int32(index))
                        index = end + 1
                        continue
                    }
                }
            }
            scalars.append(Self.normalise(scalar))
            origin.append(Int32(index))
            index += 1
        }
        blankFurniture(&scalars)
        return PreparedText(scalars: scalars, origin: origin, source: source)
    }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        case "mdash", "ndash": return "-"
        case "rsquo", "lsquo": return "'"
        case "rdquo", "ldquo": return "\""
        default:
            if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16) { return Unicode.Scalar(value) }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) { return Unicode.Scalar(value) }
            return nil
        }
    }

    /// A dash with a space beside it ("TOKYO (AP) — Japan's …", "a deal – the
    /// first – was signed") becomes a hyphen standing alone, which ends a
    /// clause; a dash between words stays a space.
    static func markSpacedDashes(_ scalars: inout [Unicode.Scalar], source: [Unicode.Scalar]) {
        for index in source.indices where (0x2013...0x2015).contains(source[index].value) {
            let spaceBefore = index > 0 && scalars[index - 1] == " "
            let spaceAfter = index + 1 < scalars.count && scalars[index + 1] == " "
            if spaceBefore || spaceAfter { scalars[index] = "-" }
        }
    }

    /// One character for one: curly quotes to straight, dashes to spaces
    /// or hyphens, odd spaces to plain ones.
    static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011: return "-"
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return " "
        case 0x2026: return "."
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return " "
        case 0x0009, 0x000B, 0x000C: return " "
        case 0x000D: return "\n"
        case 0x2028, 0x2029: return "\n"
        default: return scalar.value < 0x20 && scalar != "\n" ? " " : scalar
        }
    }

    /// Blanks every short line that opens with a furniture phrase.
    func blankFurniture(_ scalars: inout [Unicode.Scalar]) {
        var lineStart = 0
        var index = 0
        while index <= scalars.count {
            if index == scalars.count || scalars[index] == "\n" {
                if index - lineStart < 160 && isFurniture(scalars[lineStart..<index]) {
                    for position in lineStart..<index { scalars[position] = " " }
                }
                lineStart = index + 1
            }
            index += 1
        }
    }

    private func isFurniture(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.firstIndex(where: { Tokenizer.isLetter($0) || Tokenizer.isDigit($0) || $0 == "©" })
        else {
            return false
        }
        let text = Tokenizer.lowercased(PreparedText.string(line[first...].prefix(40)))
        return furniture.contains { text.utf8.starts(with: $0.utf8) }
    }
}
