/// A parsed JSON value that remembers where it stood in its file, so that
/// errors about its content can point at it.
struct JSONNode: Sendable {
    /// The value itself.
    enum Value: Sendable {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    /// UTF-8 byte offset of the value's first character.
    var offset: Int

    /// The member `key` of an object, if this is an object holding it.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A word for the value's type, for messages.
    var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports errors by
/// line and column and refuses nesting deeper than a limit instead of
/// overflowing the stack.
struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private let path: String
    private var position = 0
    private var depth = 0

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Parses the whole input as one JSON value.
    static func parse(_ bytes: [UInt8], path: String) throws(FormatError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, path: path)
        parser.skipWhitespace()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw parser.error(
                "unexpected text after the end of the JSON value", fix: "Remove what follows the closing bracket.")
        }
        return node
    }

    // MARK: - Values

    private mutating func parseValue() throws(FormatError) -> JSONNode {
        guard position < bytes.count else {
            throw error(
                "the JSON ends too early", fix: "The file may be cut short; check that every { and [ is closed.")
        }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return JSONNode(value: try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
        default:
            throw error(
                "expected a JSON value here",
                fix: "Values are objects, arrays, \"strings\", numbers, true, false or null.")
        }
    }

    private mutating func parseObject() throws(FormatError) -> JSONNode.Value {
        try enterNesting()
        position += 1
        var members: [(key: String, value: JSONNode)] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else {
                throw error(
                    "expected a quoted member name",
                    fix: "Object keys are strings in double quotes; check for a trailing comma.")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                throw error("expected ':' after the member name", fix: "Write \"name\": value.")
            }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if peek == UInt8(ascii: "}") {
                position += 1
                depth -= 1
                return .object(members)
            }
            throw error(
                "expected ',' or '}' in the object", fix: "Separate members with commas and close the object with }.")
        }
    }

    private mutating func parseArray() throws(FormatError) -> JSONNode.Value {
        try enterNesting()
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if peek == UInt8(ascii: "]") {
                position += 1
                depth -= 1
                return .array(elements)
            }
            throw error(
                "expected ',' or ']' in the array", fix: "Separate elements with commas and close the array with ].")
        }
    }

    private mutating func enterNesting() throws(FormatError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error(
                "arrays and objects are nested more than \(Self.maximumDepth) deep",
                fix: "A Dossier graph file is nested three levels deep; this is not one.")
        }
    }

    private mutating func parseString() throws(FormatError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(
                    "a control character stands unescaped in a string",
                    fix: "Write a line break as \\n and a tab as \\t.")
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                scalars.append(try parseEscape())
                runStart = position
                continue
            }
            position += 1
        }
        throw error("a string is not closed", fix: "Add the closing double quote.")
    }

    private mutating func parseEscape() throws(FormatError) -> Unicode.Scalar {
        position += 1
        guard position < bytes.count else {
            throw error("a string is not closed", fix: "Add the closing double quote.")
        }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4()
            if (0xD800..<0xDC00).contains(first) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw error("a lone UTF-16 surrogate in a \\u escape", fix: "Give both halves of the pair.") }
                position += 2
                let second = try parseHex4()
                guard (0xDC00..<0xE000).contains(second) else {
                    throw error("a lone UTF-16 surrogate in a \\u escape", fix: "Give both halves of the pair.")
                }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(first) else {
                throw error("a lone UTF-16 surrogate in a \\u escape", fix: "Give both halves of the pair.")
            }
            return scalar
        default:
            position -= 2
            throw error(
                "an unknown escape in a string", fix: "Escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.")
        }
    }

    private mutating func parseHex4() throws(FormatError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw error("a \\u escape needs four hex digits", fix: "Write \\u followed by four hex digits.")
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits", fix: "Write \\u followed by four hex digits.")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws(FormatError) -> String {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        guard let first = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw error("a number needs a digit here", fix: "Write numbers like -12, 3.5 or 1e6.")
        }
        func digits(_ parser: inout JSONParser) {
            while let byte = parser.peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                parser.position += 1
            }
        }
        digits(&self)
        if peek == UInt8(ascii: ".") {
            position += 1
            digits(&self)
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            digits(&self)
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func expectWord(_ word: StaticString) throws(FormatError) {
        let count = word.utf8CodeUnitCount
        let matches =
            position + count <= bytes.count
            && word.withUTF8Buffer { Array($0) == Array(bytes[position..<position + count]) }
        guard matches else {
            throw error(
                "expected a JSON value here",
                fix: "Values are objects, arrays, \"strings\", numbers, true, false or null.")
        }
        position += count
    }

    // MARK: - Helpers

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    private func error(_ problem: String, fix: String) -> FormatError {
        .invalid(
            SourceLocation(path: path, bytes: bytes, offset: position), problem: "invalid JSON: " + problem, fix: fix)
    }
}
