import Foundation

/// What an image holds, decoded by Python's zlib from the PNG or PPM bytes themselves, so a blank
/// render is told from a drawn one without an imaging library.
public enum Pixels {
    public struct Summary: Equatable {
        public var width: Int
        public var height: Int
        /// Distinct pixel values in the whole image: one for a page of a single colour.
        public var colours: Int
        /// Pixels not near-white between 12 % and 88 % of the height: a page's body, not its margins.
        public var inkInBody: Int
    }

    public static func summary(_ image: Data) throws -> Summary {
        let script = #"""
            import sys, zlib, struct, json, re
            b = sys.stdin.buffer.read()
            if b[:8] == b'\x89PNG\r\n\x1a\n':
                i, idat = 8, b''
                while i < len(b):
                    n, kind = struct.unpack('>I4s', b[i:i+8]); body = b[i+8:i+8+n]; i += 12 + n
                    if kind == b'IHDR': w, h, depth, ctype, _, _, lace = struct.unpack('>IIBBBBB', body)
                    elif kind == b'IDAT': idat += body
                assert depth == 8 and ctype in (2, 6) and lace == 0, (depth, ctype, lace)
                bpp = 3 if ctype == 2 else 4
                raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
                for y in range(h):
                    f, line = raw[y*(stride+1)], bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
                    for x in range(stride):
                        a = line[x-bpp] if x >= bpp else 0; up = prev[x]; c = prev[x-bpp] if x >= bpp else 0
                        if f == 1: line[x] = (line[x] + a) & 255
                        elif f == 2: line[x] = (line[x] + up) & 255
                        elif f == 3: line[x] = (line[x] + (a + up) // 2) & 255
                        elif f == 4:
                            p = a + up - c; pa, pb, pc = abs(p-a), abs(p-up), abs(p-c)
                            line[x] = (line[x] + (a if pa <= pb and pa <= pc else up if pb <= pc else c)) & 255
                    rows.append([bytes(line[k:k+3]) for k in range(0, stride, bpp)]); prev = line
            else:
                m = re.match(rb'P6\s+(\d+)\s+(\d+)\s+255\s', b)
                w, h, data = int(m.group(1)), int(m.group(2)), b[m.end():]
                rows = [[data[(y*w+x)*3:(y*w+x)*3+3] for x in range(w)] for y in range(h)]
            colours = len({p for r in rows for p in r})
            ink = sum(1 for r in rows[int(h*0.12):int(h*0.88)] for p in r if min(p) < 200)
            print(json.dumps([w, h, colours, ink]))
            """#
        let out = try Python.run(script, input: image)
        let v = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [Int] ?? []
        guard v.count == 4 else { throw Python.Missing(description: "no image summary: \(out)") }
        return Summary(width: v[0], height: v[1], colours: v[2], inkInBody: v[3])
    }
}
