import NaboCore

extension Directory {
    /// Meetings and their agendas are few: their words are folded as they are searched.
    func filterMeetings(_ candidates: [Int], on screen: MeetingScreen, query: String) -> [Int] {
        let words = SearchQuery.words(query)
        switch screen {
        case .list:
            return candidates.filter { row in
                let meeting = meetings.meetings[row]
                return SearchQuery.matches(words, key: TextFolding.searchKey(meeting.title + " " + (meeting.place ?? "")))
            }
        case .one(let id):
            let agenda = meetings.agenda(id)
            return candidates.filter { row in
                SearchQuery.matches(words, key: TextFolding.searchKey(agenda[row].title + " " + (agenda[row].minutes ?? "")))
            }
        }
    }
}
