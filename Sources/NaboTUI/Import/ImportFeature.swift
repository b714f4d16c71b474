import NaboCore

/// `:import FILE`: the runner reads and plans the sheet as `nabo import --dry-run` would, the
/// preview shows what it would do, and the answer imports it as one change (`u` undoes it) or
/// nothing. Refused rows do not stop the others, as with `--skip-bad`, because the worker has seen
/// them and confirms; they go to a file beside the sheet to correct.
struct ImportFeature: Feature {
    static let id = FeatureID.importing
    static var state: WritableKeyPath<AppState, ImportPreview?> { \.importPreview }
    var own: ImportPreview?
    var shell: Shell

    init(_ own: ImportPreview?, shell: Shell) {
        self.own = own
        self.shell = shell
    }

    mutating func reduce(_ action: ImportAction) -> [AppEffect] {
        switch action {
        case .previewed(let preview):
            guard preview.changes || preview.refused > 0 else {
                shell.say(.info, StockImport.nothingToChange)
                return []
            }
            own = preview
            shell.say(.warning, ImportText.question(preview))
        case .confirmed:
            guard let preview = own else { return [] }
            own = nil
            return [.importSheet(path: preview.path)]
        case .cancelled:
            guard own != nil else { return [] }
            own = nil
            shell.say(.info, ImportText.cancelled)
        case .scrolled(let rows):
            guard var preview = own else { return [] }
            preview.firstLine = max(0, min(preview.firstLine + rows, preview.lines.count - 1))
            own = preview
        }
        return []
    }
}
