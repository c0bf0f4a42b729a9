public import Dossier

/// The line of small print under a diagram that names its sources.
public enum DiagramSources {
    /// Longest line before the list is cut with a count of the rest.
    static let limit = 240
    /// Longest document title before it is cut.
    static let titleLimit = 60

    /// "Sources: title (date); …" for the documents the drawn relations
    /// cite, in date order; nil when they cite none.
    public static func line(for subgraph: Subgraph, in graph: Graph) -> String? {
        let cited = Set(subgraph.relations.flatMap { $0.evidence.map(\.document) })
        let documents = cited.compactMap { graph.documents[$0] }.sorted {
            ($0.date ?? "", $0.title, $0.path) < ($1.date ?? "", $1.title, $1.path)
        }
        guard !documents.isEmpty else { return nil }
        var line = "Sources: "
        for (index, document) in documents.enumerated() {
            var title = document.title.isEmpty ? document.path : document.title
            if title.count > titleLimit { title = title.prefix(titleLimit - 1).trimmingSuffixSpaces() + "…" }
            let item = title + (document.date.map { " (\($0))" } ?? "")
            if index > 0 && line.count + item.count > limit {
                line += "; and \(documents.count - index) more"
                break
            }
            line += (index > 0 ? "; " : "") + item
        }
        return line
    }
}

extension Substring {
    fileprivate func trimmingSuffixSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
