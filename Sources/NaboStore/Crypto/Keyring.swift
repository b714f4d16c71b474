import Crypto

/// A data key: 32 random bytes that seal journal lines, and a short random id that a sealed line
/// carries so the right key is found without trying each.
public struct DataKey: Sendable, Equatable {
    public let id: [UInt8]
    let raw: [UInt8]

    static let idLength = 8

    /// Made once: every sealed line is opened with it.
    let symmetric: SymmetricKey

    init(id: [UInt8], raw: [UInt8]) {
        self.id = id
        self.raw = raw
        symmetric = SymmetricKey(data: raw)
    }

    /// A new key from the system's random generator.
    static func generate() -> DataKey {
        DataKey(id: Random.bytes(idLength), raw: Random.bytes(32))
    }
}

/// The data keys this laptop could open, newest first: the first seals new lines, every one opens.
public struct Keyring: Sendable {
    public private(set) var keys: [DataKey]

    init(_ keys: [DataKey]) { self.keys = keys }

    var current: DataKey { keys[0] }

    func key(id: some Collection<UInt8>) -> DataKey? {
        keys.first { $0.id.elementsEqual(id) }
    }
}

/// Random bytes from the system's generator (getrandom on Linux), never derived from device ids or
/// sequence numbers, which a restored home folder repeats.
enum Random {
    static func bytes(_ n: Int) -> [UInt8] {
        var g = SystemRandomNumberGenerator()
        return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
    }
}
