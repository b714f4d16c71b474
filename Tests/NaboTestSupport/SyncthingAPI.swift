import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One instance's REST API on loopback, called with its key; every call ends within `seconds`,
/// so an instance that hangs fails the test instead of holding it.
struct SyncthingAPI {
    var port: Int
    var key: String
    var seconds: TimeInterval = 10

    /// The JSON object an endpoint answers.
    func get(_ path: String) throws -> [String: Any] {
        let data = try call("GET", path)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Tool.Failure(description: "Syncthing on port \(port) answered \(path) with no JSON object: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }

    func post(_ path: String) throws {
        _ = try call("POST", path)
    }

    private func call(_ method: String, _ path: String) throws -> Data {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: seconds)
        request.httpMethod = method
        request.setValue(key, forHTTPHeaderField: "X-API-Key")
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            answer.keep(data, (response as? HTTPURLResponse)?.statusCode, error)
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + seconds + 1) == .success else {
            throw Tool.Failure(description: "Syncthing on port \(port) did not answer \(method) \(path) within \(Int(seconds)) s")
        }
        return try answer.body(method, path, port)
    }
}

/// What the session's thread hands back to the waiting one.
private final class Answer: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var status: Int?
    private var error: Error?

    func keep(_ data: Data?, _ status: Int?, _ error: Error?) {
        lock.withLock { (self.data, self.status, self.error) = (data, status, error) }
    }

    func body(_ method: String, _ path: String, _ port: Int) throws -> Data {
        try lock.withLock {
            if let error { throw Tool.Failure(description: "Syncthing on port \(port), \(method) \(path): \(error)") }
            guard status == 200, let data else {
                let text = data.map { String(decoding: $0, as: UTF8.self) } ?? ""
                throw Tool.Failure(description: "Syncthing on port \(port), \(method) \(path): HTTP \(status ?? 0) \(text)")
            }
            return data
        }
    }
}
