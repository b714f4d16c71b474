import Foundation

/// A real headless Chromium (Debian's `chromium`; `.ci/run` installs it) that renders an HTML file
/// as a reader's browser would: to a PNG at a window's size, and to PDF as printing it gives.
public enum Chromium {
    /// The visible part of the page at `width` × `height` CSS pixels, as PNG bytes.
    public static func screenshot(_ htmlPath: String, width: Int, height: Int) throws -> Data {
        let folder = TempFolder("chromium")
        let png = folder.sub("shot.png")
        try render(htmlPath, ["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars"], profile: folder.sub("profile"))
        return try Data(contentsOf: URL(fileURLWithPath: png))
    }

    /// The page printed with its own print style sheet and page size, without the browser's header and footer.
    public static func pdf(_ htmlPath: String) throws -> Data {
        let folder = TempFolder("chromium")
        let pdf = folder.sub("print.pdf")
        try render(htmlPath, ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], profile: folder.sub("profile"))
        return try Data(contentsOf: URL(fileURLWithPath: pdf))
    }

    /// A fresh profile each run, so no other Chromium's state or lock is shared.
    static func render(_ htmlPath: String, _ output: [String], profile: String) throws {
        let url = URL(fileURLWithPath: htmlPath).absoluteString
        try Tool.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                                  "--disable-extensions", "--force-device-scale-factor=1", "--user-data-dir=\(profile)"] + output + [url],
                     package: "chromium")
    }
}
