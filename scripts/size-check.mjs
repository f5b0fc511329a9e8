// A deterministic size check for CI (not a timing): the first view of the release dist/ must
// stay within its budget, gzip level 9 as the benchmark counts it. The first view is
// index.html and what it loads before the sliders work: the boot script, the first module's
// script and wasm, its stylesheet and the manifest. Everything else (the second module, the
// service worker, the embed loader, the icon) is reported, not budgeted here.
// Usage: node scripts/size-check.mjs [dist]
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const FIRST_VIEW_BUDGET_KB = 120;
const dist = process.argv[2] || "dist";
const firstView = (f) =>
  f === "index.html" || f === "manifest.webmanifest" || /^(boot|main|posture-explainer)-[0-9a-f]{8,}(_bg)?\.(js|css|wasm)$/.test(f);
const skip = (f) => f === "_headers";

let first = 0;
let rest = 0;
const entries = (await readdir(dist, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
for (const f of entries.sort()) {
  if (skip(f)) continue;
  const gz = gzipSync(await readFile(join(dist, f)), { level: 9 }).length;
  if (firstView(f)) first += gz;
  else rest += gz;
  console.log(`${firstView(f) ? "first view" : "later     "}  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${f}`);
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`first view ${kb(first)} KB gzip (budget ${FIRST_VIEW_BUDGET_KB} KB); whole page ${kb(first + rest)} KB`);
if (first / 1024 > FIRST_VIEW_BUDGET_KB) {
  console.error(`size check: the first view is ${kb(first)} KB gzip, over its ${FIRST_VIEW_BUDGET_KB} KB budget`);
  process.exit(1);
}
