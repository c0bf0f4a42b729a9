import Dossier

/// A stable text picture of what each stage of the text builder made of one
/// document: the mentions found, the units they were joined into, the
/// offices and who holds them, the facts and the events. Tests compare it
/// with recorded files so that a change to one rule shows, stage by stage,
/// everything it moved.
struct PipelineTrace: Sendable {
    /// The stages a trace shows, in pipeline order.
    enum Stage: String, CaseIterable, Sendable {
        case mentions, units, offices, facts, events
    }

    /// Each stage's block of lines.
    private(set) var blocks: [Stage: [String]] = [:]

    /// The trace of reading `document` with `builder`, every section in turn.
    init(of document: TextDocument, builder: TextGraphBuilder) {
        var sectionNumber = 0
        var collected: [Stage: [String]] = [:]
        func append(_ stage: Stage, _ lines: [String], prefix: String) {
            collected[stage, default: []] += lines.map { prefix + $0 }
        }
        _ = builder.read(document) { sentences, units, book, facts in
            let prefix = sectionNumber == 0 ? "" : "section \(sectionNumber) "
            sectionNumber += 1
            append(.mentions, Self.lines(sentences), prefix: prefix)
            append(.units, Self.lines(units), prefix: prefix)
            append(.offices, Self.lines(book), prefix: prefix)
            append(.facts, Self.lines(facts.facts), prefix: prefix)
            append(.events, Self.lines(facts.events), prefix: prefix)
        }
        blocks = collected
    }

    /// One stage's block, a line per item, ending in a line break.
    func text(of stage: Stage) -> String {
        let lines = blocks[stage] ?? []
        return lines.isEmpty ? "(none)\n" : lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Lines

    static func lines(_ sentences: [ReadSentence]) -> [String] {
        sentences.enumerated().flatMap { index, read in
            read.mentions.map { mention in
                var line =
                    "s\(index) [\(mention.start)..\(mention.end)) \(describe(mention.kind)) \(quote(mention.name))"
                if mention.surface != mention.name { line += " surface=\(quote(mention.surface))" }
                if mention.isDemonym { line += " demonym" }
                if mention.isGuess { line += " guess" }
                if mention.isDefined { line += " defined" }
                if mention.isLanguage { line += " language" }
                return line
            }
        }
    }

    static func lines(_ units: [[Unit]]) -> [String] {
        units.enumerated().flatMap { index, sentence in
            sentence.map { unit in
                var line = "s\(index) [\(unit.start)..\(unit.end)) \(describe(unit.kind))"
                if unit.isPossessive { line += " possessive" }
                if unit.isQualifier { line += " qualifier" }
                return line
            }
        }
    }

    static func lines(_ book: OfficeBook) -> [String] {
        let offices = book.offices.sorted { $0.key < $1.key }.map { key, entry in
            "office \(describe(key)) s\(entry.sentence) from \(describe(entry.office))"
        }
        let holdings = book.holdings.map { holding in
            "holds \(describe(holding.person)) -> \(describe(holding.office)) \(holding.former ? "former" : "current") s\(holding.sentence)"
        }
        return offices + holdings
    }

    static func lines(_ facts: [FactRecord]) -> [String] {
        facts.map { fact in
            "s\(fact.sentence) \(fact.kind.rawValue) \(describe(fact.source)) -> \(describe(fact.target))\(describe(fact.attributes))"
        }
    }

    static func lines(_ events: [EventRecord]) -> [String] {
        events.enumerated().flatMap { index, event in
            var head = "e\(index) \(event.kind.rawValue)"
            if let date = event.date { head += " date=\(date)" }
            if let label = event.label { head += " label=\(quote(label))" }
            if let denies = event.denies { head += " denies=e\(denies)" }
            head += " sentences=" + event.sentences.map { "s\($0)" }.joined(separator: ",")
            let participants = event.participants.map { "  \($0.role) \(describe($0.entity)) s\($0.sentence)" }
            let places = event.places.map { "  place \(describe($0.entity)) s\($0.sentence)" }
            return [head] + participants + places
        }
    }

    // MARK: - Pieces

    static func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case _ where scalar.value < 0x20: quoted += "\\u{\(String(scalar.value, radix: 16))}"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    static func describe(_ key: EntityKey) -> String {
        "\(key.kind.rawValue) \(quote(key.name))"
    }

    static func describe(_ node: NodeRef) -> String {
        switch node {
        case .entity(let key): describe(key)
        case .event(let index): "event e\(index)"
        }
    }

    static func describe(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\(quote($0.value))" }.joined()
    }

    static func describe(_ kind: Mention.Kind) -> String {
        switch kind {
        case .person: "person"
        case .organization: "organization"
        case .country: "country"
        case .place: "place"
        case .office(let role): "office(\(role.rawValue))"
        case .organizationCue(let pattern): "cue(\(pattern))"
        case .date: "date"
        case .trigger(let kind): "trigger(\(kind.rawValue))"
        case .pronoun: "pronoun"
        case .honorific: "honorific"
        case .candidate: "candidate"
        }
    }

    static func describe(_ kind: Unit.Kind) -> String {
        switch kind {
        case .entity(let key, let isDemonym): "entity \(describe(key))\(isDemonym ? " demonym" : "")"
        case .office(let office): "office \(describe(office))"
        case .pronoun(let key): "pronoun -> \(key.map(describe) ?? "nobody")"
        case .date(let date): "date \(date)"
        case .trigger(let kind, let surface): "trigger \(kind.rawValue) \(quote(surface))"
        case .honorific: "honorific"
        }
    }

    static func describe(_ office: OfficeUnit) -> String {
        var text = "\(quote(office.title)) \(office.role.rawValue)"
        switch office.qualifier {
        case .country(let country): text += " of country \(quote(country))"
        case .organization(let organization): text += " of organization \(quote(organization))"
        case .ownerOffice(let owner): text += " to \(describe(owner))"
        case .ownerPerson(let owner): text += " of \(describe(owner))"
        case .none: break
        }
        if office.isFormer { text += " former" }
        if office.isBorrowed { text += " borrowed" }
        text += " key=" + (office.key.map(describe) ?? "none")
        return text
    }
}
