// Two builds compared on the slow phone, their loads interleaved (A, B, B, A, ...), so that
// the machine's drift falls on both alike. One benchmark run moves by about ±0.15 s here, so
// a change of that size is claimed only from a comparison like this one.
// Usage: node bench/ab.mjs DIST_A DIST_B [loads each, default 9]
// (build each with `trunk build --release --dist DIR`, e.g. from a git worktree). A DIST
// ending in ":br" is served in brotli instead of gzip (`node bench/ab.mjs dist dist:br`).
import { resolve } from "node:path";
import { serveStatic, startChromedriver } from "../tests/e2e/harness.mjs";
import { slowLoad } from "./load.mjs";

const [a, b, n = "9"] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node bench/ab.mjs DIST_A DIST_B [loads each]");
  process.exit(2);
}
const sides = [a, b].map((x) => ({ dir: resolve(x.replace(/:br$/, "")), encoding: x.endsWith(":br") ? "br" : "gzip", name: x }));
const dirs = sides.map((s) => s.dir);
const servers = await Promise.all(sides.map((s) => serveStatic(s.dir, {}, { compress: s.encoding === "br" ? "br" : true })));
const driver = await startChromedriver();
const loads = [[], []];
try {
  for (let i = 0; i < Number(n); i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) loads[k].push(await slowLoad(driver, servers[k].url, dirs[k], sides[k].encoding));
  }
} finally {
  driver.stop();
  for (const s of servers) await s.close();
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`| median of ${n} interleaved loads | ${sides[0].name} | ${sides[1].name} |\n| --- | --- | --- |`);
for (const [key, label] of [["fcpMs", "first contentful paint"], ["lcpMs", "largest contentful paint"], ["wasmInMs", "the wasm's last byte"], ["slidersMs", "sliders answer"]]) {
  const m = loads.map((l) => median(l.map((x) => x[key])));
  console.log(`| ${label} | ${s(m[0])} | ${s(m[1])} |`);
}
const t = loads.map((l) => median(l.map((x) => x.transferBytes)));
console.log(`| transfer | ${(t[0] / 1024).toFixed(1)} KB ${sides[0].encoding} | ${(t[1] / 1024).toFixed(1)} KB ${sides[1].encoding} |`);
console.log(`sliders, each load: A ${loads[0].map((x) => Math.round(x.slidersMs)).join(" ")}; B ${loads[1].map((x) => Math.round(x.slidersMs)).join(" ")}`);
