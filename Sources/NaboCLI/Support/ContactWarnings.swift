import NaboCore

/// What a worker is told on standard error beside a contacts file or an SMS, for a dugnad and a
/// notice alike: who the file leaves out, and an SMS that goes out as more than one message.
enum ContactWarnings {
    static func missingPhones(_ contacts: ResidentContacts, _ language: Language) {
        let missing = contacts.withoutPhone
        guard missing > 0 else { return }
        Output.error(Message(nb: "\(missing) av beboerne har ikke telefonnummer og er ikke med i filen.",
                             en: "\(missing) of the residents have no phone number and are not in the file.").text(language))
    }

    /// `text` as written, ending with the line break the file has.
    static func smsLength(_ text: String, _ language: Language) {
        let length = SMSLength(String(text.dropLast()))
        guard length.segments > 1 else { return }
        Output.error(Message(nb: "SMS-teksten er \(length.units) tegn og blir sendt som \(length.segments) meldinger.",
                             en: "The SMS text is \(length.units) characters and goes out as \(length.segments) messages.").text(language))
    }
}
