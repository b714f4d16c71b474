import Foundation
import NaboCore
import NaboTestSupport
@testable import NaboStore

extension Laptop {
    /// A new encrypted store; the cheap key derivation keeps the tests fast.
    func initialiseEncrypted(_ worker: String = "Kari Test", passphrase: String = "riktig hest batteri") throws -> Store {
        let s = try Store.initialise(data, worker: worker, stateHome: stateHome, newKeys: Store.NewKeys(passphrase: passphrase, kdf: .fastForTests))
        s.utcOffset = Fixed.offset
        return s
    }

    /// A new device on a copy of an encrypted folder, unlocked with an existing passphrase.
    func initialise(copying folder: String, _ worker: String, passphrase: String) throws -> Store {
        try FileManager.default.createDirectory(atPath: (data as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder, toPath: data)
        let s = try Store.initialise(data, worker: worker, stateHome: stateHome, passphrase: { () throws(Message) in passphrase })
        s.utcOffset = Fixed.offset
        return s
    }

    func open(passphrase: String, readOnly: Bool = false) throws -> Store {
        let s = try Store(data, stateHome: stateHome, readOnly: readOnly, passphrase: { () throws(Message) in passphrase })
        s.utcOffset = Fixed.offset
        return s
    }
}
