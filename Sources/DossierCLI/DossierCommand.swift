import ArgumentParser

/// The `dossier` command: builds an entity-relationship graph from articles
/// and structured files, and answers questions about it.
@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract:
            "Turn articles and structured files into a graph of people, offices, organizations, countries, places and events, and ask it questions.",
        discussion: """
            The graph lives in one SQLite file: dossier.sqlite in the working directory, \
            or the path given with --store or the DOSSIER_STORE environment variable.

            Start with `dossier build seeds/` (or any folder of .json and .csv files), \
            then `dossier stats`, `dossier entities` and `dossier show NAME`.
            """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, EntitiesCommand.self, ShowCommand.self, StatsCommand.self, NeighboursCommand.self,
            PathCommand.self, TimelineCommand.self, CentralCommand.self, ComponentsCommand.self, RenderCommand.self,
            ReportCommand.self,
            ExtractCommand.self, MergeCommand.self, ExportCommand.self, DoctorCommand.self, TrainCommand.self,
        ]
    )
}
