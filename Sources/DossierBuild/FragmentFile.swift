import Dossier
import DossierExtraction
import DossierFormats

/// A file of fragment lines (`dossier extract`'s output) read into a session.
enum FragmentFile {
    /// Adds every fragment of `file` to `session`, leaving out the
    /// articles of `skipping` (those the store holds); the articles the
    /// extractor could not read come back as problems, so none is dropped
    /// without a word.
    ///
    /// - Throws: ``ExtractionError/invalidFragment(path:line:message:)``
    ///   naming the line that is cut short, is no fragment, or was read by
    ///   another builder than `session`'s.
    static func add(
        _ file: SourceFile, to session: inout ExtractionSession, skipping: Set<DocumentID>
    ) throws -> [TextProblem] {
        var problems: [TextProblem] = []
        let bytes = try file.utf8Bytes()
        var number = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            var fragment = try ArticleFragment(
                jsonLine: String(decoding: line, as: UTF8.self), path: file.path, line: number)
            fragment.leaveOut(skipping)
            guard fragment.builder == session.builder.version || fragment.documents.isEmpty else {
                throw ExtractionError.invalidFragment(
                    path: file.path, line: number,
                    message:
                        "the fragment was read by builder \(fragment.builder), but this dossier is builder "
                        + "\(session.builder.version); fragments of two builder versions are never merged")
            }
            try session.add(fragment)
            for failure in fragment.failures {
                problems.append(
                    TextProblem(
                        path: file.path, line: number,
                        message:
                            "article \"\(failure.name)\" could not be read (\(failure.reason)); it is not in the graph")
                )
            }
        }
        return problems
    }
}
