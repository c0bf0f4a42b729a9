import ArgumentParser
import Dossier
import DossierStore

/// `dossier central`: the most connected entities, or the brokers.
struct CentralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "central",
        abstract: "Rank entities by degree (most relations) or betweenness (who brokers between groups).",
        discussion: "Betweenness reads the whole graph and takes time proportional to entities × relations.")

    /// The centrality measures offered.
    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, betweenness
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "degree or betweenness.")
    var measure: Measure = .degree

    @Option(help: "How many entities to list.")
    var top = 10

    @Option(help: ArgumentHelp("Rank only entities of this kind (repeatable).", valueName: "kind"))
    var kind: [EntityKind] = []

    @Flag(help: "Print the ranking as JSON.")
    var json = false

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1 (it was \(top)).") }
    }

    func run() throws {
        let graph = try storeOptions.openForReading().graph()
        let kinds = kind.isEmpty ? nil : Set(kind)
        let ranking =
            (measure == .degree
            ? graph.degreeCentrality(kinds: kinds) : graph.betweennessCentrality(kinds: kinds)).prefix(top)
        if json {
            try Terminal.printJSON(
                ranking.map { Entry(id: $0.entity.id, kind: $0.entity.kind, name: $0.entity.name, score: $0.score) })
            return
        }
        var rows = [["RANK", measure == .degree ? "RELATIONS" : "BETWEENNESS", "KIND", "NAME"]]
        for (position, entry) in ranking.enumerated() {
            let score = measure == .degree ? "\(Int(entry.score))" : String(format4: entry.score)
            rows.append(["\(position + 1)", score, entry.entity.kind.rawValue, entry.entity.name])
        }
        print(Terminal.table(rows))
    }

    /// The `--json` form of one ranked entity.
    struct Entry: Encodable {
        var id: EntityID
        var kind: EntityKind
        var name: String
        var score: Double
    }
}

extension String {
    /// A number with four decimals.
    init(format4 value: Double) {
        let scaled = Int((value * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        self = "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
