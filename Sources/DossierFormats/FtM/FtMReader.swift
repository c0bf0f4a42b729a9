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
        if isNamed(path) { return true }
        let lowered = Gzip.innerPath(path).lowercased()
        guard lowered.hasSuffix(".json") else { return false }
        let first = bytes.prefix(4_096).split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? []
        let text = String(decoding: first, as: UTF8.self)
        return text.hasPrefix("{") && text.contains("\"schema\"") && text.contains("\"properties\"")
            && !text.contains("\"format\"")
    }

    /// Whether a path names an FtM file by its ending alone: `.ftm.json`,
    /// `.ijson` or `.jsonl`, each perhaps gzipped (`.gz`).
    public static func isNamed(_ path: String) -> Bool {
        let lowered = Gzip.innerPath(path).lowercased()
        if lowered.hasSuffix(".fragments.jsonl") { return false }
        return lowered.hasSuffix(".ftm.json") || lowered.hasSuffix(".ijson") || lowered.hasSuffix(".jsonl")
    }

    /// The draft of one FtM file; ``stream(_:into:)`` into a draft.
    /// - Throws: ``FormatError/invalid(_:problem:fix:)`` at the first line
    ///   that is not an FtM entity.
    public func read(_ file: SourceFile) throws(FormatError) -> BuildSource {
        var source = BuildSource()
        do {
            source.warnings = try stream(file, into: &source)
        } catch let error as FormatError {
            throw error
        } catch {
            // A draft takes everything; only the lines can fail.
            throw .fileSystem(path: file.path, reason: "\(error)")
        }
        return source
    }

    /// Reads one FtM file into `sink` in two passes (things, then the links
    /// between them) that keep no line once it is mapped: memory holds the
    /// file's bytes, the FtM ids and what the sink keeps, not the parsed
    /// lines.
    ///
    /// - Returns: what was left out, by line.
    /// - Throws: ``FormatError/invalid(_:problem:fix:)`` at the first line
    ///   that is not an FtM entity, or what the sink throws.
    public func stream<Sink: GraphSink>(_ file: SourceFile, into sink: inout Sink) throws -> [TextProblem] {
        let bytes = try file.utf8Bytes()
        try sink.add(Document(id: file.documentID, title: file.fileName, path: file.path))
        var mapper = FtMMapper(file: file)
        func flush() throws {
            let made = mapper.take()
            for entity in made.entities { try sink.add(entity) }
            for (relation, origin) in made.relations { try sink.add(relation, origin: origin) }
        }
        // The links' lines, to parse again once every thing is known.
        var links: [(range: Range<Int>, line: Int)] = []
        var start = 0
        var number = 0
        var entities = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            number += 1
            let slice = bytes[start..<end]
            if slice.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                entities += 1
                let line = try FtMLine.parse(slice, line: number, offset: start, path: file.path, file: bytes)
                if mapper.mapThing(line) { links.append((start..<end, number)) }
                try flush()
            }
            start = end + 1
        }
        guard entities > 0 else { throw FormatError.empty(path: file.path) }
        mapper.finishThings()
        try flush()
        for link in links {
            mapper.mapLink(
                try FtMLine.parse(
                    bytes[link.range], line: link.line, offset: link.range.lowerBound, path: file.path, file: bytes))
            try flush()
        }
        mapper.finish()
        return mapper.warnings
    }
}
