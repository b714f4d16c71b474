extension VisitIndex {
    /// This index with the visits changed since it was made laid over it: a changed visit replaces
    /// its entry, a deleted one takes it away, a new one is added. Costs one pass over the entries,
    /// not a decode of any visit that did not change.
    public func overlaid(_ changed: [String: Record]) -> VisitIndex {
        guard !changed.isEmpty else { return self }
        var out = self
        var replaced = Set<Int>()
        var added = VisitIndex()
        for (id, record) in changed {
            if let position = position(of: id) { replaced.insert(position) }
            if !record.isDeleted { added.append(record) }
        }
        added.sortByID()
        // The new entries' ids and links move into this index, renumbered into its names.
        let idBase = Int32(out.idBytes.count), linkBase = Int32(out.links.count)
        out.idBytes += added.idBytes
        for resident in added.links { out.links.append(out.residents.numbering(added.residents[resident])) }
        let fresh = added.entries.map { entry in
            Entry(idStart: entry.idStart + idBase, idLength: entry.idLength, dayNumber: entry.dayNumber, minuteOfDay: entry.minuteOfDay,
                  nextDayNumber: entry.nextDayNumber, unit: entry.unit < 0 ? -1 : out.units.numbering(added.units[entry.unit]),
                  firstResident: entry.firstResident + linkBase, residentCount: entry.residentCount, flags: entry.flags)
        }
        // Merges two lists in id order; the ids and links of replaced entries are left unused.
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + fresh.count)
        var f = 0
        for (position, entry) in entries.enumerated() where !replaced.contains(position) {
            while f < fresh.count, out.idPrecedes(fresh[f], entry) {
                merged.append(fresh[f])
                f += 1
            }
            merged.append(entry)
        }
        merged += fresh[f...]
        out.entries = merged
        out.group()
        return out
    }
}
