/// The dugnad feature's own state: a resident about to be taken off the invited, waiting for the
/// confirming key.
public struct DugnadState: Hashable, Sendable {
    /// The resident (id) about to be taken off the invited of the dugnad on screen, after `x`.
    public var uninviting: String?

    public init() {}
}
