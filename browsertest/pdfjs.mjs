// node pdfjs.mjs FILE.pdf
//
// Prints, as JSON on stdout, what PDF.js (pdfjs-dist's legacy build, the
// one for Node) reads from a PDF as a screen reader's browser would:
//
//   {"numPages": N, "pages": [{
//      "page": 1,
//      "structTree": <page.getStructTree(): {role, children: [...]} nodes,
//                     leaves {type: "content", id} naming marked content;
//                     null for an untagged PDF>,
//      "items": [<page.getTextContent({includeMarkedContent: true}) items:
//                 {"str": "..."} for text,
//                 {"type": "beginMarkedContentProps", "tag": "P", "id": "p12R_mc0"},
//                 {"type": "beginMarkedContent", "tag": "Artifact"},
//                 {"type": "endMarkedContent"}>]
//   }]}
//
// The Go package guidepress/internal/pdfjs runs it and parses the JSON.
// Problems PDF.js reports while reading go to stderr.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node pdfjs.mjs FILE.pdf');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const pkg = path.dirname(require.resolve('pdfjs-dist/package.json'));

const doc = await getDocument({
  data: new Uint8Array(await readFile(file)),
  standardFontDataUrl: path.join(pkg, 'standard_fonts') + path.sep,
  cMapUrl: path.join(pkg, 'cmaps') + path.sep,
  cMapPacked: true,
  verbosity: VerbosityLevel.WARNINGS,
  isEvalSupported: false,
}).promise;

const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const structTree = await page.getStructTree();
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items = content.items.map((it) => {
    if (it.type === undefined) return { str: it.str, hasEOL: it.hasEOL };
    const out = { type: it.type };
    if (it.tag !== undefined) out.tag = it.tag;
    if (it.id !== undefined && it.id !== null) out.id = it.id;
    return out;
  });
  pages.push({ page: n, structTree, items });
  page.cleanup();
}
process.stdout.write(JSON.stringify({ numPages: doc.numPages, pages }) + '\n');
await doc.destroy();
