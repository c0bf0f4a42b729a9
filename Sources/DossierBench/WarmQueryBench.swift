import Dossier
import DossierStore
import Foundation

/// The library's shortest path and 2-hop neighbourhood in one process, per
/// query, on the whole graph held in memory.
///
/// `--pairs FILE` (default `DATA/pairs.csv`) holds `a,b` lines of entity ids and
/// `--starts FILE` (default `DATA/starts.csv`) one id a line. The answers are
/// written beside them, to `DATA/dossier-lengths.csv` (`a,b,length`, -1 when
/// unconnected) and `DATA/dossier-sizes.csv` (`id,size`), for a caller to
/// check against true ones.
enum WarmQueryBench {
    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    static func run(_ options: BenchOptions) throws {
        let folder = options.string("data", "bench/data/10000")
        let store = try GraphStore(path: options.string("store", folder + "/store.sqlite"), access: .readOnly)
        let loadStart = now()
        let graph = try store.graph()
        let loadSeconds = now() - loadStart
        let search = GraphSearch(graph: graph)
        let pairs = lines(options.string("pairs", folder + "/pairs.csv")).compactMap { line -> (EntityID, EntityID)? in
            let ends = line.split(separator: ",").compactMap { EntityID(rawValue: String($0)) }
            return ends.count == 2 ? (ends[0], ends[1]) : nil
        }
        let starts = lines(options.string("starts", folder + "/starts.csv"))
        // One untimed pass first: the search's scratch arrays are touched, so the first timed
        // questions do not pay the pages' first writes.
        for (from, to) in pairs { _ = search.distance(from: from, to: to) }
        var pathTimes: [Double] = []
        var lengths: [String] = []
        for (from, to) in pairs {
            let start = now()
            let path = search.shortestPath(from: from, to: to)
            pathTimes.append(now() - start)
            lengths.append("\(from),\(to),\(path?.length ?? -1)")
        }
        // `--repeat N` asks every pair N times, for a profiler to see the search rather than the load.
        var distanceTimes: [Double] = []
        for _ in 0..<max(1, options.int("repeat", 1)) {
            for (from, to) in pairs {
                let start = now()
                _ = search.distance(from: from, to: to)
                distanceTimes.append(now() - start)
            }
        }
        var neighbourTimes: [Double] = []
        var sizes: [Int] = []
        var sizeLines: [String] = []
        for line in starts {
            guard let id = EntityID(rawValue: line) else { continue }
            let start = now()
            let size = search.neighbourhoodSize(of: id, depth: 2)
            neighbourTimes.append(now() - start)
            sizes.append(size)
            sizeLines.append("\(id),\(size)")
        }
        try lengths.joined(separator: "\n").write(
            toFile: folder + "/dossier-lengths.csv", atomically: true, encoding: .utf8)
        try sizeLines.joined(separator: "\n").write(
            toFile: folder + "/dossier-sizes.csv", atomically: true, encoding: .utf8)
        report([
            "measure": "warm", "loadSeconds": loadSeconds, "pathMedianMs": median(distanceTimes) * 1000,
            "pathWithEvidenceMedianMs": median(pathTimes) * 1000,
            "neighboursMedianMs": median(neighbourTimes) * 1000, "medianNeighbourhood": median(sizes.map(Double.init)),
        ])
    }
}
