import Dossier

extension FtMWriter {
    /// The lines of one export as they are gathered: entities first, then
    /// the properties and links the relations add to them.
    struct State {
        let graph: ExportGraph
        private let entities: [EntityID: Entity]
        private(set) var lines: [String: Line] = [:]
        private(set) var order: [String] = []

        init(graph: ExportGraph) {
            self.graph = graph
            entities = Dictionary(graph.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        // MARK: - Entities

        func ftmID(_ entity: Entity) -> String {
            if let id = entity.attributes["ftmId"], FtMWriter.isValidID(id) { return id }
            return FtMWriter.id(for: entity.id.rawValue)
        }

        func schema(_ entity: Entity) -> String {
            if let schema = entity.attributes["ftmSchema"], FtMSchemata.kinds[schema] == entity.kind { return schema }
            return FtMSchemata.defaultSchema[entity.kind]!
        }

        private mutating func insert(_ line: Line) {
            if lines[line.id] == nil { order.append(line.id) }
            lines[line.id] = line
        }

        mutating func addEntity(_ entity: Entity) {
            var line = Line(id: ftmID(entity), schema: schema(entity))
            line.add("name", entity.name)
            if entity.kind == .place && line.schema == "Address" { line.add("full", entity.name) }
            let elsewhere = Set(
                ["weakAlias", "previousName"].flatMap { entity.attributes[$0].map(Self.values) ?? [] })
            for alias in entity.aliases where !elsewhere.contains(alias) { line.add("alias", alias) }
            for property in FtMWriter.propertyAttributes {
                for value in entity.attributes[property].map(Self.values) ?? [] { line.add(property, value) }
            }
            if entity.kind == .event, let date = entity.attributes["date"] { line.add("date", date) }
            line.datasets = entity.attributes["datasets"].map(Self.values) ?? []
            let written = FtMWriter.bookkeeping.union(FtMWriter.propertyAttributes).union(["date", "name"])
            for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) where !written.contains(key) {
                line.add("notes", key + ": " + value)
            }
            insert(line)
        }

        /// A country at the end of a link, as the public body of that state.
        private mutating func countryBody(_ country: Entity) -> String {
            let id = ftmID(country)
            guard lines[id] == nil else { return id }
            var line = Line(id: id, schema: "PublicBody")
            line.add("name", country.name)
            for alias in country.aliases { line.add("alias", alias) }
            if let code = CountryCodes.codes[country.name] { line.add("country", code) }
            insert(line)
            return id
        }

        static func values(_ joined: String) -> [String] {
            joined.split(separator: "; ").map(String.init)
        }

        // MARK: - Relations

        mutating func addRelation(_ relation: Relation) {
            guard let source = entities[relation.source], let target = entities[relation.target] else { return }
            if source.kind != .country, addAsProperty(relation, source, target) { return }
            let linkSchema = self.linkSchema(relation, source, target)
            if let (schema, reversed) = linkSchema {
                addLink(relation, schema: schema, from: reversed ? target : source, to: reversed ? source : target)
            } else {
                addLink(relation, schema: "UnknownLink", from: source, to: target)
            }
        }

        /// Writes a relation as a property of its source (or, for
        /// participants, of the event); false when it must be a link.
        private mutating func addAsProperty(_ relation: Relation, _ source: Entity, _ target: Entity) -> Bool {
            let sourceID = ftmID(source)
            let sourceSchema = schema(source)
            let countryKinds: Set<RelationKind> = [.citizenOf, .locatedIn, .officeOf, .heldIn]
            if countryKinds.contains(relation.kind) && target.kind == .country {
                let fallback = relation.kind == .citizenOf && sourceSchema == "Person" ? "nationality" : "country"
                let property = relation.attributes["ftmProperty"] ?? fallback
                guard Self.countryProperties(of: sourceSchema).contains(property),
                    let code = CountryCodes.codes[target.name]
                else { return false }
                lines[sourceID]?.add(property, code)
                return true
            }
            if relation.kind == .officeOf && sourceSchema == "Position"
                && FtMSchemata.organizations.contains(schema(target))
            {
                let body = ftmID(target)
                lines[sourceID]?.add("organization", body)
                return true
            }
            if relation.kind == .heldIn && target.kind == .place && FtMSchemata.kinds[sourceSchema] == .event {
                lines[sourceID]?.add("location", target.name)
                return true
            }
            if relation.kind == .participant && FtMSchemata.legalEntities.contains(sourceSchema)
                && FtMSchemata.kinds[schema(target)] == .event
            {
                let property = relation.attributes["role"] == "organizer" ? "organizer" : "involved"
                let event = ftmID(target)
                lines[event]?.add(property, sourceID)
                return true
            }
            return false
        }

        /// The interval schema for a holds, memberOf or associateOf relation
        /// whose ends FtM allows there, and whether the ends swap; nil for
        /// every other relation.
        private func linkSchema(_ relation: Relation, _ source: Entity, _ target: Entity) -> (String, Bool)? {
            let fallback: [RelationKind: String] = [
                .holds: "Occupancy", .memberOf: "Membership", .associateOf: "Associate",
            ]
            guard let standard = fallback[relation.kind] else { return nil }
            var schema = standard
            if let read = relation.attributes["ftmSchema"], FtMSchemata.links[read]?.kind == relation.kind {
                schema = read
            }
            guard let range = FtMSchemata.ranges[schema] else { return nil }
            let ends = (self.schema(source), self.schema(target))
            let reversed = relation.kind.isSymmetric && relation.attributes["ftmFrom"] == ftmID(target)
            let (from, to) = reversed ? (ends.1, ends.0) : ends
            guard range.source.contains(from), range.target.contains(to) else { return nil }
            return (schema, reversed)
        }

        private mutating func addLink(_ relation: Relation, schema: String, from: Entity, to: Entity) {
            let link = FtMSchemata.links[schema]!
            let id =
                relation.attributes["ftmId"].flatMap { FtMWriter.isValidID($0) ? $0 : nil }
                ?? "dossier-" + FtMWriter.hash(relation.id)
            var line = Line(id: id, schema: schema)
            line.add(link.source, from.kind == .country ? countryBody(from) : ftmID(from))
            line.add(link.target, to.kind == .country ? countryBody(to) : ftmID(to))
            let isNative = relation.attributes["ftmSchema"] == schema
            for (ftm, dossier) in link.attributes {
                guard let value = relation.attributes[dossier] else { continue }
                if ftm == "role" && !isNative && schema == "UnknownLink" { continue }
                line.add(ftm, value)
            }
            if schema == "UnknownLink" && !isNative {
                let role = relation.attributes["role"].map { " (\($0))" } ?? ""
                line.add("role", relation.kind.rawValue + role)
            }
            for item in relation.evidence where !item.sentence.hasPrefix("{") {
                line.add("description", item.sentence)
                let path = graph.paths[item.document] ?? ""
                if path.hasPrefix("http://") || path.hasPrefix("https://") { line.add("sourceUrl", path) }
            }
            insert(line)
        }

        /// The country properties a schema has.
        static func countryProperties(of schema: String) -> Set<String> {
            switch schema {
            case "Person": ["nationality", "citizenship", "country"]
            case _ where FtMSchemata.legalEntities.contains(schema): ["country", "jurisdiction"]
            default: ["country"]
            }
        }
    }
}
