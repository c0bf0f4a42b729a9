import Dossier

/// One event as one document tells it: the document's index and the
/// event's index in it.
struct EventMember: Hashable, Sendable {
    var document: Int
    var event: Int
}

/// Two names never to join as one person, compared without regard to case
/// and order.
struct NamePair: Hashable, Sendable {
    let first: String
    let second: String

    init(_ one: String, _ other: String) {
        let (a, b) = (one.lowercased(), other.lowercased())
        (first, second) = a <= b ? (a, b) : (b, a)
    }
}

/// Merges the facts of several documents into one draft: people named
/// differently joined, events told twice merged, ids and names made.
struct DraftAssembler {
    let lexicon: Lexicon
    let documents: [DocumentFacts]
    /// Name pairs never to join as one person.
    var keepApart: Set<NamePair> = []

    struct MergedEvent {
        var kind: Lexicon.EventKind
        var participants: [(entity: EntityKey, role: String, evidence: Evidence)] = []
        var places: [(entity: EntityKey, evidence: Evidence)] = []
        var date: String?
        var label: String?
        var denies: Int?
        var members: [EventMember] = []
        /// The participants and place names as sets, kept beside the lists
        /// so that comparing a much-told event stays cheap.
        var participantSet: Set<EntityKey> = []
        var placeNames: Set<String> = []
        /// Bucket keys in first-seen order, without repeats.
        var participantOrder: [EntityKey] = []

        mutating func noteMembers() {
            for participant in participants where participantSet.insert(participant.entity).inserted {
                participantOrder.append(participant.entity)
            }
            for place in places { placeNames.insert(place.entity.name) }
        }
    }

    /// The draft: entities with every surface form, events merged across
    /// documents, then every fact as a relation with its evidence.
    func assemble() -> GraphDraft {
        let people = personMap()
        var ids = EntityIDs(people: people)
        var entities: [EntityKey: Set<String>] = [:]
        for document in documents {
            for (key, surfaces) in document.surfaces { entities[ids.map(key), default: []].formUnion(surfaces) }
        }
        let events = mergeEvents(map: ids.map)
        var draft = GraphDraft()
        var collector = RelationCollector()
        for document in documents { draft.add(document.document) }
        for (key, surfaces) in entities.sorted(by: { $0.key < $1.key }) {
            draft.add(Entity(kind: key.kind, name: key.name, aliases: Array(surfaces)))
        }
        let eventIDs = addEvents(events, to: &draft, collector: &collector, ids: &ids)
        var eventOf: [EventMember: EntityID] = [:]
        for (index, event) in events.enumerated() {
            for member in event.members { eventOf[member] = eventIDs[index] }
        }
        let statuses = addFacts(to: &draft, collector: &collector, ids: &ids, eventOf: eventOf)
        for relation in collector.relationsWithEvidence() { draft.add(relation) }
        for (key, status) in statuses {
            guard var relation = draft.relations[key] else { continue }
            relation.attributes["status"] = status
            draft.removeRelation(key)
            draft.add(relation)
        }
        return draft
    }

    /// Entity ids by document-level key, people mapped to their longest name.
    struct EntityIDs {
        let people: [EntityKey: EntityKey]
        private var ids: [EntityKey: EntityID] = [:]

        init(people: [EntityKey: EntityKey]) { self.people = people }

        /// A person's longest name; other keys as they are.
        func map(_ key: EntityKey) -> EntityKey { key.kind == .person ? people[key] ?? key : key }

        /// The id of a key (not mapped), made once.
        mutating func id(_ key: EntityKey) -> EntityID {
            if let known = ids[key] { return known }
            let made = EntityID(kind: key.kind, name: key.name)
            ids[key] = made
            return made
        }
    }

    /// Adds each merged event with its participants and places; the events' ids, in order.
    private func addEvents(
        _ events: [MergedEvent], to draft: inout GraphDraft, collector: inout RelationCollector, ids: inout EntityIDs
    ) -> [EntityID] {
        var eventIDs: [EntityID] = []
        for event in events {
            let name = eventName(event, events: events)
            let id = EntityID(kind: .event, name: name)
            eventIDs.append(id)
            var attributes = ["type": event.kind.rawValue, "name": name]
            if let date = event.date, !date.isEmpty { attributes["date"] = date }
            draft.add(Entity(id: id, kind: .event, name: name, attributes: attributes))
        }
        for (index, event) in events.enumerated() {
            for participant in event.participants {
                collector.add(
                    Relation(
                        kind: .participant, source: ids.id(participant.entity), target: eventIDs[index],
                        attributes: ["role": participant.role], evidence: [participant.evidence]))
            }
            for place in Self.mostSpecific(event.places, lexicon: lexicon) {
                collector.add(
                    Relation(
                        kind: .heldIn, source: eventIDs[index], target: ids.id(place.entity),
                        evidence: [place.evidence]))
            }
        }
        return eventIDs
    }

    /// Adds every document's facts as relations; the status each `holds`
    /// relation ends with (former once any document says so).
    private func addFacts(
        to draft: inout GraphDraft, collector: inout RelationCollector, ids: inout EntityIDs,
        eventOf: [EventMember: EntityID]
    ) -> [RelationKey: String] {
        var statuses: [RelationKey: String] = [:]
        for (documentIndex, document) in documents.enumerated() {
            for fact in document.facts {
                func resolve(_ node: NodeRef) -> EntityID? {
                    switch node {
                    case .entity(let key): ids.id(ids.map(key))
                    case .event(let event): eventOf[EventMember(document: documentIndex, event: event)]
                    }
                }
                guard let source = resolve(fact.source), let target = resolve(fact.target), source != target else {
                    continue
                }
                for case (.entity(let key), let id) in [(fact.target, target), (fact.source, source)]
                where draft.entities[id] == nil {
                    draft.add(Entity(kind: key.kind, name: ids.map(key).name))
                }
                let relation = Relation(
                    kind: fact.kind, source: source, target: target, attributes: fact.attributes,
                    evidence: [document.evidence(fact.sentence)])
                if fact.kind == .holds, let status = fact.attributes["status"] {
                    statuses[relation.key] = statuses[relation.key] == "former" ? "former" : status
                }
                collector.add(relation)
            }
        }
        return statuses
    }

    // MARK: - People

    /// Each person's forms mapped to the longest: same first and last word,
    /// the shorter's words all in the longer; a lone word to the one full
    /// name across the documents that ends with it.
    private func personMap() -> [EntityKey: EntityKey] {
        var names = Set<String>()
        for document in documents {
            for key in document.surfaces.keys where key.kind == .person { names.insert(key.name) }
        }
        let split = names.map { ($0, $0.split(separator: " ").map(String.init)) }
            .sorted { ($0.1.count, $0.0) > ($1.1.count, $1.0) }
        var map: [EntityKey: EntityKey] = [:]
        var byLast: [String: [(String, [String])]] = [:]
        var longerByLast: [String: Int] = [:]
        for entry in split {
            byLast[entry.1.last ?? "", default: []].append(entry)
            if entry.1.count > 1 { longerByLast[entry.1.last ?? "", default: 0] += 1 }
        }
        for (name, words) in split {
            let sameLast = byLast[words.last ?? ""] ?? []
            let target = sameLast.first { other in
                !keepApart.contains(NamePair(name, other.0)) && other.1.count > words.count
                    && (words.count == 1
                        ? other.1.last == words[0]
                            && longerByLast[words[0]] == 1
                        : other.1.first == words.first && other.1.last == words.last
                            && Set(words).isSubset(of: Set(other.1)))
            }
            if let target {
                let resolved = map[EntityKey(kind: .person, name: target.0)] ?? EntityKey(kind: .person, name: target.0)
                map[EntityKey(kind: .person, name: name)] = resolved
            }
        }
        return map
    }

    // MARK: - Events

    private func mergeEvents(map: (EntityKey) -> EntityKey) -> [MergedEvent] {
        var merged: [MergedEvent] = []
        var indexOf: [String: Int] = [:]
        var index = EventIndex()
        func bucketKeys(_ event: MergedEvent) -> [String] {
            switch event.kind {
            case .exercise: return ["exercise|" + (event.label ?? "").lowercased()]
            case .meeting: return event.participantOrder.map { "meeting|" + $0.name }
            default: return ["\(event.kind.rawValue)|" + (event.participants.first?.entity.name ?? "")]
            }
        }
        let order: [(Int, Int)] = documents.indices.flatMap { document in
            documents[document].events.indices.map { (document, $0) }
        }
        let nonDenials = order.filter { documents[$0.0].events[$0.1].kind != .denial }
        let denials = order.filter { documents[$0.0].events[$0.1].kind == .denial }
        for (documentIndex, eventIndex) in nonDenials + denials {
            let document = documents[documentIndex]
            let record = document.events[eventIndex]
            var candidate = MergedEvent(kind: record.kind, date: record.date, label: record.label)
            candidate.participants = record.participants.map {
                (map($0.entity), $0.role, document.evidence($0.sentence))
            }
            candidate.places = record.places.map { ($0.entity, document.evidence($0.sentence)) }
            if let denies = record.denies { candidate.denies = indexOf["\(documentIndex):\(denies)"] }
            candidate.members = [EventMember(document: documentIndex, event: eventIndex)]
            candidate.noteMembers()
            let candidates = index.candidates(buckets: bucketKeys(candidate), date: candidate.date)
            if let existing = candidates.first(where: { compatible(merged[$0], candidate) }) {
                let before = (bucketKeys(merged[existing]), merged[existing].date)
                absorb(&merged[existing], candidate)
                indexOf["\(documentIndex):\(eventIndex)"] = existing
                if before != (bucketKeys(merged[existing]), merged[existing].date) {
                    index.insert(existing, buckets: bucketKeys(merged[existing]), date: merged[existing].date)
                }
            } else {
                merged.append(candidate)
                indexOf["\(documentIndex):\(eventIndex)"] = merged.count - 1
                index.insert(merged.count - 1, buckets: bucketKeys(candidate), date: candidate.date)
            }
        }
        return merged
    }

    private func compatible(_ lhs: MergedEvent, _ rhs: MergedEvent) -> Bool {
        guard lhs.kind == rhs.kind else { return false }
        if let left = lhs.date, let right = rhs.date, !left.isEmpty, !right.isEmpty,
            !(left.hasPrefix(right) || right.hasPrefix(left))
        {
            return false
        }
        let leftPlaces = lhs.placeNames
        let rightPlaces = rhs.placeNames
        if !leftPlaces.isEmpty && !rightPlaces.isEmpty {
            let countries = { (places: Set<String>) in Set(places.map { lexicon.countryOfPlace[$0] ?? $0 }) }
            if leftPlaces.isDisjoint(with: rightPlaces)
                && countries(leftPlaces).isDisjoint(with: countries(rightPlaces))
            {
                return false
            }
        }
        switch lhs.kind {
        case .meeting:
            let left = lhs.participantSet
            let right = rhs.participantSet
            return !left.isEmpty && !right.isEmpty && (left.isSubset(of: right) || right.isSubset(of: left))
        case .exercise:
            return lhs.label?.lowercased() == rhs.label?.lowercased()
        case .denial:
            return lhs.participants.first?.entity == rhs.participants.first?.entity
                && (lhs.denies == nil || rhs.denies == nil || lhs.denies == rhs.denies)
        default:
            return lhs.participants.first?.entity == rhs.participants.first?.entity
        }
    }

    private func absorb(_ target: inout MergedEvent, _ other: MergedEvent) {
        target.participants += other.participants
        target.places += other.places
        if (other.date?.count ?? 0) > (target.date?.count ?? 0) { target.date = other.date }
        if target.label == nil { target.label = other.label }
        if target.denies == nil { target.denies = other.denies }
        target.members += other.members
        for entity in other.participantOrder where target.participantSet.insert(entity).inserted {
            target.participantOrder.append(entity)
        }
        target.placeNames.formUnion(other.placeNames)
    }

    /// The places to draw an event in: cities over the countries they are in.
    static func mostSpecific(
        _ places: [(entity: EntityKey, evidence: Evidence)], lexicon: Lexicon
    )
        -> [(entity: EntityKey, evidence: Evidence)]
    {
        let cityCountries = Set(
            places.filter { $0.entity.kind == .place }.compactMap { lexicon.countryOfPlace[$0.entity.name] })
        return places.filter { !($0.entity.kind == .country && cityCountries.contains($0.entity.name)) }
    }

    private func eventName(_ event: MergedEvent, events: [MergedEvent]) -> String {
        func who(_ role: String? = nil) -> String? {
            (role == nil ? event.participants.first : event.participants.first { $0.role == role })?.entity.name
        }
        let place =
            Self.mostSpecific(event.places, lexicon: lexicon).first { $0.entity.kind == .place }?.entity.name
            ?? event.places.first?.entity.name
        var name: String
        switch event.kind {
        case .visit: name = "\(who("visitor") ?? who() ?? "Someone") visits \(place ?? "a place")"
        case .meeting:
            let people = event.participants.map(\.entity.name).reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            name = people.count >= 2 ? "\(people[0]) meets \(people[1])" : "\(people.first ?? "Someone") meeting"
        case .message: name = "\(who("agent") ?? who() ?? "Someone") carries a message"
        case .denial:
            let target = event.denies.map { "the " + events[$0].kind.rawValue } ?? "a report"
            name = "\(who("agent") ?? who() ?? "Someone") denies \(target)"
        case .appointment: name = "\(who("agent") ?? "Someone") appoints \(who("subject") ?? "someone")"
        case .resignation: name = "\(who("agent") ?? who() ?? "Someone") resigns"
        case .exercise: name = "\(event.label ?? "An") exercise"
        case .agreement:
            let parties = event.participants.map(\.entity.name).reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            name =
                parties.count >= 2
                ? "Agreement between \(parties[0]) and \(parties[1])"
                : "\(parties.first ?? "Someone") signs an agreement"
        case .accusation: name = "\(who("agent") ?? "Someone") accuses \(who("subject") ?? "someone")"
        case .demand, .statement: name = "\(who("agent") ?? who() ?? "Someone") \(event.label ?? event.kind.rawValue)"
        default: name = "\(who() ?? "Someone") \(event.kind.rawValue)"
        }
        if let date = event.date, !date.isEmpty, !name.contains(date) { name += " (\(date))" }
        return name
    }
}
