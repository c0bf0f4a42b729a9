public import Dossier

/// Reads FollowTheMoney entities, one JSON object a line (as Aleph and
/// OpenSanctions publish them), into a draft: people, organizations,
/// positions as offices, addresses as places and events as events; the
/// interval schemata (`Occupancy`, `Membership`, `Family`, …) as relations;
/// country codes as countries. What it cannot map it counts and names in
/// ``BuildSource/warnings``.
public struct FtMReader: Sendable {
    /// A reader.
    public init() {}

    /// Whether a file is FtM: named `.ftm.json`, `.ijson` or `.jsonl`, or
    /// a `.json` file whose first line is an object with `schema` and
    /// `properties`.
    public static func recognises(path: String, bytes: [UInt8]) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".ftm.json") || lowered.hasSuffix(".ijson") || lowered.hasSuffix(".jsonl") { return true }
        guard lowered.hasSuffix(".json") else { return false }
        let first = bytes.prefix(4_096).split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? []
        let text = String(decoding: first, as: UTF8.self)
        return text.hasPrefix("{") && text.contains("\"schema\"") && text.contains("\"properties\"")
            && !text.contains("\"format\"")
    }

    /// The draft of one FtM file.
    /// - Throws: ``FormatError/invalid(_:problem:fix:)`` at the first line
    ///   that is not an FtM entity.
    public func read(_ file: SourceFile) throws(FormatError) -> BuildSource {
        let bytes = try file.utf8Bytes()
        var lines: [FtMLine] = []
        var start = 0
        var number = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            number += 1
            let slice = bytes[start..<end]
            if slice.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                lines.append(
                    try FtMLine.parse(slice, line: number, offset: start, path: file.path, file: bytes))
            }
            start = end + 1
        }
        guard !lines.isEmpty else { throw .empty(path: file.path) }
        var mapper = FtMMapper(file: file)
        mapper.map(lines)
        return mapper.source
    }
}
