import Foundation

/// PDF read by poppler-utils (`pdftoppm`, `pdftotext`; `.ci/run` installs them), not by the
/// browser that wrote it.
public enum Poppler {
    /// Each page rendered as a binary PPM image at `dpi`.
    public static func pages(_ pdf: Data, dpi: Int = 40) throws -> [Data] {
        let folder = TempFolder("poppler")
        let file = folder.sub("in.pdf")
        try pdf.write(to: URL(fileURLWithPath: file))
        try Tool.run("pdftoppm", ["-r", String(dpi), file, folder.sub("page")], package: "poppler-utils")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page") }.sorted()
        return try names.map { try Data(contentsOf: URL(fileURLWithPath: folder.sub($0))) }
    }

    /// Each page's text, in reading order.
    public static func texts(_ pdf: Data) throws -> [String] {
        let folder = TempFolder("poppler")
        let file = folder.sub("in.pdf")
        try pdf.write(to: URL(fileURLWithPath: file))
        let text = String(decoding: try Tool.run("pdftotext", ["-layout", file, "-"], package: "poppler-utils"), as: UTF8.self)
        // pdftotext ends every page with a form feed.
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
