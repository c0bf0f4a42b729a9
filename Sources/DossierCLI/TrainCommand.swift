import ArgumentParser
import DossierExtraction
import DossierFormats
import Foundation

/// `dossier train-extractor`: rebuilds the text builder's statistical parts.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-extractor",
        abstract: "Rebuild the text builder's common-word list and chunk classifier from annotated text.",
        discussion: """
            Reads Re-DocRED's development split (the default path is ../shared/data/redocred/dev_revised.json), \
            trains on four documents in five, measures on the fifth, prints the measurement, and writes \
            common-words.txt and chunk-classifier.tsv into the output folder. `make model` runs it.
            """,
        shouldDisplay: false)

    @Option(help: ArgumentHelp("The annotated JSON file.", valueName: "file"))
    var data = "../shared/data/redocred/dev_revised.json"

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the model files into.", valueName: "folder"))
    var output = "Sources/DossierExtraction/Resources"

    @Option(help: ArgumentHelp("Passes of the perceptron over the training chunks.", valueName: "count"))
    var epochs = 16

    func validate() throws {
        guard (1...200).contains(epochs) else { throw ValidationError("--epochs must be between 1 and 200.") }
    }

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: data) else {
            throw FormatError.fileSystem(path: data, reason: "cannot be read. Give the Re-DocRED file with --data.")
        }
        let result = try ExtractorTraining.train(data: bytes, epochs: epochs)
        try OutputFile.write(result.commonWords, to: output + "/common-words.txt")
        try OutputFile.write(result.classifier, to: output + "/chunk-classifier.tsv")
        print(result.report)
    }
}
