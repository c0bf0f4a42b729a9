/// A place in an input file, for error messages: the path, the 1-based line
/// and column, and the text of that line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    /// The line, counting from 1.
    public var line: Int
    /// The column in characters, counting from 1.
    public var column: Int
    /// The text of the line, without its line end.
    public var lineText: String

    /// Makes a location.
    public init(path: String, line: Int, column: Int, lineText: String) {
        self.path = path
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    /// Finds the location of a UTF-8 byte offset in `bytes`.
    public init(path: String, bytes: [UInt8], offset: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var line = 1
        var lineStart = 0
        var index = 0
        while index < clamped {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D {
            lineEnd += 1
        }
        let before = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        self.init(
            path: path, line: line, column: before.count + 1,
            lineText: String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }

    /// The line, shortened around the column when long, with a caret under
    /// the column; the line is made safe for a terminal.
    public var excerpt: String {
        var text = Array(lineText.map { $0.isASCII && ($0.asciiValue! < 0x20 || $0.asciiValue! == 0x7F) ? " " : $0 })
        var caret = column - 1
        if text.count > 100 {
            let start = max(0, min(caret - 50, text.count - 100))
            text = Array(text[start..<min(text.count, start + 100)])
            caret -= start
        }
        let gutter = "\(line) | "
        return gutter + String(text) + "\n" + String(repeating: " ", count: gutter.count + max(0, caret)) + "^"
    }
}
