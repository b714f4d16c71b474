/// What a cell means, not how it looks: themes map roles to colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable, Codable {
    case normal, title, header, selection, status, statusKey, message, warning, error, done, late, muted, border, demo
}
