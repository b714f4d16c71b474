/// A record's heading in the document, and what it says about the person beyond its fields.
extension PersonExport {
    func heading(_ record: Record, _ type: EntityType) -> String {
        let day = { (field: String) in record.date(field).map { DateWords.numeric($0, self.language) } }
        let parts: [String?]
        switch type {
        case .resident:
            parts = [Resident(record).name]
        case .tenancy:
            let stay = Tenancy(record)
            parts = [stay.unit.map { Timeline.unitLabel($0, replica) }, [day("from"), day("to")].compactMap { $0 }.joined(separator: " – ")]
        case .visit:
            let kind = Visit(record).kindValue
            parts = [VocabularyLabel.text(kind, language), record.string("date").map(dateTime)]
        case .input:
            parts = [day("date"), record.string("text").map(Timeline.firstLine)]
        case .response:
            parts = [SurveyResponse.round(of: record), day("date")]
        case .followUp:
            parts = [PersonWords.followUpSince.text(language), day("started")]
        case .dugnad:
            parts = [record.string("title"), record.string("start").map(dateTime)]
        case .event:
            parts = [VocabularyLabel.text(CountedEvent(record).kindValue, language), day("date")]
        default:
            parts = [record.string("title") ?? record.id]
        }
        return parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    func details(_ record: Record, _ type: EntityType) -> [PersonDocument.Value] {
        switch type {
        case .response: statements(record)
        case .dugnad: dugnad(record)
        default: []
        }
    }

    /// Each statement of the form in words, with the answer as the scale names it and the follow-up
    /// answer where one was given.
    func statements(_ record: Record) -> [PersonDocument.Value] {
        guard let formRecord = replica.record(EntityType.form.rawValue, SurveyResponse.form(of: record)) else { return [] }
        let form = SurveyForm(formRecord)
        let scale = SurveyForm.scaleWords(of: formRecord)
        let answers = record["answers"]?.object ?? [:]
        let followUps = SurveyResponse.followUps(of: record)
        return form.statements.compactMap { statement in
            guard let answer = answers[statement.id] else { return nil }
            let point = answer.int.flatMap { (1...7).contains($0) ? $0 : nil }
            var shown = point.map { "\($0) – \(scale[$0 - 1].text(language))" } ?? PersonWords.noAnswer.text(language)
            var raw: [String: JSONValue] = ["id": .string(statement.id), "statement": .string(statement.text(language)),
                                            "answer": point.map { .int($0) } ?? .null]
            if let followUp = followUps[statement.id] {
                shown += ". " + PersonWords.followUpAnswer.text(language) + ": " + followUp
                raw["followUp"] = .string(followUp)
            }
            return PersonDocument.Value(field: "statement", label: statement.text(language), raw: .object(raw), shown: shown)
        }
    }

    /// Whether the person was invited and came, and the notices that went out for the dugnad.
    func dugnad(_ record: Record) -> [PersonDocument.Value] {
        let invited = record.members("invited").contains(id), attended = record.members("attended").contains(id)
        let flag = { (field: String, label: Message, on: Bool) in
            PersonDocument.Value(field: field, label: label.text(self.language), raw: .bool(on), shown: VocabularyLabel.yesNo(on, self.language))
        }
        let notices = invited ? DugnadNoticeLog.notices(record).map { notice in
            PersonDocument.Value(field: "notice", label: PersonWords.notice.text(language), raw: notice.json,
                                 shown: [DateWords.numeric(notice.date, language), VocabularyLabel.text(notice.how.rawValue, language), notice.note]
                                     .compactMap { $0 }.joined(separator: ", "))
        } : []
        return [flag("invited", PersonWords.invited, invited), flag("attended", PersonWords.attended, attended)] + notices
    }
}
