import Foundation
import NaboCore

extension Theme {
    /// Parses a theme file:
    ///
    /// ```json
    /// { "description": "for people", "roles": { "title": { "fg": "bright-cyan", "bg": 236, "attrs": ["bold"] } } }
    /// ```
    ///
    /// Colours are a name from `TerminalColor.names`, "default", or a palette number 0–255;
    /// attributes are bold, dim, reverse, underline. Every mistake is thrown as a `Message` that
    /// names the theme, the role and the value, so the caller can show it and fall back.
    ///
    /// A theme file may come from anyone, and what it holds reaches the screen in those messages:
    /// it is read as untrusted JSON (valid UTF-8, no control characters, nesting bounded) and
    /// refused above `maxBytes`.
    public init(json data: Data, name: String) throws(Message) {
        guard data.count <= Self.maxBytes else {
            throw Self.problem(name, nb: "er større enn 64 KiB og blir ikke brukt", en: "is larger than 64 KiB and is not used")
        }
        let root: JSONValue
        do throws(JSONParser.Failure) {
            root = try JSONParser.parse(Array(data), untrusted: true)
        } catch let failure where failure.badText {
            throw Self.problem(
                name,
                nb: "har tekst som ikke er UTF-8 eller har kontrolltegn, og blir ikke brukt",
                en: "holds text that is not UTF-8 or has control characters, and is not used")
        } catch {
            throw Self.problem(name, nb: "er ikke gyldig JSON og blir ikke brukt", en: "is not valid JSON and is not used")
        }
        guard case .object(let top) = root else {
            throw Self.problem(name, nb: "skal være et JSON-objekt", en: "must be a JSON object")
        }
        for key in top.keys.sorted() where !["description", "roles"].contains(key) {
            throw Self.problem(name, nb: "har ukjent nøkkel «\(key)»", en: "has an unknown key “\(key)”")
        }
        if let description = top["description"], description.string == nil {
            throw Self.problem(name, nb: "«description» skal være tekst", en: "“description” must be text")
        }
        guard case .object(let roles)? = top["roles"] else {
            throw Self.problem(name, nb: "mangler objektet «roles»", en: "lacks the “roles” object")
        }
        var styles: [StyleRole: Style] = [:]
        for (roleName, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: roleName) else {
                throw Self.problem(
                    name,
                    nb: "har ukjent rolle «\(roleName)». Kjente roller: \(Self.roleList)",
                    en: "has an unknown role “\(roleName)”. Known roles: \(Self.roleList)")
            }
            styles[role] = try Self.style(value, role: roleName, theme: name)
        }
        self.init(name: name, styles: styles)
    }

    /// Far above what a theme needs (the built-in ones are under 2 KB as files), so reading one stays cheap.
    public static let maxBytes = 64 * 1024

    private static var roleList: String {
        StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
    }

    private static func style(_ value: JSONValue, role: String, theme: String) throws(Message) -> Style {
        guard case .object(let fields) = value else {
            throw problem(theme, nb: "rollen «\(role)» skal være et objekt", en: "role “\(role)” must be an object")
        }
        var style = Style()
        for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "fg": style.foreground = try color(field, role: role, theme: theme)
            case "bg": style.background = try color(field, role: role, theme: theme)
            case "attrs": style.attributes = try attributes(field, role: role, theme: theme)
            default:
                throw problem(
                    theme,
                    nb: "rollen «\(role)» har ukjent nøkkel «\(key)» (bruk fg, bg, attrs)",
                    en: "role “\(role)” has an unknown key “\(key)” (use fg, bg, attrs)")
            }
        }
        return style
    }

    private static func color(_ value: JSONValue, role: String, theme: String) throws(Message) -> TerminalColor {
        switch value {
        case .string(let name):
            if let color = TerminalColor(name: name) { return color }
        case .int, .double:
            if let number = value.int, let index = UInt8(exactly: number) { return .palette(index) }
        default:
            break
        }
        throw problem(
            theme,
            nb: "rollen «\(role)» har ukjent farge \(shown(value)): bruk et tall 0–255 eller et navn som red, bright-blue, default",
            en: "role “\(role)” has an unknown colour \(shown(value)): use a number 0–255 or a name such as red, bright-blue, default")
    }

    private static func attributes(_ value: JSONValue, role: String, theme: String) throws(Message) -> TextAttributes {
        guard case .array(let items) = value else {
            throw problem(theme, nb: "rollen «\(role)»: attrs skal være en liste", en: "role “\(role)”: attrs must be a list")
        }
        var attributes: TextAttributes = []
        for item in items {
            guard case .string(let name) = item, let named = TextAttributes.named.first(where: { $0.name == name }) else {
                throw problem(
                    theme,
                    nb: "rollen «\(role)» har ukjent attributt \(shown(item)): bruk bold, dim, reverse, underline",
                    en: "role “\(role)” has an unknown attribute \(shown(item)): use bold, dim, reverse, underline")
            }
            attributes.insert(named.attribute)
        }
        return attributes
    }

    /// The value as it appears in the file, for messages; a list or an object is not spelled out.
    private static func shown(_ value: JSONValue) -> String {
        switch value {
        case .array: "[…]"
        case .object: "{…}"
        default: value.jsonText
        }
    }

    private static func problem(_ theme: String, nb: String, en: String) -> Message {
        Message(nb: "Fargetemaet «\(theme)» \(nb).", en: "The colour theme “\(theme)” \(en).")
    }
}
