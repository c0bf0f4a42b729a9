// MARK: - Components and centrality

extension Graph {
    /// An entity with a score.
    public struct Ranking: Hashable, Sendable {
        /// The entity.
        public let entity: Entity
        /// Its score: a degree count or a normalised betweenness.
        public let score: Double
    }

    /// The groups of entities connected to each other, whatever the
    /// relations' directions: largest first, each sorted by id.
    /// - Complexity: O(*n* + *m*).
    public func connectedComponents() -> [[Entity]] {
        var component = [Int32](repeating: -1, count: entities.count)
        var groups: [[Int32]] = []
        for seed in 0..<Int32(entities.count) where component[Int(seed)] < 0 {
            let label = Int32(groups.count)
            component[Int(seed)] = label
            var members = [seed]
            var cursor = 0
            while cursor < members.count {
                for step in steps(of: members[cursor]) where component[Int(step.neighbour)] < 0 {
                    component[Int(step.neighbour)] = label
                    members.append(step.neighbour)
                }
                cursor += 1
            }
            groups.append(members.sorted())
        }
        return groups.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
            .map { $0.map { entities[Int($0)] } }
    }

    /// Entities ranked by how many relations they have (self-relations
    /// counted once), most first, ties by id.
    /// - Complexity: O(*n* log *n*).
    public func degreeCentrality(kinds: Set<EntityKind>? = nil) -> [Ranking] {
        var rankings: [Ranking] = []
        for index in 0..<entities.count where kinds?.contains(entities[index].kind) ?? true {
            let degree = Int(stepOffsets[index + 1] - stepOffsets[index])
            rankings.append(Ranking(entity: entities[index], score: Double(degree)))
        }
        return rankings.sorted { ($0.score, $1.entity.id) > ($1.score, $0.entity.id) }
    }

    /// Entities ranked by betweenness — how often they lie on the shortest
    /// paths between others, the brokers between groups — normalised to
    /// 0…1 and counted without regard to direction (Brandes' algorithm).
    /// - Complexity: O(*n* · *m*) time, O(*n* + *m*) memory.
    public func betweennessCentrality(kinds: Set<EntityKind>? = nil) -> [Ranking] {
        let count = entities.count
        var neighbours = [[Int32]](repeating: [], count: count)
        for index in 0..<count {
            var seen = Set<Int32>()
            for step in steps(of: Int32(index))
            where step.neighbour != Int32(index) && seen.insert(step.neighbour).inserted {
                neighbours[index].append(step.neighbour)
            }
        }
        var centrality = [Double](repeating: 0, count: count)
        var order: [Int32] = []
        var predecessors = [[Int32]](repeating: [], count: count)
        var paths = [Double](repeating: 0, count: count)
        var distance = [Int](repeating: -1, count: count)
        var dependency = [Double](repeating: 0, count: count)
        for source in 0..<count {
            order.removeAll(keepingCapacity: true)
            for touched in 0..<count {
                predecessors[touched].removeAll(keepingCapacity: true)
                paths[touched] = 0
                distance[touched] = -1
                dependency[touched] = 0
            }
            paths[source] = 1
            distance[source] = 0
            var queue = [Int32(source)]
            var head = 0
            while head < queue.count {
                let node = Int(queue[head])
                head += 1
                order.append(Int32(node))
                for neighbour in neighbours[node] {
                    let next = Int(neighbour)
                    if distance[next] < 0 {
                        distance[next] = distance[node] + 1
                        queue.append(neighbour)
                    }
                    if distance[next] == distance[node] + 1 {
                        paths[next] += paths[node]
                        predecessors[next].append(Int32(node))
                    }
                }
            }
            for node in order.reversed() {
                for previous in predecessors[Int(node)] {
                    dependency[Int(previous)] += paths[Int(previous)] / paths[Int(node)] * (1 + dependency[Int(node)])
                }
                if Int(node) != source { centrality[Int(node)] += dependency[Int(node)] }
            }
        }
        let scale = count > 2 ? 1 / Double((count - 1) * (count - 2)) : 0
        var rankings: [Ranking] = []
        for index in 0..<count where kinds?.contains(entities[index].kind) ?? true {
            rankings.append(Ranking(entity: entities[index], score: centrality[index] * scale))
        }
        return rankings.sorted { ($0.score, $1.entity.id) > ($1.score, $0.entity.id) }
    }
}
