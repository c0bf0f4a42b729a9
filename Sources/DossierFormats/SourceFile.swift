public import Dossier

/// The bytes of one input file and the path the user gave for it.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The file's bytes.
    public let bytes: [UInt8]
    /// The document id: the SHA-256 of the bytes, computed once.
    public let documentID: DocumentID

    /// Wraps bytes read from `path`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.documentID = DocumentID(contentsOf: bytes)
    }

    /// The file name without its folders.
    public var fileName: String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }

    /// The bytes as UTF-8, without a byte-order mark. A file that starts with
    /// a UTF-16 byte-order mark is decoded from UTF-16 into UTF-8.
    ///
    /// - Throws: ``FormatError/notText(path:byteOffset:)`` for bytes that are
    ///   not UTF-8 or hold a NUL, ``FormatError/empty(path:)`` for a file of
    ///   white space only.
    public func utf8Bytes() throws(FormatError) -> [UInt8] {
        var text: [UInt8]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = Array(bytes.dropFirst(3))
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(bigEndian: bytes[0] == 0xFE)
        } else {
            text = bytes
        }
        if let bad = Self.firstInvalidUTF8Offset(text) {
            throw .notText(path: path, byteOffset: bad)
        }
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path: path)
        }
        return text
    }

    private func decodeUTF16(bigEndian: Bool) throws(FormatError) -> [UInt8] {
        guard bytes.count % 2 == 0 else { throw .notText(path: path, byteOffset: bytes.count - 1) }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var output = [UInt8]()
        output.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { output.append($0) }
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw .notText(path: path, byteOffset: 2 + unitOffset * 2)
            }
        }
        return output
    }

    /// The offset of the first byte that is not part of valid UTF-8, or of
    /// the first NUL byte (a sign of a binary file); `nil` when all is well.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0 { return index }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch byte {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> UInt32(length + 1))
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
