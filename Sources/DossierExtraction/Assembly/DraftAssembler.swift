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
        var dateBasis: String?
        var label: String?
        /// What travelled on a visit when no one aboard is named.
        var vehicle: String?
        var denies: Int?
        var members: [EventMember] = []
        /// The participants and place names as sets, kept beside the lists
        /// so that comparing a much-told event stays cheap.
        var participantSet: Set<EntityKey> = []
        var placeNames: Set<String> = []
        /// The message recipients as a set, for the same reason.
        var recipients: Set<EntityKey> = []
        /// Bucket keys in first-seen order, without repeats.
        var participantOrder: [EntityKey] = []

        mutating func noteMembers() {
            for participant in participants where participantSet.insert(participant.entity).inserted {
                participantOrder.append(participant.entity)
            }
            for place in places { placeNames.insert(place.entity.name) }
            for participant in participants where participant.role == "recipient" {
                recipients.insert(participant.entity)
            }
        }
    }

    /// The draft: entities with every surface form, events merged across
    /// documents, then every fact as a relation with its evidence.
    func assemble() -> GraphDraft {
        let people = personMap()
        let offices = joinedOffices(people: people)
        var ids = EntityIDs(people: people, offices: offices)
        var entities: [EntityKey: Set<String>] = [:]
        for document in documents {
            for (key, surfaces) in document.surfaces { entities[ids.map(key), default: []].formUnion(surfaces) }
        }
        for (joined, kept) in offices { entities[kept, default: []].insert(joined.name) }
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
        /// Offices joined into another of the same role and body.
        let offices: [EntityKey: EntityKey]
        private var ids: [EntityKey: EntityID] = [:]

        init(people: [EntityKey: EntityKey], offices: [EntityKey: EntityKey] = [:]) {
            self.people = people
            self.offices = offices
        }

        /// A person's longest name, an office's that it was joined into; other keys as they are.
        func map(_ key: EntityKey) -> EntityKey {
            switch key.kind {
            case .person: people[key] ?? key
            case .office: offices[key] ?? key
            default: key
            }
        }

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
            if let vehicle = event.vehicle { attributes["vehicle"] = vehicle }
            if let date = event.date, !date.isEmpty {
                attributes["date"] = date
                attributes["dateBasis"] = event.dateBasis ?? "stated"
            } else if let dated = event.members.lazy.compactMap({ documents[$0.document].document.date }).first {
                // Told without a date of its own: the article's date stands, and says so.
                attributes["date"] = dated
                attributes["dateBasis"] = "dateline"
            }
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
                // A joined office's owner is its country; the office kept has its own.
                if fact.kind == .officeOf, case .entity(let office) = fact.source, ids.offices[office] != nil {
                    continue
                }
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
}
