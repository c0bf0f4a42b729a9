// The benchmark driver behind `make bench`: release-build measurements of
// the text builder, the store and the queries, and the renderer. Prints
// one JSON object a measurement so bench/run.py can tabulate them.
import Dossier
import DossierExtraction
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let command = arguments.first else {
    FileHandle.standardError.write(Data("usage: dossier-bench extract|generate|warm|render ...\n".utf8))
    exit(64)
}
let options = BenchOptions(Array(arguments.dropFirst()))

do {
    switch command {
    case "extract": try ExtractionBench.run(options)
    case "generate": try GraphGenerator.run(options)
    case "warm": try WarmQueryBench.run(options)
    case "render": try RenderBench.run(options)
    default:
        FileHandle.standardError.write(Data("unknown benchmark \(command)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
    exit(1)
}
