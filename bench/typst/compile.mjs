// compile.mjs compiles a Typst file to PDF with the Typst compiler of
// @myriaddreamin/typst-ts-node-compiler, for bench/typst.sh.
//
//   node compile.mjs FILE.typ FONTDIR OUT.pdf
//
// The compiler is given the fonts in FONTDIR (the Go fonts guidepress
// embeds). It prints one line of JSON: the wall and cpu milliseconds of
// creating the compiler (loading fonts) and of the compile plus PDF export
// alone (process.cpuUsage counts every thread of the process), the pages
// and the PDF's bytes. Any warning or error (an unknown font, a glyph the
// font lacks) is printed and fails the run: a document set in another font
// would not be the same benchmark. NODE_PATH names the folder holding the
// compiler package (bench/typst.sh installs it outside the repository).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [file, fontDir, out] = process.argv.slice(2);
if (!file || !fontDir || !out) {
  console.error('usage: node compile.mjs FILE.typ FONTDIR OUT.pdf');
  process.exit(2);
}
const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), 'noop.js'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const cpuMs = (c0) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };

let t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(file)),
  fontArgs: [{ fontPaths: [path.resolve(fontDir)] }],
});
const setup = { wall: ms(t0), cpu: cpuMs(c0) };

t0 = process.hrtime.bigint(); c0 = process.cpuUsage();
const result = compiler.compile({ mainFilePath: path.resolve(file) });
const doc = result.result;
const diagnostics = result.takeDiagnostics();
if (!doc || (diagnostics && diagnostics.shortDiagnostics.length > 0)) {
  console.error(JSON.stringify(diagnostics ? diagnostics.shortDiagnostics : result.takeError(), null, 1));
  process.exit(1);
}
const pdf = compiler.pdf(doc);
const compile = { wall: ms(t0), cpu: cpuMs(c0) };

writeFileSync(out, pdf);
console.log(JSON.stringify({ setup, compile, pages: doc.numOfPages, bytes: pdf.length }));
