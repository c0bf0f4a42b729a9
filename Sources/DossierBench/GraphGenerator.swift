import Foundation

/// A deterministic, seeded generator of entity graphs in the CSV pair form:
/// preferential attachment (heavy-tailed degrees), the six entity kinds in
/// plausible shares, relation kinds that fit their ends, a few isolated
/// entities, and query files: connected pairs, unconnected pairs, starts.
enum GraphGenerator {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let kinds: [(String, Int)] = [
        ("person", 45), ("organization", 18), ("office", 10), ("place", 10), ("event", 16), ("country", 1),
    ]

    static func relationKind(_ source: String, _ target: String) -> (String, String, String)? {
        switch (source, target) {
        case ("person", "office"): return ("holds", source, target)
        case ("office", "person"): return ("holds", target, source)
        case ("person", "organization"): return ("memberOf", source, target)
        case ("organization", "person"): return ("memberOf", target, source)
        case ("person", "person"): return ("associateOf", source, target)
        case ("person", "country"), ("country", "person"): return ("citizenOf", "person", "country")
        case ("office", "organization"), ("office", "country"): return ("officeOf", source, target)
        case ("organization", "office"), ("country", "office"): return ("officeOf", target, source)
        case ("organization", "organization"), ("organization", "country"): return ("partOf", source, target)
        case ("country", "organization"): return ("partOf", target, source)
        case ("place", _) where target != "event": return ("locatedIn", source, target)
        case (_, "place") where source != "event": return ("locatedIn", source, target)
        case (_, "event"): return ("participant", source, target)
        case ("event", _): return ("participant", target, source)
        case ("country", "country"): return ("relationsWith", source, target)
        default: return ("pressured", source, target)
        }
    }

    static func run(_ options: BenchOptions) throws {
        let count = options.int("entities", 10_000)
        let perEntity = options.int("degree", 5)
        let folder = options.string("out", "bench/data/\(count)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = Random(state: UInt64(options.int("seed", 42)))
        var entityKind = [Int](repeating: 0, count: count)
        let total = kinds.reduce(0) { $0 + $1.1 }
        var nodes = "id,kind,name\n"
        nodes.reserveCapacity(count * 40)
        for index in 0..<count {
            var pick = random.below(total)
            var kind = 0
            while pick >= kinds[kind].1 {
                pick -= kinds[kind].1
                kind += 1
            }
            entityKind[index] = kind
            nodes += "\(kinds[kind].0)/e\(index),\(kinds[kind].0),\(kinds[kind].0.capitalized) \(index)\n"
        }
        try nodes.write(toFile: folder + "/nodes.csv", atomically: true, encoding: .utf8)
        let isolated = Set((0..<max(20, count / 500)).map { _ in random.below(count) })
        var targets: [Int32] = []
        targets.reserveCapacity(count * perEntity * 2)
        var seen = Set<UInt64>()
        let handle = try OutputHandle(path: folder + "/edges.csv")
        handle.write("source,target,kind,role\n")
        var edges = 0
        for index in 0..<count where !isolated.contains(index) {
            if targets.isEmpty {
                targets.append(Int32(index))
                continue
            }
            for _ in 0..<min(perEntity, targets.count) {
                let other = Int(targets[random.below(targets.count)])
                guard other != index else { continue }
                let key = UInt64(min(index, other)) << 32 | UInt64(max(index, other))
                guard seen.insert(key).inserted else { continue }
                let a = kinds[entityKind[index]].0
                let b = kinds[entityKind[other]].0
                guard let (kind, sourceKind, _) = relationKind(a, b) else { continue }
                let (source, target) = sourceKind == a && (a != b || kind != "holds") ? (index, other) : (other, index)
                let role = kind == "participant" ? "participant" : ""
                handle.write(
                    "\(kinds[entityKind[source]].0)/e\(source),\(kinds[entityKind[target]].0)/e\(target),\(kind),\(role)\n"
                )
                targets.append(Int32(index))
                targets.append(Int32(other))
                edges += 1
            }
        }
        handle.close()
        func id(_ index: Int) -> String { "\(kinds[entityKind[index]].0)/e\(index)" }
        let connected = (0..<count).filter { !isolated.contains($0) }
        var pairs = ""
        for _ in 0..<100 {
            var a = connected[random.below(connected.count)]
            var b = connected[random.below(connected.count)]
            while a == b {
                (a, b) = (connected[random.below(connected.count)], connected[random.below(connected.count)])
            }
            pairs += "\(id(a)),\(id(b))\n"
        }
        try pairs.write(toFile: folder + "/pairs.csv", atomically: true, encoding: .utf8)
        var unconnected = ""
        let lonely = isolated.sorted()
        for index in 0..<20 {
            unconnected += "\(id(lonely[index % lonely.count])),\(id(connected[random.below(connected.count)]))\n"
        }
        try unconnected.write(toFile: folder + "/unconnected.csv", atomically: true, encoding: .utf8)
        var starts = ""
        for _ in 0..<100 { starts += id(connected[random.below(connected.count)]) + "\n" }
        try starts.write(toFile: folder + "/starts.csv", atomically: true, encoding: .utf8)
        report(["measure": "generate", "entities": count, "relations": edges, "folder": folder])
    }
}

/// Buffered writing of a large file.
final class OutputHandle {
    let handle: FileHandle
    var buffer = [UInt8]()

    init(path: String) throws {
        // A failure here shows as the FileHandle below being nil.
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 {
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func close() {
        handle.write(Data(buffer))
        try? handle.close()
    }
}
