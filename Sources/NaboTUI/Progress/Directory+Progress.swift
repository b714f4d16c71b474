import NaboCore

extension Directory {
    public func activity(_ id: String) -> Activity? { activities.first { $0.id == id } }

    /// Activities are few: their words are folded as they are searched.
    func filterActivities(_ candidates: [Int], query: String) -> [Int] {
        let words = SearchQuery.words(query)
        return candidates.filter { row in
            let activity = activities[row]
            return SearchQuery.matches(words, key: TextFolding.searchKey(activity.title + " " + (activity.responsible ?? "") + " " + (activity.round ?? "")))
        }
    }
}
