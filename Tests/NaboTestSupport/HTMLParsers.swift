import Foundation

/// HTML read by independent parsers from PyPI (`html5lib` and `lxml`; `.ci/run` installs them):
/// html5lib in strict mode raises on any parse error, lxml reads the tree, and every inline SVG is
/// cut out and parsed on its own as XML.
public enum HTMLParsers {
    public struct Reading: Decodable {
        /// html5lib's first parse error, empty when the document has none.
        public var html5libError: String
        /// Every element's text as html5lib's tree has it, as a screen reader or a search would.
        public var text: String
        public var scriptElements: Int
        /// `href`, `src` and `url(…)` references and any `http(s)://` in the file but the SVG and XHTML namespaces.
        public var externalReferences: [String]
        public var svgCount: Int
        /// lxml.etree's error for each SVG that is not well-formed XML on its own.
        public var svgErrors: [String]
        /// The root tag of each SVG as XML, with its namespace.
        public var svgRoots: [String]
        /// Every `id` in the document, in order, for checking they are unique.
        public var ids: [String]
        public var lang: String
        public var title: String
    }

    public static func read(_ html: String) throws -> Reading {
        try Python.require("html5lib", install: "pip install html5lib")
        try Python.require("lxml", install: "pip install lxml")
        let script = #"""
            import sys, json, re, html5lib, lxml.html, lxml.etree
            src = sys.stdin.buffer.read().decode('utf-8')
            try:
                html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(src)
                err = ''
            except Exception as e:
                err = repr(e)
            tree = html5lib.parse(src, namespaceHTMLElements=False)
            doc = lxml.html.document_fromstring(src)
            svgs = re.findall(r'<svg\b.*?</svg>', src, re.S)
            errors, roots = [], []
            for s in svgs:
                try: roots.append(lxml.etree.fromstring(s.encode('utf-8')).tag)
                except Exception as e: errors.append(repr(e))
            allowed = {'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml'}
            refs = [u for u in re.findall(r'https?://[^\s"\'<>)]*', src) if u not in allowed]
            refs += [e.get(a) for e in doc.iter() if isinstance(e.tag, str) for a in ('href', 'src') if e.get(a) and not e.get(a).startswith('#')]
            refs += [u for u in re.findall(r'url\(([^)]*)\)', src) if not u.strip('\'"').startswith('#')]
            print(json.dumps({
                'html5libError': err,
                'text': ' '.join(t for t in tree.itertext()),
                'scriptElements': len([e for e in tree.iter() if isinstance(e.tag, str) and e.tag.lower().endswith('script')]) + len(doc.xpath('//script')),
                'externalReferences': refs,
                'svgCount': len(svgs), 'svgErrors': errors, 'svgRoots': roots,
                'ids': [e.get('id') for e in doc.iter() if isinstance(e.tag, str) and e.get('id')],
                'lang': doc.get('lang') or '', 'title': doc.findtext('.//title') or '',
            }, ensure_ascii=False))
            """#
        let out = try Python.run(script, input: Data(html.utf8))
        return try JSONDecoder().decode(Reading.self, from: Data(out.utf8))
    }
}
