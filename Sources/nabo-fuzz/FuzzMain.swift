import CLibFuzzer
import Foundation

/// libFuzzer's entry point: one input, from the fuzzer or from a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

/// Built with `-sanitize=fuzzer -DFUZZING` this is the fuzzer (libFuzzer's own flags and corpus
/// folders); otherwise it runs the files and folders it is given once each, so a plain `swift build`
/// can replay a crash the fuzzer found.
@main enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        let paths = CommandLine.arguments.dropFirst().flatMap(files)
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: nabo-fuzz FILE|FOLDER...\n".utf8))
            exit(2)
        }
        for path in paths {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            bytes.withUnsafeBufferPointer(FuzzTarget.run)
        }
        print("nabo-fuzz: \(paths.count) inputs, none crashed")
        #endif
    }

    /// A file, or the files in a folder (a corpus).
    static func files(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
