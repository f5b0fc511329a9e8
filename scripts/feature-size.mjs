// What the photo measure (#25, at most 15 KB) adds to the English page, in gzip as the size
// check counts it (the build's own .gz copies of the files the page fetches): the release page
// against the same page built with `--features without-photo` (model::photo::MEASURE false).
// The stylesheets are the same in both builds: their photo rules (every selector of the rule the
// photo measure's) are taken out of the build without it here, so that they count too (both
// sides' stylesheets in gzip -9, so the counts compare; the page's own .gz copies are zopfli).
// Writes bench/feature-size.json. Usage: node scripts/feature-size.mjs WITH_DIR WITHOUT_DIR
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { gzip9, gzipped } from "./compress.mjs";

const BUDGET_KB = 15;
const [withDir, withoutDir] = process.argv.slice(2);
if (!withDir || !withoutDir) throw new Error("usage: node scripts/feature-size.mjs WITH_DIR WITHOUT_DIR");
const notFetched = (f) => f === "_headers" || f === "embed.js" || f === "clinic.example.json";
const kind = (f) => (f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : f.endsWith(".html") ? "html" : f.endsWith(".css") ? "css" : "other");

const PHOTO_RULE = /photo-measure|fig-measured|readout__measured|muscle-key__item--measured|programme-head__measured/;
/** A stylesheet without the rules that style only the photo measure. */
const withoutPhotoRules = (css) =>
  css.replace(/([^{}@]*)\{[^{}]*\}/g, (rule, selectors) => (selectors.split(",").every((s) => PHOTO_RULE.test(s)) ? "" : rule));

async function sizes(dir, photoRules) {
  const out = { wasm: 0, js: 0, html: 0, css: 0, other: 0 };
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (!e.isFile() || /\.(gz|br)$/.test(e.name) || notFetched(e.name)) continue;
    const path = join(dir, e.name);
    const body = await readFile(path);
    // Stylesheets in gzip -9 on both sides (the stripped one has no .gz copy of its own).
    if (e.name.endsWith(".css")) out.css += gzip9(photoRules ? body : withoutPhotoRules(body.toString())).length;
    else out[kind(e.name)] += (await gzipped(path, body)).length;
  }
  out.total = Object.values(out).reduce((a, b) => a + b, 0);
  return out;
}

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const [withPhoto, without] = [await sizes(withDir, true), await sizes(withoutDir, false)];
const added = Object.fromEntries(Object.keys(withPhoto).map((k) => [k, kb(withPhoto[k] - without[k])]));
let commit = "";
try {
  commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
} catch {}
const report = {
  feature: "measure from a photo (#25)",
  commit,
  date: new Date().toISOString().slice(0, 10),
  page_kb: { with: kb(withPhoto.total), without: kb(without.total) },
  added_kb: added,
  budget_kb: BUDGET_KB,
  within_budget: added.total <= BUDGET_KB,
};
await writeFile(new URL("../bench/feature-size.json", import.meta.url), JSON.stringify(report, null, 2) + "\n");
console.log(
  `photo measure: the English page is ${report.page_kb.with} KB gzip with it and ${report.page_kb.without} KB without: ` +
    `it adds ${added.total} KB (wasm ${added.wasm}, JS ${added.js}, HTML ${added.html}, CSS ${added.css}); budget ${BUDGET_KB} KB`
);
