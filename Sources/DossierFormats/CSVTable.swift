/// A CSV file (RFC 4180) cut into rows, each knowing its line and where it
/// and its fields start, so that errors and evidence can point into the file.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; rows may
/// end in LF or CRLF.
struct CSVTable {
    /// One row of fields.
    struct Row {
        var fields: [String]
        /// UTF-8 offset of each field's first byte.
        var fieldOffsets: [Int]
        /// The line the row starts on, counting from 1.
        var line: Int
        /// UTF-8 offsets of the row's first byte and just past its last
        /// (before the line end).
        var byteRange: Range<Int>
    }

    var rows: [Row] = []

    /// Cuts `bytes` into rows, all held.
    ///
    /// - Throws: ``FormatError/invalid(_:problem:fix:)`` for a quote that is
    ///   not closed or text right after a closing quote.
    init(bytes: [UInt8], path: String) throws(FormatError) {
        var rows: [Row] = []
        do {
            try Self.forEachRow(bytes: bytes, path: path) { rows.append($0) }
        } catch let error as FormatError {
            throw error
        } catch {
            throw .fileSystem(path: path, reason: "\(error)")
        }
        self.rows = rows
    }

    /// Cuts `bytes` into rows and hands each to `body` as it is read, so a
    /// large file is never held as rows.
    static func forEachRow(bytes: [UInt8], path: String, _ body: (Row) throws -> Void) throws {
        var index = 0
        var line = 1
        let count = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline: UInt8 = 0x0A, cr: UInt8 = 0x0D
        // Reused from row to row: a row handed to `body` and not kept leaves
        // them unshared, so they keep their storage.
        var fields: [String] = []
        var offsets: [Int] = []
        while index < count {
            let rowStart = index
            let rowLine = line
            fields.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            var rowEnd = index
            fieldLoop: while true {
                offsets.append(index)
                if index < count && bytes[index] == quote {
                    let openQuote = index
                    index += 1
                    var value = [UInt8]()
                    while true {
                        guard index < count else {
                            throw FormatError.invalid(
                                SourceLocation(path: path, bytes: bytes, offset: openQuote),
                                problem: "a quoted field is never closed",
                                fix: "Close the field with a double quote; write a quote inside a field as \"\".")
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count && bytes[index + 1] == quote {
                                value.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        if byte == newline { line += 1 }
                        value.append(byte)
                        index += 1
                    }
                    fields.append(String(decoding: value, as: UTF8.self))
                    if index < count && bytes[index] != comma && bytes[index] != newline && bytes[index] != cr {
                        throw FormatError.invalid(
                            SourceLocation(path: path, bytes: bytes, offset: index),
                            problem: "text follows a closing quote",
                            fix: "Put the whole field in quotes and double any quote inside it (\"\").")
                    }
                } else {
                    let start = index
                    while index < count && bytes[index] != comma && bytes[index] != newline && bytes[index] != cr {
                        index += 1
                    }
                    fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                if index < count && bytes[index] == comma {
                    index += 1
                    continue fieldLoop
                }
                rowEnd = index
                if index < count && bytes[index] == cr { index += 1 }
                if index < count && bytes[index] == newline {
                    index += 1
                    line += 1
                }
                break fieldLoop
            }
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank {
                try body(Row(fields: fields, fieldOffsets: offsets, line: rowLine, byteRange: rowStart..<rowEnd))
            }
        }
    }
}
