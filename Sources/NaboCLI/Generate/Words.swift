/// Invented content for generated stores. No real person: given and family names are combined at random.
enum Words {
    static let streets = ["Runarveien", "Midtåsveien", "Lahelleveien", "Storgata", "Kirkegata", "Bjerggata", "Østerøyveien",
                          "Hjertnespromenaden", "Fjellveien", "Bøgata", "Åsgårdveien", "Kilgata", "Tønsbergveien", "Sandarveien",
                          "Ranvikveien", "Krokemoveien", "Gokstadveien", "Solvangveien", "Framnesveien", "Mosserødveien"]
    static let givenNames = ["Ørjan", "Kari", "Sigrid", "Ola", "Åse", "Nguyễn Thị", "Minh", "Cabdullaahi", "Faadumo", "伟", "芳",
                             "Ahmad", "Fatima", "Tomasz", "Agnieszka", "Marta", "José", "Aisha", "Chukwuemeka", "Leila", "Jonas",
                             "Ingrid", "Hassan", "Yusuf", "Olena", "Dmytro", "Priya", "Arjun", "Eirik", "Solveig", "Mehmet", "Zeynep"]
    static let familyNames = ["Ødegård", "Nordvik", "Bakkeli", "Åsheim", "Nguyễn", "Trần", "Maxamed", "Warsame", "张", "王",
                              "Rahimi", "Haddad", "Kowalczyk", "Nowak", "Fernández", "Bello", "Okafor", "Lunde", "Ravndal",
                              "Hansen", "Johansen", "Kovalenko", "Sharma", "Yılmaz", "Berg", "Haugen", "Eriksen", "Dahl"]
    static let sentences = [
        "Snakket om hvordan det går i boligen.", "Beboeren trives, men synes trappeoppgangen er skitten.",
        "Låsen på døren henger seg opp.", "Ønsker hjelp til å søke om bostøtte.", "Fulgte opp avtalen med NAV.",
        "Beboeren var sliten og ville ha en kort prat.", "Ringeklokken virker ikke.", "Boden i kjelleren er ikke merket.",
        "Snakket om naboforhold og støy.", "Avtalte å rydde entreen sammen.", "Beboeren har fått plass på dagsenter.",
        "Vi gikk gjennom husleieavtalen.", "Det lukter fukt på badet; melder til Byggdrift.", "Har vært i kontakt med DPS.",
        "Ønsker å delta på neste dugnad.", "Mistanke om veggdyr; avtalt befaring.", "Beboeren vil ha færre besøk framover.",
    ]
    static let agreements = ["Nytt besøk om to uker.", "Melder feil til Byggdrift.", "Følger til NAV.", "Ringer før neste besøk.",
                             "Rydder boden sammen.", "Tar opp saken på arbeidsgruppemøtet."]
    static let inputs = ["Ønsker bedre lys i kjelleren.", "Vil ha benk ved inngangen.", "Ber om ny lås på boden.",
                         "Ønsker sykkelstativ.", "Vil ha navn på ringeklokken.", "Ber om at søppelet hentes oftere."]
    static let measures = ["Merke boder med H-nr.", "Reparere ringeklokke", "Skifte lås", "Male trappeoppgang", "Rydde loft",
                           "Reparere dør til sikringsskap", "Vaske fellesareal", "Sanere veggdyr"]
    static let meetingPlaces = ["Bydelshuset", "Boligkontoret", "Fellesrommet i Runarveien", "Frivilligsentralen"]
    static let attendees = ["Ola Test, Byggdrift; Eva Prøve, NAV; Kari Test, Boligkontoret",
                            "Eva Prøve, NAV; Per Eksempel, Politiet; Kari Test, Boligkontoret",
                            "Ola Test, Byggdrift; Siri Demo, Frivilligsentralen"]
    static let agendaItems = ["Låser på bodene", "Belysning i kjelleren", "Planlegging av vårdugnad", "Søppelhenting",
                              "Benk ved inngangen", "Sykkelstativ", "Oppfølging av kartleggingen", "Merking av ringeklokker"]
    static let activities = ["Kartlegging runde 2", "Vårdugnad", "Nabolagsfest", "Oppfølgingsbesøk", "Rapport til Husbanken",
                             "Møte med Byggdrift"]
    static let notices = ["Søppel i trappen fjernes mandag.", "Vannet stenges torsdag kl. 9–12.", "Husk å rydde boden før fredag.",
                          "Containeren står ved inngangen hele helgen."]

    /// Sub-goals as a project words them, with the event kinds and indicators each counts.
    static let goals: [(title: String, events: [String], indicators: [String])] = [
        ("Den enkelte opplever å bo godt og trygt", ["neighbour-complaint", "police", "rent-arrears"], ["survey-index", "dugnad-attended"]),
        ("Mestring og medvirkning i å bo", ["operations-request", "services-granted"], ["visits", "inputs-acted-on", "days-to-tell-back"]),
        ("Tett samarbeid med driftsavdelingen", ["vandalism"], ["measures-done", "measures-late", "waiting-on-byggdrift"]),
        ("Systematisk tverrfaglig samarbeid", [], ["residents-followed-up"]),
    ]
}
