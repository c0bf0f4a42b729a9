import Dossier

extension DraftAssembler {

    func mergeEvents(map: (EntityKey) -> EntityKey) -> [MergedEvent] {
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
            candidate.dateBasis = record.dateBasis
            candidate.vehicle = record.vehicle
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

    func compatible(_ lhs: MergedEvent, _ rhs: MergedEvent) -> Bool {
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
        case .message:
            // One sender's messages to different people are different messages.
            let left = lhs.recipients
            let right = rhs.recipients
            return lhs.participants.first?.entity == rhs.participants.first?.entity
                && (left.isEmpty || right.isEmpty || !left.isDisjoint(with: right))
        case .denial:
            return lhs.participants.first?.entity == rhs.participants.first?.entity
                && (lhs.denies == nil || rhs.denies == nil || lhs.denies == rhs.denies)
        default:
            return lhs.participants.first?.entity == rhs.participants.first?.entity
        }
    }

    func absorb(_ target: inout MergedEvent, _ other: MergedEvent) {
        target.participants += other.participants
        target.places += other.places
        if (other.date?.count ?? 0) > (target.date?.count ?? 0) {
            target.date = other.date
            target.dateBasis = other.dateBasis
        }
        if target.label == nil { target.label = other.label }
        if target.vehicle == nil { target.vehicle = other.vehicle }
        if target.denies == nil { target.denies = other.denies }
        target.members += other.members
        for entity in other.participantOrder where target.participantSet.insert(entity).inserted {
            target.participantOrder.append(entity)
        }
        target.placeNames.formUnion(other.placeNames)
        target.recipients.formUnion(other.recipients)
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

    func eventName(_ event: MergedEvent, events: [MergedEvent]) -> String {
        func who(_ role: String? = nil) -> String? {
            (role == nil ? event.participants.first : event.participants.first { $0.role == role })?.entity.name
        }
        let place =
            Self.mostSpecific(event.places, lexicon: lexicon).first { $0.entity.kind == .place }?.entity.name
            ?? event.places.first?.entity.name
        // Who took part, each name once, in the order first told.
        let parties = event.participants.map(\.entity.name).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var name: String
        switch event.kind {
        case .visit where event.vehicle != nil:
            name = "\(who("visitor") ?? who() ?? "A") \(event.vehicle ?? "") travels to \(place ?? "a place")"
        case .visit: name = "\(who("visitor") ?? who() ?? "Someone") visits \(place ?? "a place")"
        case .meeting:
            name = parties.count >= 2 ? "\(parties[0]) meets \(parties[1])" : "\(parties.first ?? "Someone") meeting"
        case .message:
            let sender = who("sender")
            let recipient = who("recipient")
            if sender != nil || recipient != nil {
                name = "Message" + (sender.map { " from \($0)" } ?? "") + (recipient.map { " to \($0)" } ?? "")
            } else {
                name = "\(who("agent") ?? who() ?? "Someone") carries a message"
            }
        case .denial:
            let target = event.denies.map { "the " + events[$0].kind.rawValue } ?? "a report"
            name = "\(who("agent") ?? who() ?? "Someone") denies \(target)"
        case .appointment: name = "\(who("agent") ?? "Someone") appoints \(who("subject") ?? "someone")"
        case .resignation: name = "\(who("agent") ?? who() ?? "Someone") resigns"
        case .exercise: name = "\(event.label ?? "An") exercise"
        case .agreement:
            name =
                parties.count >= 2
                ? "Agreement between \(parties[0]) and \(parties[1])"
                : "\(parties.first ?? "Someone") signs an agreement"
        case .accusation where who("agent") == nil: name = "Allegations against \(who("subject") ?? "someone")"
        case .accusation: name = "\(who("agent") ?? "Someone") accuses \(who("subject") ?? "someone")"
        case .demand: name = "\(who("agent") ?? who() ?? "Someone") \(event.label ?? event.kind.rawValue)"
        case .statement: name = "Statement by \(who("agent") ?? who() ?? "someone")"
        case .talks:
            name =
                parties.count >= 2
                ? "Talks between \(parties[0]) and \(parties[1])" : "\(parties.first ?? "Someone") talks"
        case .arrest: name = (who("subject").map { "Arrest of \($0)" } ?? "Arrest") + (place.map { " in \($0)" } ?? "")
        case .attack:
            name = (who("agent").map { "\($0) attack" } ?? "Attack") + (place.map { " in \($0)" } ?? "")
        case .election: name = "Election" + (place.map { " in \($0)" } ?? "")
        case .sanction: name = "\(who("agent") ?? "Someone") sanctions \(who("subject") ?? place ?? "someone")"
        case .protest: name = "Protest" + (place.map { " in \($0)" } ?? "")
        case .aid: name = "\(who("agent") ?? "Someone") aids \(who("recipient") ?? "someone")"
        case .trial: name = "Trial of \(who("subject") ?? "someone")"
        default: name = "\(who() ?? "Someone") \(event.kind.rawValue)"
        }
        if let date = event.date, !date.isEmpty, !name.contains(date) { name += " (\(date))" }
        return name
    }
}
