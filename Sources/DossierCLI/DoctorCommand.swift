import ArgumentParser
import DossierRender
import Foundation

/// `dossier doctor`: what this machine's libgraphviz offers.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "List the layouts and output formats this machine's libgraphviz offers, and what is missing.")

    @Flag(help: "Print the findings as JSON.")
    var json = false

    /// Fonts the set-up installs, with a file that shows each is there.
    static let fonts: [(name: String, covers: String, file: String)] = [
        (
            "DejaVu Sans", "Latin, Greek, Cyrillic, Hebrew, basic Arabic",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
        ),
        ("FreeSans/FreeSerif", "Arabic, Hebrew and many more", "/usr/share/fonts/truetype/freefont/FreeSans.ttf"),
        ("WenQuanYi Micro Hei", "Chinese, Japanese, Korean", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    ]

    func run() throws {
        let context = GraphvizContext.shared
        let layouts = context.plugins(kind: "layout")
        let formats = context.plugins(kind: "render+device")
        let missingLayouts = LayoutEngine.allCases.map(\.rawValue).filter { !layouts.contains($0) }
        let missingFormats = RenderFormat.allCases.map(\.rawValue).filter { !formats.contains($0) }
        let fonts = Self.fonts.map { ($0.name, $0.covers, FileManager.default.fileExists(atPath: $0.file)) }
        if json {
            try Terminal.printJSON(
                Report(
                    layouts: layouts, formats: formats, missingLayouts: missingLayouts, missingFormats: missingFormats,
                    fonts: Dictionary(uniqueKeysWithValues: fonts.map { ($0.0, $0.2) })))
            return
        }
        print("Layouts: \(layouts.joined(separator: ", "))")
        print("Formats: \(formats.joined(separator: ", "))")
        for (name, covers, present) in fonts {
            print("Font \(name) (\(covers)): \(present ? "installed" : "missing — run `make setup`")")
        }
        if missingLayouts.isEmpty && missingFormats.isEmpty {
            print("Everything Dossier draws with is here.")
            return
        }
        if !missingLayouts.isEmpty {
            print(
                "Missing layouts: \(missingLayouts.joined(separator: ", ")). Install the Graphviz plugins (Debian: libgvc6)."
            )
        }
        if !missingFormats.isEmpty {
            print(
                "Missing formats: \(missingFormats.joined(separator: ", ")). PNG and PDF come from the cairo plugin "
                    + "(Debian: libgvc6 with libgvplugin_pango); then run `dot -c` as root if the plugin list is stale."
            )
        }
    }

    /// The `--json` form of the findings.
    struct Report: Encodable {
        var layouts: [String]
        var formats: [String]
        var missingLayouts: [String]
        var missingFormats: [String]
        var fonts: [String: Bool]
    }
}
