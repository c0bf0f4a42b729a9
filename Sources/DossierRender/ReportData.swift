public import Dossier

/// What a report's page script reads: the entities and relations chosen,
/// with their evidence, the claims about events, the timeline and the
/// sources. Encoded as JSON inside the page.
public struct ReportData: Codable, Hashable, Sendable {
    /// One entity's card.
    public struct Card: Codable, Hashable, Sendable {
        /// The entity's id, also its node's id in the SVG.
        public var id: String
        /// Its kind.
        public var kind: String
        /// Its name.
        public var name: String
        /// Its other names.
        public var aliases: [String]
        /// Its attributes.
        public var attributes: [String: String]
        /// For an event: who reports, confirms and denies it.
        public var claims: Claims?
    }

    /// Who reports, confirms and denies an event, by name.
    public struct Claims: Codable, Hashable, Sendable {
        /// Names of those who report it.
        public var reportedBy: [String]
        /// Names of those who confirm it.
        public var confirmedBy: [String]
        /// Names of those who deny it.
        public var deniedBy: [String]
    }

    /// One relation with the sentences that say it.
    public struct Link: Codable, Hashable, Sendable {
        /// The relation's id, also its edge's id in the SVG.
        public var id: String
        /// Its kind.
        public var kind: String
        /// The source entity's id.
        public var source: String
        /// The target entity's id.
        public var target: String
        /// A participant's role.
        public var role: String?
        /// Its other attributes.
        public var attributes: [String: String]
        /// The sentences that say it.
        public var evidence: [Quote]
    }

    /// A sentence and the document it is in.
    public struct Quote: Codable, Hashable, Sendable {
        /// The document's id.
        public var document: String
        /// The sentence.
        public var sentence: String
    }

    /// A document the report cites.
    public struct Source: Codable, Hashable, Sendable {
        /// Its id.
        public var id: String
        /// Its title.
        public var title: String
        /// Its path when it was read.
        public var path: String
        /// Its date, when known.
        public var date: String?
    }

    /// A dated event, as `dossier timeline` lists them.
    public struct Moment: Codable, Hashable, Sendable {
        /// The event's id.
        public var event: String
        /// Its date as written.
        public var date: String
        /// Its type.
        public var type: String?
        /// Who took part, with their roles.
        public var parties: [Party]
    }

    /// One party to an event.
    public struct Party: Codable, Hashable, Sendable {
        /// The entity's id.
        public var entity: String
        /// The role it had.
        public var role: String?
    }

    /// Whether the store holds nothing.
    public var empty: Bool
    /// What part of the graph the report is about, when not the whole.
    public var selection: String?
    /// Lines to show above everything (the drawing was cut, …).
    public var notices: [String]
    /// The cards.
    public var entities: [Card]
    /// The relations.
    public var relations: [Link]
    /// The sources.
    public var documents: [Source]
    /// The dated events, earliest first.
    public var timeline: [Moment]

    /// The data for `subgraph`, with claims and parties looked up in `graph`.
    public init(_ subgraph: Subgraph, in graph: Graph, selection: String?, notices: [String]) {
        empty = graph.entities.isEmpty
        self.selection = selection
        self.notices = notices
        let names = { (entities: [Entity]) in entities.map { Self.visible($0.name) } }
        entities = subgraph.entities.map { entity in
            let dispute = entity.kind == .event ? graph.attribution(of: entity.id) : nil
            let claims = dispute.flatMap { found -> Claims? in
                let claims = Claims(
                    reportedBy: names(found.reportedBy), confirmedBy: names(found.confirmedBy),
                    deniedBy: names(found.deniedBy))
                return claims.reportedBy.isEmpty && claims.confirmedBy.isEmpty && claims.deniedBy.isEmpty
                    ? nil : claims
            }
            return Card(
                id: entity.id.rawValue, kind: entity.kind.rawValue, name: Self.visible(entity.name),
                aliases: entity.aliases.map { Self.visible($0) },
                attributes: entity.attributes.mapValues { Self.visible($0) },
                claims: claims)
        }
        relations = subgraph.relations.map { relation in
            Link(
                id: relation.id, kind: relation.kind.rawValue, source: relation.source.rawValue,
                target: relation.target.rawValue, role: relation.attributes["role"],
                attributes: relation.attributes.mapValues { Self.visible($0) },
                evidence: relation.evidence.map {
                    Quote(document: $0.document.rawValue, sentence: Self.visible($0.sentence, breaks: " "))
                })
        }
        let cited = Set(subgraph.relations.flatMap { $0.evidence.map(\.document) })
        documents = graph.documents.values.filter { cited.contains($0.id) || subgraph.relations.isEmpty }
            .sorted { ($0.date ?? "", $0.title, $0.path) < ($1.date ?? "", $1.title, $1.path) }
            .map {
                Source(id: $0.id.rawValue, title: Self.visible($0.title), path: Self.visible($0.path), date: $0.date)
            }
        timeline = Self.moments(subgraph, in: graph)
    }

    /// Text with its control characters made visible: each C0 character as
    /// its Unicode control picture (ESC as ␛), line breaks as `breaks` when
    /// given, DEL and C1 characters as U+FFFD. An ANSI escape in a name then
    /// shows as what it is rather than as nothing.
    static func visible(_ text: String, breaks: String? = nil) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let breaks, scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(contentsOf: breaks.unicodeScalars)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if (0x7F...0x9F).contains(scalar.value) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The subgraph's dated events in time order, each with its parties.
    static func moments(_ subgraph: Subgraph, in graph: Graph) -> [Moment] {
        let dated = subgraph.entities.compactMap { entity -> (Entity, String)? in
            guard entity.kind == .event, let date = entity.attributes["date"], !date.isEmpty else { return nil }
            return (entity, date)
        }
        return dated.sorted { lhs, rhs in
            (CalendarDay.sortKey(lhs.1), lhs.0.name) < (CalendarDay.sortKey(rhs.1), rhs.0.name)
        }.map { event, date in
            let parties = graph.relations(to: event.id).filter { $0.kind == .participant }.map {
                Party(entity: $0.source.rawValue, role: $0.attributes["role"])
            }
            return Moment(event: event.id.rawValue, date: date, type: event.attributes["type"], parties: parties)
        }
    }
}
