import NaboCore

/// The survey screen's words, in bokmål and English.
enum SurveyText {
    static let survey = Message(nb: "Kartlegging", en: "Survey")
    static let helpStart = Message(nb: "Ta kartleggingen med beboeren (eller fortsett en påbegynt)", en: "Take the survey with the resident (or resume a paused one)")
    static let statusStart = Message(nb: "kartlegging", en: "survey")
    static let helpQuit = Message(nb: "Avslutt Nabo (svar som ikke er lagret, går tapt)", en: "Quit Nabo (answers not saved are lost)")
    static let helpConsent = Message(nb: "Beboeren samtykker: kartleggingen begynner", en: "The resident consents: the survey begins")
    static let statusConsent = Message(nb: "ja", en: "yes")
    static let helpRefuse = Message(nb: "Ikke samtykke: kartleggingen tas ikke", en: "No consent: the survey is not taken")
    static let statusRefuse = Message(nb: "nei", en: "no")
    static let helpNoAnswer = Message(nb: "Vil ikke svare", en: "No answer")
    static let statusNoAnswer = Message(nb: "ikke svar", en: "no answer")
    static let helpFollowUp = Message(nb: "Still oppfølgingsspørsmålet", en: "Ask the follow-up question")
    static let statusFollowUp = Message(nb: "oppfølging", en: "follow-up")
    static let helpPause = Message(nb: "Ta pause: lagre som påbegynt og fortsett senere", en: "Pause: save as begun and resume later")
    static let statusPause = Message(nb: "pause", en: "pause")
    static let helpKeep = Message(nb: "Lagre svaret og gå videre", en: "Keep the answer and go on")
    static let statusKeep = Message(nb: "videre", en: "go on")
    static let helpSkip = Message(nb: "Gå videre uten å endre svaret", en: "Go on without changing the answer")
    static let statusSkip = Message(nb: "hopp over", en: "skip")
    static let helpComplete = Message(nb: "Fullfør og lagre kartleggingen", en: "Complete and save the survey")
    static let statusComplete = Message(nb: "fullfør", en: "complete")

    static let helpContinueEarlier = Message(nb: "Fortsett det tidligere svaret og endre svarene", en: "Continue the earlier response and change its answers")
    static let statusContinueEarlier = Message(nb: "fortsett", en: "continue")
    static let helpReplaceEarlier = Message(nb: "Ta kartleggingen på nytt; det tidligere svaret slettes når det nye er fullført",
                                            en: "Take the survey afresh; the earlier response is deleted once the new one is complete")
    static let statusReplaceEarlier = Message(nb: "erstatt", en: "replace")
    static let helpNewRound = Message(nb: "Begynn en ny runde med denne beboeren", en: "Start a new round with this resident")
    static let statusNewRound = Message(nb: "ny runde", en: "new round")
    static let helpLeaveUntouched = Message(nb: "Tilbake uten å endre noe", en: "Go back without changing anything")
    static let statusLeaveUntouched = Message(nb: "avbryt", en: "cancel")
    static let helpStatementBack = Message(nb: "Tilbake til forrige påstand for å endre svaret", en: "Back to the statement before, to change its answer")
    static let backOffer = Message(nb: "←: forrige påstand", en: "←: the statement before")
    static let helpEraseOrBack = Message(nb: "Slett siste tegn; i et tomt svar: tilbake til påstanden", en: "Delete the last character; on an empty answer: back to the statement")
    static let atFirstStatement = Message(nb: "Dette er den første påstanden.", en: "This is the first statement.")
    static let followUpIsText = Message(nb: "Oppfølgingssvaret skrives som tekst, ikke som et tall fra skalaen. Esc hopper over spørsmålet.",
                                        en: "The follow-up answer is text, not a number on the scale. Esc skips the question.")
    static let noAnswerShort = Message(nb: "– vil ikke svare", en: "– no answer")
    static let reviewHeading = Message(nb: "Se over svarene før du fullfører:", en: "Review the answers before completing:")

    static let refused = Message(nb: "Kartleggingen tas ikke uten samtykke. Ingenting er lagret.", en: "The survey is not taken without consent. Nothing was saved.")
    static let noFollowUp = Message(nb: "Denne påstanden har ikke noe oppfølgingsspørsmål.", en: "This statement has no follow-up question.")
    static let noForm = Message(nb: "Det finnes ikke noe kartleggingsskjema. Legg inn et med nabo add form --file F.",
                                en: "There is no survey form. Import one with nabo add form --file F.")
    static let consentQuestion = Message(
        nb: "Før vi begynner: Har beboeren fått forklart hva kartleggingen er, at svarene brukes til å gjøre boforholdene bedre, og at det er frivillig å svare? Samtykker beboeren?",
        en: "Before we begin: has the resident been told what the survey is, that the answers are used to improve their housing, and that answering is voluntary? Does the resident consent?")
    static let followUpHeading = Message(nb: "Oppfølgingsspørsmål", en: "Follow-up question")
    static let followUpHint = Message(nb: "Skriv svaret. Enter lagrer og går videre, Esc hopper over.", en: "Type the answer. Enter keeps it and goes on, Esc skips.")
    static let followUpOffer = Message(nb: "f: oppfølgingsspørsmål", en: "f: follow-up question")
    static let noAnswerKey = Message(nb: "0 eller -  Vil ikke svare", en: "0 or -  No answer")
    static let finishedHint = Message(nb: "Enter fullfører og lagrer · ← endrer et svar · Esc tar pause", en: "Enter completes and saves · ← changes an answer · Esc pauses")

    static let results = Message(nb: "Kartleggingsresultater", en: "Survey results")
    static let helpResults = Message(nb: "Kartleggingens resultater per påstand og adresse", en: "The survey's results per statement and address")
    static let helpNextAddress = Message(nb: "Neste adresse (etter den siste: alle)", en: "Next address (after the last: all)")
    static let helpPreviousAddress = Message(nb: "Forrige adresse", en: "Previous address")
    static let statusAddress = Message(nb: "adresse", en: "address")
    static let helpNextRound = Message(nb: "Neste runde", en: "Next round")
    static let helpPreviousRound = Message(nb: "Forrige runde", en: "Previous round")
    static let statusRound = Message(nb: "runde", en: "round")
    static let helpCompare = Message(nb: "Sammenlign med runden før, endringen markert", en: "Compare with the round before, the change marked")
    static let statusCompare = Message(nb: "sammenlign", en: "compare")
    static let noEarlierRound = Message(nb: "Det finnes ingen tidligere runde å sammenligne med.", en: "There is no earlier round to compare with.")
    static let noResults = Message(nb: "Ingen fullførte kartlegginger ennå. S på en beboer tar kartleggingen.",
                                   en: "No completed surveys yet. S on a resident takes the survey.")
    static let allAddresses = Message(nb: "Alle adresser", en: "All addresses")
    static let unknownAddress = Message(nb: "Ukjent adresse", en: "Unknown address")
    static let indexHeading = Message(nb: "Indeks (median, 0–100)", en: "Index (median, 0–100)")
    static let number = Message(nb: "Nr", en: "No.")
    static let statement = Message(nb: "Påstand", en: "Statement")
    static let distribution = Message(nb: "1–7", en: "1–7")
    static let median = Message(nb: "Median", en: "Median")
    static let agree = Message(nb: "Enig 5–7", en: "Agree 5–7")
    static let answered = Message(nb: "Svar", en: "Answers")
    static let negativeMark = Message(nb: "(negativt formulert)", en: "(negatively worded)")

    static func round(_ name: String, _ index: Int, _ count: Int, _ respondents: Int) -> Message {
        Message(nb: "Runde «\(name)» (\(index) av \(count)) · \(respondents) svar",
                en: "Round “\(name)” (\(index) of \(count)) · \(respondents) \(respondents == 1 ? "response" : "responses")")
    }

    static func alreadyAnswered(_ name: String, _ round: String, _ date: String) -> Message {
        Message(nb: "\(name) har allerede svart på kartleggingen i runde «\(round)»\(date.isEmpty ? "" : " (\(date))").",
                en: "\(name) already answered the survey in round “\(round)”\(date.isEmpty ? "" : " (\(date))").")
    }

    static func sameRoundChoices(_ another: String) -> [Message] {
        [Message(nb: "f  Fortsett det tidligere svaret og endre svarene", en: "c  Continue the earlier response and change its answers"),
         Message(nb: "e  Erstatt det: ny kartlegging, det tidligere slettes når den er fullført",
                 en: "r  Replace it: a new survey; the earlier one is deleted once it is complete"),
         Message(nb: "n  Ny runde: «\(another)»", en: "n  New round: “\(another)”"),
         Message(nb: "Esc  Tilbake uten å endre noe", en: "Esc  Go back without changing anything")]
    }

    static func changedSaved(_ p: SurveyFlow.Progress) -> Message {
        Message(nb: "Endringene i kartleggingen er lagret: \(p.answered) av \(p.total) besvart.",
                en: "The survey's changes are saved: \(p.answered) of \(p.total) answered.")
    }

    static func comparedWith(_ name: String) -> Message {
        Message(nb: "sammenlignet med «\(name)»", en: "compared with “\(name)”")
    }

    static func helpAnswer(_ point: Int) -> Message { Message(nb: "Svar \(point)", en: "Answer \(point)") }

    static func heading(_ form: String, _ name: String, _ round: String) -> Message {
        Message(nb: "\(form) · \(name) · runde «\(round)»", en: "\(form) · \(name) · round “\(round)”")
    }

    static func consentWillBe(_ date: String) -> Message {
        Message(nb: "j  Ja, beboeren samtykker (samtykke registreres \(date))", en: "y  Yes, the resident consents (recorded as given \(date))")
    }

    static let refuseLine = Message(nb: "n  Nei: kartleggingen tas ikke", en: "n  No: the survey is not taken")

    static func statementOf(_ number: Int, _ total: Int) -> Message {
        Message(nb: "Påstand \(number) av \(total)", en: "Statement \(number) of \(total)")
    }

    static func progress(_ p: SurveyFlow.Progress) -> Message {
        Message(nb: "\(p.answered) besvart, \(p.noAnswer) uten svar", en: "\(p.answered) answered, \(p.noAnswer) no answer")
    }

    static func answer(_ answer: Int?, _ words: String) -> Message {
        guard let answer else { return Message(nb: "Svar: vil ikke svare", en: "Answer: no answer") }
        return Message(nb: "Svar: \(answer) \(words)", en: "Answer: \(answer) \(words)")
    }

    static func finished(_ p: SurveyFlow.Progress) -> Message {
        Message(nb: "Alle \(p.total) påstander er gått gjennom: \(p.answered) besvart, \(p.noAnswer) uten svar.",
                en: "All \(p.total) statements are done: \(p.answered) answered, \(p.noAnswer) no answer.")
    }

    static func resumed(_ round: String, _ p: SurveyFlow.Progress) -> Message {
        Message(nb: "Fortsetter påbegynt kartlegging (runde «\(round)»): \(p.done) av \(p.total) gjort.",
                en: "Resuming a paused survey (round “\(round)”): \(p.done) of \(p.total) done.")
    }

    static func pausedSaved(_ p: SurveyFlow.Progress) -> Message {
        Message(nb: "Kartleggingen er lagret som påbegynt: \(p.done) av \(p.total). S på beboeren fortsetter.",
                en: "The survey is saved as begun: \(p.done) of \(p.total). S on the resident resumes it.")
    }

    static func completedSaved(_ p: SurveyFlow.Progress) -> Message {
        Message(nb: "Kartleggingen er fullført og lagret: \(p.answered) av \(p.total) besvart.",
                en: "The survey is complete and saved: \(p.answered) of \(p.total) answered.")
    }

    static let statementLabel = Message(nb: "Påstand", en: "Statement")
    static let inputTextLabel = Message(nb: "Tekst (tom: svaret)", en: "Text (empty: the answer)")
    static let helpFollowUpInput = Message(nb: "Gjør et oppfølgingssvar i kartleggingen til et innspill", en: "Turn a follow-up answer of the survey into an input")
    static let helpFollowUpMeasure = Message(nb: "Gjør et oppfølgingssvar i kartleggingen til et tiltak", en: "Turn a follow-up answer of the survey into a measure")
    static let chooseFollowUp = Message(nb: "Velg en kartlegging med oppfølgingssvar i tidslinjen.", en: "Choose a survey with follow-up answers on the timeline.")
    static let followUpInputTitle = Message(nb: "Innspill fra oppfølgingssvar", en: "Input from a follow-up answer")
    static let followUpMeasureTitle = Message(nb: "Tiltak fra oppfølgingssvar", en: "Measure from a follow-up answer")
    static let turnHint = Message(nb: "↑/↓ velger påstand. Ctrl-S lagrer med lenke til svaret.", en: "↑/↓ choose the statement. Ctrl-S saves it linked to the response.")

    static func inputMade(_ statement: String) -> Message {
        Message(nb: "Innspillet fra oppfølgingssvaret til påstand \(statement) er lagret.", en: "The input from the follow-up answer to statement \(statement) is saved.")
    }
}
