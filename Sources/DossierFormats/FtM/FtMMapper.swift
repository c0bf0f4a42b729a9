import Dossier

/// Turns FtM lines into a draft in two passes over the file: things first
/// (so that links can find their ends), then the links; counts what it
/// leaves out. No line is kept past its mapping, and what a line makes is
/// handed on (``take()``) before the next is read.
struct FtMMapper {
    let file: SourceFile
    /// What the lines mapped so far made and the reader has not taken yet.
    private(set) var entities: [Entity] = []
    /// The relations made and not taken yet, each with its `path:line`.
    private(set) var relations: [(Relation, String)] = []
    /// What was left out, by line.
    private(set) var warnings: [TextProblem] = []
    /// Entities with nothing but a name (countries, places) already made,
    /// so that each is made once.
    private var bare = Set<EntityID>()
    /// Dossier ids by FtM id.
    private var ids: [String: EntityID] = [:]
    /// Lines left out, by schema.
    private var skipped: [String: (count: Int, firstLine: Int)] = [:]
    /// Positions' `organization` references, joined once every thing is read.
    private var bodies: [(office: EntityID, reference: String, line: FtMLine)] = []

    init(file: SourceFile) {
        self.file = file
    }

    /// Maps a line in the first pass: a thing is added, a link waits for
    /// the second; true when the line is a link to read again then.
    mutating func mapThing(_ line: FtMLine) -> Bool {
        if FtMSchemata.kinds[line.schema] != nil {
            addThing(line)
            return false
        }
        if FtMSchemata.links[line.schema] != nil { return true }
        skipped[line.schema, default: (0, line.line)].count += 1
        return false
    }

    /// Joins positions to their organizations, once every thing is read.
    mutating func finishThings() {
        for body in bodies {
            guard let organization = ids[body.reference] else {
                warn(
                    body.line.line,
                    "Position \(body.line.id): organization \(body.reference) is not in the file; left out")
                continue
            }
            relate(.officeOf, body.office, organization, body.line)
        }
        bodies = []
    }

    /// Maps a link line in the second pass.
    mutating func mapLink(_ line: FtMLine) {
        if let link = FtMSchemata.links[line.schema] { addLink(line, link) }
    }

    /// Warns of the schemata left out.
    mutating func finish() {
        for (schema, skip) in skipped.sorted(by: { $0.key < $1.key }) {
            warn(
                skip.firstLine,
                "\(skip.count) \(schema) \(skip.count == 1 ? "entity" : "entities") left out "
                    + "(Dossier reads \((FtMSchemata.kinds.keys.sorted() + FtMSchemata.links.keys.sorted()).joined(separator: ", ")))"
            )
        }
    }

    /// Hands over what was made since the last call.
    mutating func take() -> (entities: [Entity], relations: [(Relation, String)]) {
        defer {
            entities.removeAll(keepingCapacity: true)
            relations.removeAll(keepingCapacity: true)
        }
        return (entities, relations)
    }

    private mutating func addBare(_ entity: Entity) {
        if bare.insert(entity.id).inserted { entities.append(entity) }
    }

    private mutating func warn(_ line: Int, _ message: String) {
        warnings.append(TextProblem(path: file.path, line: line, message: message))
    }

    private func evidence(_ line: FtMLine) -> Evidence {
        Evidence(
            document: file.documentID, sentence: line.text, start: line.offset, end: line.offset + line.text.utf8.count)
    }

    /// The line's dates that are dates; the others are warned of and dropped.
    private mutating func checkedDate(_ line: FtMLine, _ property: String) -> String? {
        guard let value = line.first(property) else { return nil }
        guard FtMSchemata.isDate(value) else {
            warn(line.line, "\(line.schema) \(line.id): \(property) \"\(value)\" is not a date; left out")
            return nil
        }
        return String(value.prefix(10))
    }

    private mutating func addThing(_ line: FtMLine) {
        var kind = FtMSchemata.kinds[line.schema]!
        let names = line.all("name") + (kind == .place ? line.all("full") : [])
        guard let name = names.first?.trimmingSpaces(), !name.isEmpty else {
            warn(line.line, "\(line.schema) \(line.id) has no name; left out")
            return
        }
        // A public body named as the country it is in stands for that state.
        if line.schema == "PublicBody", let code = line.first("country"),
            CountryCodes.names[code.lowercased()] == name
        {
            kind = .country
        }
        var attributes: [String: String] = ["ftmId": line.id, "ftmSchema": line.schema]
        for property in ["birthDate", "deathDate"] {
            if let date = checkedDate(line, property) { attributes[property] = date }
        }
        if kind == .event, let date = checkedDate(line, "date") ?? checkedDate(line, "startDate") {
            attributes["date"] = date
        }
        for property in ["sourceUrl", "publisher", "summary", "description", "gender", "position", "topics"] {
            let values = line.all(property)
            if !values.isEmpty { attributes[property] = values.joined(separator: "; ") }
        }
        for property in ["weakAlias", "previousName"] where !line.all(property).isEmpty {
            attributes[property] = line.all(property).joined(separator: "; ")
        }
        if !line.datasets.isEmpty { attributes["datasets"] = line.datasets.joined(separator: "; ") }
        var entity = Entity(kind: kind, name: name, attributes: attributes)
        entity.addAliases(
            Array(names.dropFirst()) + line.all("alias") + line.all("weakAlias") + line.all("previousName"))
        entities.append(entity)
        ids[line.id] = entity.id
        if kind != .country { addCountries(line, of: entity) }
        if kind == .office {
            for reference in line.all("organization") { bodies.append((entity.id, reference, line)) }
        }
        if kind == .event { addEventParts(line, of: entity) }
    }

    private mutating func addCountries(_ line: FtMLine, of entity: Entity) {
        let kind: RelationKind
        switch entity.kind {
        case .person: kind = .citizenOf
        case .office: kind = .officeOf
        case .event: kind = .heldIn
        default: kind = .locatedIn
        }
        var seen = Set<String>()
        for property in FtMSchemata.countryProperties {
            for code in line.all(property) where seen.insert(code.lowercased()).inserted {
                guard let name = CountryCodes.names[code.lowercased()] else {
                    warn(
                        line.line,
                        "\(line.schema) \(line.id): \(property) \"\(code)\" is no country code Dossier knows; left out")
                    continue
                }
                let country = Entity(kind: .country, name: name)
                addBare(country)
                relate(
                    kind, entity.id, country.id, line,
                    attributes: property == (kind == .citizenOf ? "nationality" : "country")
                        ? [:] : ["ftmProperty": property])
            }
        }
    }

    private mutating func addEventParts(_ line: FtMLine, of event: Entity) {
        for place in line.all("location") where !place.trimmingSpaces().isEmpty {
            let entity = Entity(kind: .place, name: place.trimmingSpaces())
            addBare(entity)
            relate(.heldIn, event.id, entity.id, line)
        }
        for (property, role) in [("involved", "involved"), ("organizer", "organizer")] {
            for reference in line.all(property) {
                guard let party = ids[reference] else {
                    warn(line.line, "Event \(line.id): \(property) \(reference) is not in the file; left out")
                    continue
                }
                relate(.participant, party, event.id, line, attributes: ["role": role])
            }
        }
    }

    private mutating func addLink(_ line: FtMLine, _ link: FtMSchemata.Link) {
        guard let sourceRef = line.first(link.source), let targetRef = line.first(link.target),
            let from = ids[sourceRef], let to = ids[targetRef]
        else {
            let missing = [link.source, link.target].filter { line.first($0).flatMap { ids[$0] } == nil }
            warn(
                line.line,
                "\(line.schema) \(line.id): its \(missing.joined(separator: " and ")) "
                    + "\(missing.count == 1 ? "is" : "are") missing or not in the file; left out")
            return
        }
        var attributes: [String: String] = ["ftmId": line.id, "ftmSchema": line.schema]
        // A symmetric kind is stored in id order; which end FtM named first is kept.
        if link.kind.isSymmetric { attributes["ftmFrom"] = sourceRef }
        for (ftm, dossier) in link.attributes {
            let value = FtMSchemata.dateProperties.contains(ftm) ? checkedDate(line, ftm) : line.first(ftm)
            if let value, !value.isEmpty { attributes[dossier] = value }
        }
        relate(link.kind, from, to, line, attributes: attributes)
    }

    private mutating func relate(
        _ kind: RelationKind, _ from: EntityID, _ to: EntityID, _ line: FtMLine, attributes: [String: String] = [:]
    ) {
        let relation = Relation(
            kind: kind, source: from, target: to, attributes: attributes, evidence: [evidence(line)])
        relations.append((relation, "\(file.path):\(line.line)"))
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
