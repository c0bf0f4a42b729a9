import DossierTestSupport
import Foundation
import Testing

/// Every command's `--help`, as a user reads it, against a recorded copy:
/// a changed option, default or explanation shows up as a diff to review
/// (`RECORD_SNAPSHOTS=1` rewrites the copies).
@Suite struct HelpSnapshotTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/help")

    /// A fixed width, so the wrapping does not depend on the terminal.
    static let environment = ["COLUMNS": "100"]

    /// The commands `dossier --help` lists, by their first name.
    static func listedCommands(in help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("See 'dossier help") else {
                return nil
            }
            return line.split(separator: " ").first.map { String($0).trimmingCharacters(in: [","]) }
        }
    }

    @Test func theTopLevelHelpListsEveryCommand() throws {
        let result = try DossierProcess.run(["--help"], environment: Self.environment)
        #expect(result.status == 0)
        assertSnapshot(result.stdout, named: "dossier.txt", in: Self.golden)
        let commands = Self.listedCommands(in: result.stdout)
        #expect(commands.contains("build") && commands.contains("neighbours") && commands.contains("doctor"))
        #expect(commands.count >= 12)
    }

    @Test func eachCommandsHelpIsAsRecorded() throws {
        let top = try DossierProcess.run(["--help"], environment: Self.environment)
        // train-extractor is left out of the listing (a developer's command) but has help too.
        for command in Self.listedCommands(in: top.stdout) + ["train-extractor"] {
            let result = try DossierProcess.run([command, "--help"], environment: Self.environment)
            #expect(result.status == 0, "dossier \(command) --help exited \(result.status)")
            #expect(result.stdout.contains("USAGE: dossier \(command)"), "dossier \(command) --help has no usage")
            assertSnapshot(result.stdout, named: "\(command).txt", in: Self.golden)
        }
    }
}
