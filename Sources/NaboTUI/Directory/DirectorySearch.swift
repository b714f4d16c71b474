/// The folded search keys of the addresses (street, number, place) and of the residents (name,
/// address and H-nummer), made from the directory's tables the first time a list is searched.
struct DirectorySearch: Sendable {
    let addresses: SearchIndex
    let residents: SearchIndex

    init() {
        addresses = SearchIndex()
        residents = SearchIndex()
    }

    init(addresses: [AddressEntry], units: [UnitEntry], residents: [ResidentEntry]) {
        let addressKeys = addresses.map { TextFolding.searchKey($0.title + " " + $0.place) }
        self.addresses = SearchIndex(keys: addressKeys)
        let space = UInt8(ascii: " ")
        var search = SearchIndex()
        for resident in residents {
            var key = TextFolding.searchKey(resident.name)
            if let unit = resident.unit {
                if let address = units[unit].address { key += [space] + addressKeys[address] }
                key += [space] + TextFolding.searchKey(units[unit].number)
            }
            search.append(key)
        }
        self.residents = search
    }
}
