import ArgumentParser
import Dossier
import DossierStore

/// `dossier path`: how two entities are connected, and how we know.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract:
            "Show how two entities are connected: the shortest path, all shortest paths, or every path up to a length.",
        discussion: """
            With --explain, each hop is printed with its relation, the sentence that says it and its \
            document; a hop that rests on an event someone denies is marked with who reports and who \
            denies it.

            Exit status: 0 whether or not a connection is found (no connection is an answer; --json \
            says "found": false), 1 on an error, 64 on a usage error.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Where the path starts: a name, alias or id.")
    var from: String

    @Argument(help: "Where the path ends: a name, alias or id.")
    var to: String

    @Flag(help: "List every shortest path, not one.")
    var allShortest = false

    @Option(help: ArgumentHelp("List every simple path of at most this many steps.", valueName: "steps"))
    var maxLength: Int?

    @Option(
        help: ArgumentHelp("With --max-length or --all-shortest: list at most this many paths.", valueName: "count"))
    var limit = Graph.defaultPathLimit

    @Option(help: ArgumentHelp("Never pass through this entity (repeatable).", valueName: "name"))
    var avoid: [String] = []

    @OptionGroup var query: QueryOptions

    @Flag(help: "Print each hop with its evidence sentence and document, and who disputes it.")
    var explain = false

    @Flag(help: "Print the paths as JSON.")
    var json = false

    func validate() throws {
        if allShortest && maxLength != nil { throw ValidationError("Give --all-shortest or --max-length, not both.") }
        if let maxLength { try DepthCheck.validate(maxLength, option: "--max-length") }
        if limit < 1 { throw ValidationError("--limit must be at least 1 (it was \(limit)).") }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let source = try store.resolve(from)
        let target = try store.resolve(to)
        if source.id == target.id {
            throw GraphError.invalidQuery(
                "\"\(from)\" and \"\(to)\" are the same entity (\(source.name)); name two different entities.")
        }
        var avoided = Set<EntityID>()
        for name in avoid { avoided.insert(try store.resolve(name).id) }
        let filter = query.filter(avoiding: avoided)
        let graph: Graph
        let search: PathSearch
        if let maxLength {
            (graph, search) = try store.paths(
                from: source.id, to: target.id, maxLength: maxLength, limit: limit, filter: filter)
        } else if allShortest {
            graph = try store.connectionGraph(from: source.id, to: target.id, filter: filter, completely: true)
            search = try graph.allShortestPaths(from: source.id, to: target.id, limit: limit, filter: filter)
        } else {
            graph = try store.connectionGraph(from: source.id, to: target.id, filter: filter, completely: false)
            let path = try graph.shortestPath(from: source.id, to: target.id, filter: filter)
            search = PathSearch(paths: path.map { [$0] } ?? [], isTruncated: false)
        }
        if json {
            try Terminal.printJSON(PathReport(from: source, to: target, search: search, documents: graph.documents))
            return
        }
        guard !search.paths.isEmpty else {
            let within = maxLength.map { " within \($0) steps" } ?? ""
            print(
                "No connection between \(Terminal.safe(source.name)) and \(Terminal.safe(target.name))\(within) that the filters allow."
            )
            return
        }
        for (number, path) in search.paths.enumerated() {
            if search.paths.count > 1 { print("\(number + 1). (\(Terminal.count(path.length, "step", "steps")))") }
            if explain {
                printExplained(path, documents: graph.documents)
            } else {
                print(Describe.line(path) + (path.isDisputed ? "   [disputed]" : ""))
            }
        }
        if search.isTruncated {
            print(
                "… stopped at the limit (\(limit) paths or the search's work limit); raise --limit or add filters to see more."
            )
        }
    }

    private func printExplained(_ path: Path, documents: [DocumentID: Document]) {
        print(Terminal.safe(path.start.name))
        for step in path.steps {
            print("  " + Describe.arrow(step.relation, forward: step.isForward) + " " + Terminal.safe(step.to.name))
            for item in step.relation.evidence {
                let source = documents[item.document]?.path ?? item.document.rawValue
                print("      “\(Terminal.safe(Describe.shorten(item.sentence)))” — \(Terminal.safe(source))")
            }
            if step.relation.evidence.isEmpty { print("      (no evidence recorded)") }
            if let claims = Describe.claims(step.attribution) {
                print("      " + (step.isDisputed ? "disputed: " : "claimed: ") + claims)
            }
        }
    }
}

/// The `--json` form of a path search.
struct PathReport: Encodable {
    struct Hop: Encodable {
        var from: EntityID
        var to: EntityID
        var forward: Bool
        var relation: Relation
        var disputed: Bool
        var reportedBy: [EntityID]
        var confirmedBy: [EntityID]
        var deniedBy: [EntityID]
    }

    struct Route: Encodable {
        var length: Int
        var disputed: Bool
        var entities: [EntityID]
        var steps: [Hop]
    }

    var from: EntityID
    var to: EntityID
    var found: Bool
    var truncated: Bool
    var paths: [Route]
    var documents: [Document]

    init(from: Entity, to: Entity, search: PathSearch, documents: [DocumentID: Document]) {
        self.from = from.id
        self.to = to.id
        found = !search.paths.isEmpty
        truncated = search.isTruncated
        paths = search.paths.map { path in
            Route(
                length: path.length, disputed: path.isDisputed, entities: path.entities.map(\.id),
                steps: path.steps.map { step in
                    Hop(
                        from: step.from.id, to: step.to.id, forward: step.isForward, relation: step.relation,
                        disputed: step.isDisputed, reportedBy: step.attribution?.reportedBy.map(\.id) ?? [],
                        confirmedBy: step.attribution?.confirmedBy.map(\.id) ?? [],
                        deniedBy: step.attribution?.deniedBy.map(\.id) ?? [])
                })
        }
        let used = Set(search.paths.flatMap { $0.steps.flatMap { $0.relation.evidence.map(\.document) } })
        self.documents = used.sorted().compactMap { documents[$0] }
    }
}
