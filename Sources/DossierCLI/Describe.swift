import Dossier

/// Words and arrows for relations, paths and events in terminal output.
enum Describe {
    /// `─kind→`, `←kind─` or, for symmetric kinds, `─kind─`, with a
    /// participant's role: `─participant (visitor)→`.
    static func arrow(_ relation: Relation, forward: Bool) -> String {
        let role = relation.attributes["role"].map { " (\($0))" } ?? ""
        let label = relation.kind.rawValue + role
        if relation.kind.isSymmetric { return "─\(label)─" }
        return forward ? "─\(label)→" : "←\(label)─"
    }

    /// A path on one line: `A ─advises→ B ─holds→ C`.
    static func line(_ path: Path) -> String {
        var text = Terminal.safe(path.start.name)
        for step in path.steps {
            text += " " + arrow(step.relation, forward: step.isForward) + " " + Terminal.safe(step.to.name)
        }
        return text
    }

    /// "reported by The Daily Paper; denied by Jane Roe", or `nil` when
    /// nobody is on record for the event.
    static func claims(_ attribution: Path.Dispute?) -> String? {
        guard let attribution else { return nil }
        var parts: [String] = []
        func names(_ entities: [Entity]) -> String { entities.map { Terminal.safe($0.name) }.joined(separator: ", ") }
        if !attribution.reportedBy.isEmpty { parts.append("reported by " + names(attribution.reportedBy)) }
        if !attribution.confirmedBy.isEmpty { parts.append("confirmed by " + names(attribution.confirmedBy)) }
        if !attribution.deniedBy.isEmpty { parts.append("denied by " + names(attribution.deniedBy)) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// A sentence cut to about 240 characters for the terminal.
    static func shorten(_ sentence: String) -> String {
        sentence.count <= 240 ? sentence : String(sentence.prefix(237)) + "…"
    }
}
