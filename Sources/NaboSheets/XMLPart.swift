import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NaboCore
import XMLCoder

/// The XML of one part, parsed without a document type: Office never writes one, and refusing it
/// shuts out external entities (a file that reads the disk or the network) and entity expansion
/// (a few bytes that grow to gigabytes) whatever the parser underneath would do.
enum XMLPart {
    static func checked(_ bytes: [UInt8], part: String) throws(Message) -> Data {
        let doctype = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)
        var i = 0
        while let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            if bytes[lt...].starts(with: doctype) || bytes[lt...].starts(with: entity) { throw WorkbookFailure.damaged(part) }
            i = lt + 1
        }
        return Data(bytes)
    }

    /// A small part (the workbook, its relationships, the styles) read into Decodable types.
    static func decoded<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], part: String) throws(Message) -> T {
        let data = try checked(bytes, part: part)
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        do { return try decoder.decode(T.self, from: data) } catch { throw WorkbookFailure.damaged(part) }
    }

    /// A big part (a sheet, the shared strings) read as a stream of elements.
    static func parse(_ bytes: [UInt8], part: String, into handler: SAXHandler) throws(Message) {
        let parser = XMLParser(data: try checked(bytes, part: part))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let delegate = SAXDelegate(handler)
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        guard ok else { throw WorkbookFailure.damaged(part) }
    }
}

/// What a streaming reader of one part does with its elements; a thrown message stops the parse.
protocol SAXHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws(Message)
    func end(_ name: String) throws(Message)
    func text(_ text: String)
}

/// Adapts XMLParser's delegate to a handler, keeping the first refusal to report after the parse.
final class SAXDelegate: NSObject, XMLParserDelegate {
    let handler: SAXHandler
    var failure: Message?

    init(_ handler: SAXHandler) { self.handler = handler }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        do throws(Message) { try handler.start(elementName, attributes) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        do throws(Message) { try handler.end(elementName) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { handler.text(String(decoding: CDATABlock, as: UTF8.self)) }

    private func stop(_ parser: XMLParser, _ message: Message) {
        if failure == nil { failure = message }
        parser.abortParsing()
    }
}
