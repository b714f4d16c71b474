import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One Syncthing instance's `config.xml`, written whole rather than edited from the generated one,
/// so every setting a test depends on is stated here: the instance is reached on loopback only,
/// announces, relays, maps, reports and upgrades nothing, knows every other instance by id and
/// port, and shares one folder with all of them that it rescans within a second of a change.
struct SyncthingConfig {
    struct Peer {
        var id: String
        var name: String
        var port: Int
    }

    var folderID: String
    var folderPath: String
    var listenPort: Int
    var guiPort: Int
    var apiKey: String
    /// Every instance of the cluster, this one included: a folder lists its own device too.
    var peers: [Peer]

    var xml: String {
        let members = peers.map { "        <device id=\"\($0.id)\" introducedBy=\"\"></device>" }.joined(separator: "\n")
        let devices = peers.map {
            """
                <device id="\($0.id)" name="\(Self.escaped($0.name))" compression="metadata" introducer="false">
                    <address>tcp://127.0.0.1:\($0.port)</address>
                </device>
            """
        }.joined(separator: "\n")
        return """
            <configuration version="36">
                <folder id="\(folderID)" label="\(folderID)" path="\(Self.escaped(folderPath))" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
            \(members)
                    <markerName>.stfolder</markerName>
                </folder>
            \(devices)
                <gui enabled="true" tls="false" debugging="false">
                    <address>127.0.0.1:\(guiPort)</address>
                    <apikey>\(apiKey)</apikey>
                </gui>
                <options>
                    <listenAddress>tcp://127.0.0.1:\(listenPort)</listenAddress>
                    <globalAnnounceEnabled>false</globalAnnounceEnabled>
                    <localAnnounceEnabled>false</localAnnounceEnabled>
                    <relaysEnabled>false</relaysEnabled>
                    <natEnabled>false</natEnabled>
                    <urAccepted>-1</urAccepted>
                    <crashReportingEnabled>false</crashReportingEnabled>
                    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
                    <startBrowser>false</startBrowser>
                    <reconnectionIntervalS>1</reconnectionIntervalS>
                    <setLowPriority>false</setLowPriority>
                </options>
            </configuration>

            """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Ports free on 127.0.0.1 now, chosen by the kernel. All are held open until every one is chosen,
/// so none is handed out twice; another program could still take one before Syncthing binds it,
/// which a test machine makes unlikely enough.
enum FreePorts {
    static func take(_ count: Int) throws -> [Int] {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        var ports: [Int] = []
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Tool.Failure(description: "No socket for a free port: errno \(errno)") }
            sockets.append(fd)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
            }
            guard bound else { throw Tool.Failure(description: "No free port on 127.0.0.1: errno \(errno)") }
            ports.append(Int(UInt16(bigEndian: address.sin_port)))
        }
        return ports
    }
}
