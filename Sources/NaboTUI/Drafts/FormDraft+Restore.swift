import NaboCore

extension FormDraft {
    /// The state with the draft's form or survey open again over the screen it was typed on; nil
    /// when what it was about (the resident, the dugnad, the input) is no longer in the data.
    func restored(into state: AppState, directory: Directory) -> AppState? {
        var state = state
        state.places = [state.places[0]]
        if let visit {
            let row = visit.resident.flatMap { directory.residentByID[$0] }
            if visit.resident != nil, row == nil { return nil }
            var values = VisitForm.Values()
            (values.resident, values.residentQuery, values.date, values.kind) = (row, visit.residentQuery, visit.date, visit.kind)
            (values.note, values.agreed, values.next) = (visit.note, visit.agreed, visit.next)
            // Opened blank, so that anything in the draft counts as typed and Esc asks first.
            var form = VisitForm(values: VisitForm.Values(), matches: row.map { [$0] } ?? ResidentPicker.matches(visit.residentQuery, in: directory))
            form.values = values
            form.editing = visit.editing
            form.field = VisitForm.Field(rawValue: visit.field) ?? .resident
            if let id = visit.resident { state.places.append(Place(.resident(id))) }
            state.visits.form = form
        } else if let record {
            guard let purpose = RecordForm.Purpose(words: record.purpose), let screen = Self.screen(of: purpose, directory) else { return nil }
            let fields = RecordForm.fields(for: purpose)
            var form = RecordForm(purpose: purpose, values: [:])
            for (name, text) in record.values {
                if let field = RecordForm.Field(rawValue: name), fields.contains(field) { form[field] = text }
            }
            form.field = RecordForm.Field(rawValue: record.field).flatMap { fields.contains($0) ? $0 : nil } ?? fields[0]
            if let field = form.searchField {
                form.matches = field == .invited ? ResidentPicker.matches(form[field], in: directory) : UnitPicker.matches(form[field], in: directory)
                form.chosen = form.matches.first
            }
            if screen != .home { state.places.append(Place(screen)) }
            state.recordForm = form
        } else if let survey {
            guard directory.resident(survey.resident) != nil, var taking = survey.taking else { return nil }
            // A complete response opened again stays complete, as when it was opened.
            if let stored = directory.replica.live(EntityType.response.rawValue, survey.id) { taking.response.status = SurveyResponse.status(of: stored) }
            taking.earlier = survey.replaces.flatMap { directory.replica.live(EntityType.response.rawValue, $0) }.map { SurveyResponse($0, in: directory.replica) }
            state.places += [Place(.resident(survey.resident)), Place(.survey(.taking(survey.resident)))]
            state.survey = taking
        } else {
            return nil
        }
        return state
    }

    /// The screen a record form was opened from; nil when its record is gone.
    static func screen(of purpose: RecordForm.Purpose, _ directory: Directory) -> Screen? {
        switch purpose {
        case .recordInput(let resident), .plan(let resident, _):
            directory.resident(resident) == nil ? nil : .resident(resident)
        case .answerInput(let input):
            directory.openInputs.contains { $0.id == input } ? .inputs : nil
        case .measure(let visit):
            directory.visit(visit).map { $0.residents.first.map { .resident(directory.residents[$0].id) } ?? .home }
        case .dugnad(nil):
            .dugnad(.list)
        case .dugnad(let id?), .dugnadNote(let id), .notice(let id), .invite(let id), .export(let id):
            directory.dugnads.entry(id) == nil ? nil : .dugnad(.one(id))
        case .followUpInput(let response, _), .followUpMeasure(let response, _):
            directory.replica.live(EntityType.response.rawValue, response).map { .timeline(SurveyResponse($0, in: directory.replica).resident) }
        case .address(nil):
            .addresses
        case .address(let id?), .unit(let id, nil):
            directory.address(id) == nil ? nil : .address(id)
        case .unit(_, let id?), .resident(let id?, nil):
            directory.unit(id) == nil ? nil : .unit(id)
        case .resident(nil, nil):
            .residents
        case .resident(_, let id?), .move(let id):
            directory.resident(id) == nil ? nil : .resident(id)
        case .planMeasure(nil):
            .board(PlanFacets())
        case .planMeasure(let id?):
            directory.measure(id) == nil ? nil : .measure(id)
        case .event(let type, let id):
            EventFeature.screen(type, id, directory)
        case .erase(let id):
            directory.resident(id) == nil ? nil : .resident(id)
        case .meeting(nil):
            .meetings(.list)
        case .meeting(let id?), .agendaItem(let id, _):
            directory.meetings.meeting(id) == nil ? nil : .meetings(.one(id))
        case .decision(let item):
            directory.meetings.meeting(ofItem: item).map { .meetings(.one($0.id)) }
        case .activity:
            .progress
        }
    }
}

extension FormDraft.SurveyDraft {
    /// The survey as it was being taken; nil for a phase no survey has.
    var taking: SurveyTaking? {
        let phase: SurveyTaking.Phase
        switch (self.phase, followUpStatement, followUpText) {
        case ("statement", _, _): phase = .statement
        case ("finished", _, _): phase = .finished
        case ("followUp", let statement?, let text?): phase = .followUp(statement: statement, text: text)
        default: return nil
        }
        let response = SurveyResponse(id: id, resident: resident, form: form, formVersion: formVersion, round: round, date: date.flatMap { CalendarDate($0) }, answers: answers,
                                      noAnswer: Set(noAnswer), followUps: followUps, consent: consent.flatMap { CalendarDate($0) }, status: .inProgress)
        return SurveyTaking(response: response, phase: phase, revisiting: revisiting)
    }
}
