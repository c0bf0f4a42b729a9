import Dossier

/// An action with a doer and something done to: "police arrested X", "X
/// was detained", "the EU imposed sanctions on Russia", "a car bomb
/// exploded in Kabul", "Tinubu won Nigeria's presidential election", "X
/// held talks with Y". The clause's subject takes ``agentRole``; the first
/// entity after the trigger of ``objectKinds`` takes ``objectRole`` (or is
/// where the event was directed, when ``objectIsPlace`` and it is a place or
/// country); a place after the trigger, or a possessive country right
/// before it ("Nigeria's … election"), is where it was held.
///
/// A passive trigger ("was arrested", "were killed") makes the subject the
/// one acted on and the entity after "by" the doer.
struct ActionRule: EventRule {
    let kind: Lexicon.EventKind
    /// The subject's role.
    let agentRole: String
    /// The role of the entity after the trigger.
    let objectRole: String
    /// Who may be the subject.
    let agentKinds: Set<EntityKind>
    /// What may stand after the trigger as its object.
    let objectKinds: Set<EntityKind>
    /// Whether a place or country after the trigger is where the event was directed.
    let objectIsPlace: Bool
    /// Whether the event needs a participant; an attack or a protest may be told with only its place.
    let needsParticipant: Bool
    /// Whether a verb of `election-verbs` must stand before the trigger for
    /// the subject to take part ("won" the election, not "campaigning for elections").
    var needsElectionVerb = false

    /// How far after the trigger its object and place may start, in tokens.
    static let window = 12

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let unit = trigger.unit
        let tokens = sentence.tokens
        let passive = unit.start > 0 && Grammar.passiveAuxiliaries.contains(tokens[unit.start - 1].lower)
        if isCharged(unit, in: sentence) || isUnrealised(unit, in: sentence) { return [] }
        var subject =
            sentence.subject(before: unit.start, kinds: agentKinds)
            ?? (agentKinds.isSubset(of: DocumentAnalyzer.actorKinds) ? trigger.subject : nil)
        // "The force said its troops fired after smugglers attacked a patrol": the speaker did not attack.
        if !passive, let speaker = subject, speaksBefore(speaker, unit, in: sentence), hasOwnSubject(unit, in: sentence)
        {
            subject = nil
        }
        if needsElectionVerb, subject != nil {
            let verbs = sentence.words.electionVerbs
            let before = tokens[max(0, unit.start - 8)..<unit.start]
            if !before.contains(where: { verbs.contains($0.lower) }) { subject = nil }
        }
        var object = sentence.units.first { candidate in
            guard let key = candidate.entity, case .entity = candidate.kind, !candidate.isDemonym else { return false }
            return candidate.start >= unit.end && candidate.start <= unit.end + Self.window
                && objectKinds.contains(key.kind) && key != subject
        }?.entity
        var agent = subject
        if passive {
            agent = byAgent(after: unit.end, in: sentence)
            object = subject.flatMap { speaksBefore($0, unit, in: sentence) ? nil : $0 }
        }
        var event = EventRecord(kind: kind, date: sentence.date(of: unit), sentences: [sentence.index])
        if let agent { event.add(agent, role: agentRole, sentence: sentence.index) }
        if let object {
            if objectIsPlace && DocumentAnalyzer.placeKinds.contains(object.kind) {
                event.places.append((object, sentence.index))
            } else {
                event.add(object, role: objectRole, sentence: sentence.index)
            }
        }
        if let place = heldIn(unit, in: sentence), !event.places.contains(where: { $0.entity == place }) {
            event.places.append((place, sentence.index))
        }
        // "The two leaders held talks": the parties of the meeting told last.
        if event.participants.isEmpty && kind == .talks && sentence.namesTwoParties(before: unit.start) {
            event.joinsLastMeeting = true
        }
        // "said 14 suspects had been arrested": a passive whose sufferers are not named still happened.
        let unnamed = passive && subject != nil && object == nil
        guard
            !event.participants.isEmpty || event.joinsLastMeeting || unnamed
                || (!needsParticipant && !event.places.isEmpty)
        else { return [] }
        return [.event(event)]
    }

    /// The doer of a passive: "arrested by the police".
    private func byAgent(after position: Int, in sentence: SentenceView) -> EntityKey? {
        guard position < sentence.tokens.count, sentence.word(at: position) == "by" else { return nil }
        return sentence.firstEntity(after: position + 1, within: 2, kinds: agentKinds)
    }

    /// "in Kabul", "near the parliament in Nairobi", or "Nigeria's" right before the trigger's phrase.
    private func heldIn(_ unit: Unit, in sentence: SentenceView) -> EntityKey? {
        let tokens = sentence.tokens
        for candidate in sentence.units where candidate.start >= unit.end && candidate.start <= unit.end + Self.window {
            guard let key = candidate.entity, case .entity = candidate.kind, !candidate.isDemonym,
                DocumentAnalyzer.placeKinds.contains(key.kind), candidate.start >= 1
            else { continue }
            if Grammar.placePrepositions.contains(tokens[candidate.start - 1].lower)
                || isNamedSettlement(candidate.start, in: sentence)
            {
                return key
            }
        }
        // "Nigeria's presidential election": a possessive country at most two words before.
        return sentence.units.last { candidate in
            candidate.end <= unit.start && unit.start - candidate.end <= 3 && candidate.isPossessive
                && candidate.entity?.kind == .country
        }?.entity
    }
}

extension ActionRule {
    /// "in the village of Elubo", "at the port of Vung Ang": a place word
    /// of the lexicon's name cues between "the" and "of", after a place
    /// preposition, before the name at `start`.
    fileprivate func isNamedSettlement(_ start: Int, in sentence: SentenceView) -> Bool {
        let tokens = sentence.tokens
        guard start >= 4, tokens[start - 1].lower == "of", tokens[start - 3].lower == "the",
            sentence.analyzer.lexicon.nameCues[tokens[start - 2].lower] == .place
        else { return false }
        return Grammar.placePrepositions.contains(tokens[start - 4].lower)
    }

    /// "accused the governing party of planning the attacks": what an
    /// accusation charges someone with, after its "of", is the accusation's
    /// content, not a happening of its own.
    fileprivate func isCharged(_ unit: Unit, in sentence: SentenceView) -> Bool {
        guard
            let accusation = sentence.units.last(where: { candidate in
                guard case .trigger(.accusation, _) = candidate.kind else { return false }
                return candidate.end <= unit.start && unit.start - candidate.end <= 8
            })
        else { return false }
        return sentence.tokens[accusation.end..<unit.start].contains { $0.lower == "of" }
    }

    /// "suspected of planning an attack", "threatened to strike": what is
    /// only planned or threatened has not happened. The word comes right
    /// before the trigger, or before its article.
    fileprivate func isUnrealised(_ unit: Unit, in sentence: SentenceView) -> Bool {
        var before = unit.start - 1
        if before >= 0,
            Grammar.articles.contains(sentence.tokens[before].lower) || sentence.tokens[before].lower == "to"
        {
            before -= 1
        }
        return before >= 0 && Grammar.unrealisedLeads.contains(sentence.tokens[before].lower)
    }

    /// Whether a verb of speech stands between the subject and a passive
    /// trigger: "X said 14 suspects had been arrested" does not arrest X.
    fileprivate func speaksBefore(_ subject: EntityKey, _ unit: Unit, in sentence: SentenceView) -> Bool {
        guard let told = sentence.units.last(where: { $0.entity == subject && $0.end <= unit.start }) else {
            return false
        }
        return sentence.tokens[told.end..<unit.start].contains { Grammar.speechVerbs.contains($0.lower) }
    }

    /// Whether a lower-case word that is no pronoun stands right before an
    /// active trigger, as the subject of its own clause ("smugglers
    /// attacked"; not "it attacked").
    fileprivate func hasOwnSubject(_ unit: Unit, in sentence: SentenceView) -> Bool {
        guard unit.start > 0 else { return false }
        let word = sentence.tokens[unit.start - 1]
        guard word.isWord, !word.isCapitalized else { return false }
        return !Grammar.subjectWords.contains(word.lower) && !Grammar.passiveAuxiliaries.contains(word.lower)
    }

    private static let actors: Set<EntityKind> = [.person, .organization, .country]
    private static let everyone: Set<EntityKind> = [.person, .organization, .country, .place]

    /// The action rules of the standard list, one per kind.
    static let standard: [ActionRule] = [
        ActionRule(
            kind: .talks, agentRole: "participant", objectRole: "participant", agentKinds: actors,
            objectKinds: [.person, .organization, .country], objectIsPlace: false, needsParticipant: true),
        ActionRule(
            kind: .arrest, agentRole: "agent", objectRole: "subject", agentKinds: [.person, .organization],
            objectKinds: [.person], objectIsPlace: false, needsParticipant: false),
        ActionRule(
            kind: .attack, agentRole: "agent", objectRole: "subject", agentKinds: actors, objectKinds: everyone,
            objectIsPlace: true, needsParticipant: false),
        ActionRule(
            kind: .election, agentRole: "participant", objectRole: "participant", agentKinds: [.person],
            objectKinds: [.person], objectIsPlace: false, needsParticipant: false, needsElectionVerb: true),
        ActionRule(
            kind: .sanction, agentRole: "agent", objectRole: "subject", agentKinds: actors,
            objectKinds: [.person, .organization, .country], objectIsPlace: false, needsParticipant: true),
        ActionRule(
            kind: .protest, agentRole: "agent", objectRole: "subject", agentKinds: [.person, .organization],
            objectKinds: [.place, .country], objectIsPlace: true, needsParticipant: false),
        ActionRule(
            kind: .aid, agentRole: "agent", objectRole: "recipient", agentKinds: actors,
            objectKinds: [.person, .organization, .country], objectIsPlace: false, needsParticipant: true),
        ActionRule(
            kind: .trial, agentRole: "agent", objectRole: "subject", agentKinds: [.person, .organization],
            objectKinds: [.person], objectIsPlace: false, needsParticipant: true),
    ]
}
