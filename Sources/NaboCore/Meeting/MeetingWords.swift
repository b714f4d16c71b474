/// The words the invitation and the minutes share for an agenda item.
enum MeetingWords {
    static let standing = Message(nb: "fast sak: boligsosiale utfordringer", en: "standing item: housing-social challenges")
    static let parked = Message(nb: "parkert", en: "parked")

    /// " (fast sak: boligsosiale utfordringer)", " (parkert)" or nothing, after an item's title.
    static func marks(_ item: Meeting.Item, _ language: Language) -> String {
        let marks = [item.standing ? standing : nil, item.parked ? parked : nil].compactMap { $0?.text(language) }
        return marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")"
    }
}
