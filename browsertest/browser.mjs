// node browser.mjs OUTDIR
//
// Uses guidepress's web site and pack builder in real Chromium as a
// reader would, as OUTDIR/job.json asks (the Go test press/browser_test.go
// writes it, serves the site and checks the results), and writes what it
// saw to OUTDIR/result.json:
//
//   - pack: opens the pack builder, ticks the stages named by their
//     labels, picks the area, types the name and date, submits, and saves
//     the download as OUTDIR/pack.pdf with the name the browser offered;
//   - switch: opens a page, follows its link to another language and
//     records the page it lands on (its URL, <html lang>, <h1>);
//   - axe: runs axe-core on each page (a URL, or a pack builder submitted
//     with no stage ticked, for its 400 page) with the WCAG 2.2 AA tags
//     and records every violation: rule, impact, help and the elements.
//
// A step that throws is recorded as {error} in its place, and the others
// still run; the Go test reports each.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launch } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const out = process.argv[2];
if (!out) {
  console.error('usage: node browser.mjs OUTDIR (with OUTDIR/job.json)');
  process.exit(2);
}
const job = JSON.parse(await readFile(path.join(out, 'job.json'), 'utf8'));
const result = {};

const browser = await launch();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  if (job.pack) result.pack = await step(() => makePack(page, job.pack));
  if (job.switch) result.switch = await step(() => switchLanguage(page, job.switch));
  result.axe = [];
  for (const p of job.axe || []) result.axe.push(await step(() => audit(page, p), { name: p.name, url: p.url }));
} finally {
  await browser.close();
}
await writeFile(path.join(out, 'result.json'), JSON.stringify(result, null, 1));

// step runs f and returns its result, or {...about, error} when it throws.
async function step(f, about = {}) {
  try {
    return await f();
  } catch (e) {
    return { ...about, error: String(e.message || e).split('\n')[0] };
  }
}

// makePack fills the pack builder at p.url as a person would and saves
// the PDF it returns.
async function makePack(page, p) {
  await page.goto(p.url);
  for (const title of p.stages) {
    await page.getByRole('checkbox', { name: title, exact: true }).check();
  }
  await page.locator('#f-area').selectOption({ label: p.area });
  await page.locator('#f-name').fill(p.name);
  await page.locator('#f-date').fill(p.date);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('form button[type=submit]').click(),
  ]);
  const file = path.join(out, 'pack.pdf');
  await download.saveAs(file);
  return { suggestedFilename: download.suggestedFilename(), file, failure: await download.failure() };
}

// switchLanguage opens s.url and follows the link to s.lang's page.
async function switchLanguage(page, s) {
  await page.goto(s.url);
  await Promise.all([page.waitForEvent('load'), page.locator(`nav a[hreflang="${s.lang}"]`).click()]);
  return {
    url: page.url(),
    lang: await page.getAttribute('html', 'lang'),
    h1: (await page.locator('h1').first().textContent()).trim(),
  };
}

// audit opens a page (p.url; with p.submitEmpty, the form there
// submitted with nothing ticked) and runs axe-core on it.
async function audit(page, p) {
  const response = await page.goto(p.url);
  let status = response.status();
  if (p.submitEmpty) {
    const [r] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form button[type=submit]').click(),
    ]);
    status = r.status();
    await page.waitForLoadState('load');
  }
  await page.evaluate(axeSource);
  const r = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagTags,
  );
  return {
    name: p.name,
    url: page.url(),
    status,
    lang: await page.getAttribute('html', 'lang'),
    passes: r.passes.length,
    violations: r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ': ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 200) : '')),
    })),
  };
}
