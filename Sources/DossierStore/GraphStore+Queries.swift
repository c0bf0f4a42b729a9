public import Dossier
import GRDB

extension GraphStore {
    /// The part of the store that a neighbourhood query needs: every entity
    /// within `depth` allowed steps of `id` and the relations that reach
    /// them, with the claims about the events among them.
    ///
    /// Asking the returned graph ``Graph/neighbours(of:depth:filter:)`` with
    /// the same arguments gives the answer the whole graph would.
    ///
    /// - Complexity: O(*e* log *m*) index seeks for the *e* relations within reach.
    ///
    /// - Parameter treeOnly: keep, for each entity reached, only one relation
    ///   from an entity one step nearer (one that is not a report or denial
    ///   when there is one), instead of every relation among them: enough to
    ///   list who is around and how, and small even when the neighbourhood
    ///   is dense.
    public func neighbourhoodGraph(
        of id: EntityID, depth: Int, filter: QueryFilter = QueryFilter(), treeOnly: Bool = false
    )
        throws(StoreError) -> Graph
    {
        try neighbourhood(of: id, depth: depth, filter: filter, treeOnly: treeOnly, limit: nil).graph
    }

    /// The nearest `limit` entities within `depth` allowed steps of `id`
    /// (fewer loaded, nearer first: the ties at the last distance go by
    /// store order), the entities that lead to them, and the relations
    /// among them, with how many entities are within reach in all.
    ///
    /// Only the relation indexes are read for the entities past the limit,
    /// so that the neighbourhood of a hub with a hundred thousand relations
    /// loads two hundred entities, not all of them.
    ///
    /// - Parameter limit: `nil` for every entity
    ///   (``neighbourhoodGraph(of:depth:filter:treeOnly:)``).
    /// - Returns: the graph, and `total`: the entities within reach, the
    ///   start left out.
    public func neighbourhood(
        of id: EntityID, depth: Int, filter: QueryFilter = QueryFilter(), treeOnly: Bool = false, limit: Int?
    ) throws(StoreError) -> (graph: Graph, total: Int) {
        try read { db in
            var search = try IndexSearch(db: db, filter: filter, ends: [id])
            guard let start = search.number(of: id) else {
                throw GraphError.noSuchEntity(name: id.rawValue, suggestions: [])
            }
            search.treeOnly = treeOnly
            let distances = try search.ball(from: start, radius: depth, reversed: false)
            search.keepTree()
            if let limit, distances.count - 1 > limit {
                let nearest = distances.filter { $0.key != start }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
                search.keep(Set(nearest.prefix(limit).map(\.key)), from: start)
            }
            return (try search.loadGraph(), distances.count - 1)
        }
    }

    /// The part of the store that a path query between two entities needs.
    ///
    /// With `maxLength`, every simple path of at most that many steps lies in
    /// the result; without it, every shortest path does. Breadth-first from
    /// both ends over the relation indexes, a level at a time on the smaller
    /// side, so only what lies between the two is read.
    ///
    /// - Complexity: O(*b*^(*d*/2)) index seeks for branching *b* and distance *d*.
    ///
    /// - Parameter completely: with `false` (and no `maxLength`), the search
    ///   stops at the first shortest path and reads only its relations: the
    ///   fastest answer to "how are these two connected?".
    public func connectionGraph(
        from source: EntityID, to target: EntityID, maxLength: Int? = nil, filter: QueryFilter = QueryFilter(),
        completely: Bool = true
    ) throws(StoreError) -> Graph {
        try read { db in
            var search = try IndexSearch(db: db, filter: filter, ends: [source, target])
            guard let start = search.number(of: source) else {
                throw GraphError.noSuchEntity(name: source.rawValue, suggestions: [])
            }
            guard let goal = search.number(of: target) else {
                throw GraphError.noSuchEntity(name: target.rawValue, suggestions: [])
            }
            if let maxLength {
                let radius = (maxLength + 1) / 2
                _ = try search.ball(from: start, radius: radius, reversed: false)
                _ = try search.ball(from: goal, radius: radius, reversed: true)
            } else if completely {
                try search.meet(start, goal)
            } else {
                try search.firstPath(start, goal)
            }
            return try search.loadGraph()
        }
    }

    /// Every simple path of at most `maxLength` steps between two entities,
    /// up to `limit`, found over the relation indexes so that only the
    /// relations on those paths are loaded: on a dense store (a complete
    /// graph of 2,000 entities) this reads the edges once and stops at the
    /// limit instead of loading millions of relations.
    ///
    /// - Returns: the graph of the paths found, and the search over it,
    ///   truncated when the limit or ``Graph/pathWorkLimit`` stopped the
    ///   search early.
    /// - Complexity: at most ``Graph/pathWorkLimit`` steps, each an index
    ///   seek the first time an entity is left.
    public func paths(
        from source: EntityID, to target: EntityID, maxLength: Int, limit: Int = Graph.defaultPathLimit,
        filter: QueryFilter = QueryFilter()
    ) throws(StoreError) -> (graph: Graph, search: PathSearch) {
        guard maxLength >= 1 else {
            throw .lookup(.invalidQuery("the maximum length must be at least 1 (it was \(maxLength))."))
        }
        guard limit >= 1 else { throw .lookup(.invalidQuery("the limit must be at least 1 (it was \(limit)).")) }
        let (graph, cut) = try read { db in
            var search = try IndexSearch(db: db, filter: filter, ends: [source, target])
            guard let start = search.number(of: source) else {
                throw GraphError.noSuchEntity(name: source.rawValue, suggestions: [])
            }
            guard let goal = search.number(of: target) else {
                throw GraphError.noSuchEntity(name: target.rawValue, suggestions: [])
            }
            let cut = try search.simplePaths(start, goal, maxLength: maxLength, limit: limit)
            return (try search.loadGraph(), cut)
        }
        do {
            let found = try graph.paths(from: source, to: target, maxLength: maxLength, limit: limit, filter: filter)
            return (graph, PathSearch(paths: found.paths, isTruncated: found.isTruncated || cut))
        } catch {
            throw .lookup(error)
        }
    }

    /// The events an entity took part in, or that were held in it, with
    /// the claims about them: what ``Graph/timeline(of:)`` needs.
    /// - Complexity: O(*d* log *m*) for the entity's degree *d*.
    public func timelineGraph(of id: EntityID) throws(StoreError) -> Graph {
        try read { db in
            var search = try IndexSearch(db: db, filter: QueryFilter(), ends: [id])
            guard let start = search.number(of: id) else {
                throw GraphError.noSuchEntity(name: id.rawValue, suggestions: [])
            }
            _ = try search.ball(from: start, radius: 1, reversed: false)
            return try search.loadGraph()
        }
    }

    /// The whole store as an in-memory graph, for questions about all of it
    /// (components, centrality).
    /// - Complexity: O(*n* + *m*) reads.
    public func graph() throws(StoreError) -> Graph {
        let draft = try snapshot()
        do {
            return try Graph(draft)
        } catch {
            throw .lookup(error)
        }
    }
}

/// Breadth-first search over the store's relation indexes with integer
/// entity numbers, remembering what it touched so that just that can be
/// loaded into a ``Graph``.
struct IndexSearch {
    struct Edge {
        let relation: Int64
        let kind: RelationKind
        let neighbour: Int64
        let outgoing: Bool
    }

    let db: Database
    let filter: QueryFilter
    private(set) var endNumbers: Set<Int64> = []
    private var avoided: Set<Int64> = []
    private(set) var entities: Set<Int64> = []
    private(set) var relations: Set<Int64> = []
    private var kinds: [Int64: EntityKind] = [:]
    private var eventFlags: [Int64: UInt8] = [:]
    private var idNumbers: [EntityID: Int64] = [:]
    private var edgeCache: [Int64: [Edge]] = [:]
    /// Whether expanding records what it touched, for ``loadGraph()``.
    private var recording = true
    /// Whether expanding records one relation per entity reached (see
    /// ``GraphStore/neighbourhoodGraph(of:depth:filter:treeOnly:)``).
    var treeOnly = false
    private var tree: [Int64: Edge] = [:]
    /// The ends of each relation recorded, for ``keep(_:from:)``.
    private var ends: [Int64: (Int64, Int64)] = [:]

    init(db: Database, filter: QueryFilter, ends: [EntityID]) throws {
        self.db = db
        self.filter = filter
        let find = try db.cachedStatement(sql: "SELECT number FROM entities WHERE id = ?")
        for id in ends {
            if let number = try Int64.fetchOne(find, arguments: [id.rawValue]) {
                idNumbers[id] = number
                endNumbers.insert(number)
                entities.insert(number)
            }
        }
        for id in filter.avoiding {
            if let number = try Int64.fetchOne(find, arguments: [id.rawValue]) { avoided.insert(number) }
        }
        avoided.subtract(endNumbers)
    }

    func number(of id: EntityID) -> Int64? { idNumbers[id] }

    // MARK: - Steps

    /// The relations at an entity, read once and kept for searches that
    /// come back to it.
    mutating func cachedEdges(of node: Int64) throws -> [Edge] {
        if let known = edgeCache[node] { return known }
        let found = try edges(of: node)
        edgeCache[node] = found
        return found
    }

    func edges(of node: Int64) throws -> [Edge] {
        var result: [Edge] = []
        let outgoing = try db.cachedStatement(sql: "SELECT number, kind, target FROM relations WHERE source = ?")
        let outgoingRows = try Row.fetchCursor(outgoing, arguments: [node])
        while let row = try outgoingRows.next() {
            guard let kind = RelationKind(rawValue: row[1]) else { continue }
            result.append(Edge(relation: row[0], kind: kind, neighbour: row[2], outgoing: true))
        }
        let incoming = try db.cachedStatement(sql: "SELECT number, kind, source FROM relations WHERE target = ?")
        let incomingRows = try Row.fetchCursor(incoming, arguments: [node])
        while let row = try incomingRows.next() {
            let neighbour: Int64 = row[2]
            guard neighbour != node, let kind = RelationKind(rawValue: row[1]) else { continue }
            result.append(Edge(relation: row[0], kind: kind, neighbour: neighbour, outgoing: false))
        }
        return result
    }

    mutating func kind(of node: Int64) throws -> EntityKind {
        if let kind = kinds[node] { return kind }
        let statement = try db.cachedStatement(sql: "SELECT kind FROM entities WHERE number = ?")
        let kind = try String.fetchOne(statement, arguments: [node]).flatMap(EntityKind.init) ?? .organization
        kinds[node] = kind
        return kind
    }

    /// Bit 0: someone denies the event; bit 1: a source reports or confirms it.
    mutating func flags(ofEvent node: Int64) throws -> UInt8 {
        if let flags = eventFlags[node] { return flags }
        let statement = try db.cachedStatement(
            sql: "SELECT kind FROM relations WHERE target = ? AND kind IN ('denied', 'reported', 'confirmed')")
        var flags: UInt8 = 0
        for kind in try String.fetchAll(statement, arguments: [node]) {
            flags |= kind == "denied" ? 1 : 2
        }
        eventFlags[node] = flags
        return flags
    }

    mutating func allows(_ edge: Edge, reversed: Bool) throws -> Bool {
        guard filter.allows(edge.kind, outgoing: edge.outgoing != reversed) else { return false }
        let node = edge.neighbour
        if endNumbers.contains(node) { return true }
        if avoided.contains(node) { return false }
        // Neither kinds nor claims are asked about: no need to read the entity.
        if filter.entityKinds == nil && filter.attribution == .any { return true }
        let kind = try kind(of: node)
        guard filter.allows(kind) else { return false }
        guard kind == .event else { return true }
        switch filter.attribution {
        case .any: return true
        case .undisputed: return try flags(ofEvent: node) & 1 == 0
        case .sourced: return try flags(ofEvent: node) & 2 != 0
        }
    }

    // MARK: - Searches

    /// Expands one level from `frontier`, recording what it touched, and
    /// returns the entities first reached, with the distances map updated.
    private mutating func expand(_ frontier: [Int64], distances: inout [Int64: Int], reversed: Bool) throws -> [Int64] {
        var next: [Int64] = []
        for node in frontier {
            let level = distances[node]!
            for edge in try cachedEdges(of: node) where try allows(edge, reversed: reversed) {
                if treeOnly {
                    let reached = distances[edge.neighbour]
                    if reached == nil
                        || (reached == level + 1 && tree[edge.neighbour].map(\.kind.isAttribution) == true
                            && !edge.kind.isAttribution)
                    {
                        tree[edge.neighbour] = edge
                        entities.insert(edge.neighbour)
                    }
                } else if recording {
                    relations.insert(edge.relation)
                    entities.insert(edge.neighbour)
                    ends[edge.relation] = (node, edge.neighbour)
                }
                if distances[edge.neighbour] == nil {
                    distances[edge.neighbour] = level + 1
                    next.append(edge.neighbour)
                }
            }
        }
        return next
    }

    /// Narrows what ``loadGraph()`` loads to `chosen`, `origin` and the
    /// relations among them. `chosen` holds the nearest entities, so the
    /// entity one step nearer that leads to each is in it already.
    mutating func keep(_ chosen: Set<Int64>, from origin: Int64) {
        let kept = chosen.union([origin])
        entities = kept
        if treeOnly {
            relations = Set(kept.compactMap { tree[$0]?.relation })
        } else {
            relations = relations.filter { number in
                guard let (from, to) = ends[number] else { return false }
                return kept.contains(from) && kept.contains(to)
            }
        }
    }

    /// With ``treeOnly``, makes the relations to load those of the tree.
    mutating func keepTree() {
        guard treeOnly else { return }
        relations = Set(tree.values.map(\.relation))
    }

    /// Every entity within `radius` steps of `origin`, with its distance.
    mutating func ball(from origin: Int64, radius: Int, reversed: Bool) throws -> [Int64: Int] {
        var distances: [Int64: Int] = [origin: 0]
        var frontier = [origin]
        var level = 0
        while !frontier.isEmpty && level < radius {
            frontier = try expand(frontier, distances: &distances, reversed: reversed)
            level += 1
        }
        return distances
    }

    /// Breadth-first from both ends (``BidirectionalSearch``), stopping at
    /// the first entity both reach, which lies on a shortest path; keeps
    /// only that path's relations.
    mutating func firstPath(_ start: Int64, _ goal: Int64) throws {
        var marks = DictionarySearchMarks<Int64, Edge>()
        var search = BidirectionalSearch<Int64>()
        relations = []
        entities = endNumbers
        guard let meeting = try search.meeting(from: start, to: goal, in: &self, marks: &marks) else { return }
        entities.insert(meeting)
        for side in [SearchSide.forward, .backward] {
            for (parent, edge) in BidirectionalSearch.chain(from: meeting, on: side, marks: marks) {
                relations.insert(edge.relation)
                entities.insert(parent)
            }
        }
    }

    /// Grows balls around both ends, a level at a time on the side with the
    /// smaller frontier, until they meet or one side runs out.
    mutating func meet(_ start: Int64, _ goal: Int64) throws {
        var forward: [Int64: Int] = [start: 0]
        var backward: [Int64: Int] = [goal: 0]
        var forwardFrontier = [start]
        var backwardFrontier = [goal]
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            if forwardFrontier.count <= backwardFrontier.count {
                forwardFrontier = try expand(forwardFrontier, distances: &forward, reversed: false)
                if forwardFrontier.contains(where: { backward[$0] != nil }) { return }
            } else {
                backwardFrontier = try expand(backwardFrontier, distances: &backward, reversed: true)
                if backwardFrontier.contains(where: { forward[$0] != nil }) { return }
            }
        }
    }

    /// Depth-first from `start` over the indexes, as ``Graph/paths(from:to:maxLength:limit:filter:)``
    /// walks, pruned by distances to `goal` (exact within half the length,
    /// a lower bound beyond); keeps the relations and entities of at most
    /// `limit` + 1 paths and returns whether the search was cut short.
    mutating func simplePaths(_ start: Int64, _ goal: Int64, maxLength: Int, limit: Int) throws -> Bool {
        let backRadius = maxLength / 2
        recording = false
        let toGoal = try ball(from: goal, radius: backRadius, reversed: true)
        recording = true
        relations = []
        entities = endNumbers
        var found = 0
        var work = 0
        // Every path of one length before any longer one, as the graph's search.
        for length in 1...maxLength {
            var onPath: Set<Int64> = [start]
            var hops: [Edge] = []
            var cursors: [(edges: [Edge], next: Int)] = [(try cachedEdges(of: start), 0)]
            while let (edges, next) = cursors.last {
                var position = next
                var advanced = false
                while position < edges.count {
                    work += 1
                    if work > Graph.pathWorkLimit { return true }
                    let edge = edges[position]
                    position += 1
                    let neighbour = edge.neighbour
                    let remaining = toGoal[neighbour] ?? backRadius + 1
                    guard !onPath.contains(neighbour), hops.count + 1 + remaining <= length,
                        try allows(edge, reversed: false)
                    else { continue }
                    if neighbour == goal {
                        guard hops.count + 1 == length else { continue }
                        found += 1
                        for hop in hops + [edge] {
                            relations.insert(hop.relation)
                            entities.insert(hop.neighbour)
                        }
                        if found > limit { return true }
                        continue
                    }
                    cursors[cursors.count - 1].next = position
                    hops.append(edge)
                    onPath.insert(neighbour)
                    cursors.append((try cachedEdges(of: neighbour), 0))
                    advanced = true
                    break
                }
                if !advanced {
                    cursors.removeLast()
                    if let last = hops.popLast() { onPath.remove(last.neighbour) }
                }
            }
        }
        return false
    }

    // MARK: - Loading

    /// The touched entities and relations, with the claims about touched
    /// events and the sources that make them, as a graph.
    mutating func loadGraph() throws -> Graph {
        var relationNumbers = relations
        var entityNumbers = entities
        let events = try entityNumbers.filter { try kind(of: $0) == .event }
        if !events.isEmpty {
            let statement = try db.cachedStatement(
                sql:
                    "SELECT number, source FROM relations WHERE target = ? AND kind IN ('denied', 'reported', 'confirmed')"
            )
            for event in events {
                for row in try Row.fetchAll(statement, arguments: [event]) {
                    relationNumbers.insert(row[0])
                    entityNumbers.insert(row[1])
                }
            }
        }
        var draft = GraphDraft()
        for chunk in Array(entityNumbers).chunked(500) {
            let list = chunk.map(String.init).joined(separator: ",")
            for entity in try GraphStore.loadEntities(
                db, sql: "SELECT number, id, kind, name, attributes FROM entities WHERE number IN (\(list))",
                arguments: [])
            {
                draft.add(entity)
            }
        }
        var documentNumbers = Set<String>()
        for chunk in Array(relationNumbers).chunked(500) {
            let list = chunk.map(String.init).joined(separator: ",")
            for relation in try GraphStore.loadRelations(db, where: "r.number IN (\(list))", arguments: []) {
                draft.add(relation)
                for item in relation.evidence { documentNumbers.insert(item.document.rawValue) }
            }
        }
        for document in try GraphStore.loadDocuments(db) where documentNumbers.contains(document.id.rawValue) {
            draft.add(document)
        }
        return try Graph(draft)
    }
}

extension Array {
    /// The array cut into pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
