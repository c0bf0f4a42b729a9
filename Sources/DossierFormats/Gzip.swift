import CZlib

/// Reads gzip files (`.gz`, one member or several end to end) with zlib.
enum Gzip {
    /// Whether `bytes` start with gzip's magic number.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The path a compressed file's format is told by: `x.ftm.json.gz` is
    /// read as `x.ftm.json`.
    static func innerPath(_ path: String) -> String {
        path.lowercased().hasSuffix(".gz") ? String(path.dropLast(3)) : path
    }

    /// The bytes `compressed` holds.
    ///
    /// - Throws: ``FormatError/fileSystem(path:reason:)`` naming the byte
    ///   where the data is damaged or saying that the file is cut short.
    static func decompress(_ compressed: [UInt8], path: String) throws(FormatError) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits, plus 16 for the gzip wrapper.
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .fileSystem(path: path, reason: "zlib could not start reading the gzip file.")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var consumed = 0
        while true {
            let remaining = compressed.count - consumed
            let status = compressed.withUnsafeBufferPointer { input in
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumed)
                    stream.avail_in = UInt32(remaining)
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    consumed = compressed.count - Int(stream.avail_in)
                    return result
                }
            }
            output += chunk[0..<(chunk.count - Int(stream.avail_out))]
            if status == Z_STREAM_END {
                // Another member may follow; anything else after the end is an error too.
                guard consumed < compressed.count else { return output }
                guard isCompressed(Array(compressed[consumed..<min(consumed + 2, compressed.count)])) else {
                    throw .fileSystem(
                        path: path, reason: "the gzip data ends at byte \(consumed) and is followed by other bytes.")
                }
                inflateReset(&stream)
                continue
            }
            if status == Z_OK { continue }
            if status == Z_BUF_ERROR, consumed == compressed.count {
                throw .fileSystem(
                    path: path,
                    reason: "the gzip file is cut short after \(compressed.count) bytes. Copy or download it again.")
            }
            throw .fileSystem(
                path: path,
                reason: "the gzip data is damaged near byte \(consumed). Copy or download it again.")
        }
    }
}
