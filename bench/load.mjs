// How fast a page arrives on a cheap phone, for bench/run.mjs: Lighthouse (mobile preset,
// median of three), then the page in Chromium at 375 px with slow 4G (150 ms, 1.6 Mbit/s) and
// a 4x slower CPU: when the first content paints, when the sliders answer, when the plan is on
// screen and when it can be answered, when the last byte of the wasm arrived (the sliders
// cannot answer before it), when the largest content painted (as Chromium measured
// it, beside Lighthouse's simulated figure), what the page transferred and its wasm memory.
import { execFile } from "node:child_process";
import { readFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { Browser } from "../tests/e2e/harness.mjs";
import { brotli11, gzipped } from "../scripts/compress.mjs";

const run = promisify(execFile);
const LIGHTHOUSE = new URL("./lighthouse/node_modules/.bin/lighthouse", import.meta.url).pathname;
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), median of three runs. */
export async function lighthouse(url) {
  const runs = [];
  const dir = await mkdtemp(join(tmpdir(), "lighthouse-"));
  for (let i = 0; i < RUNS; i++) {
    const out = join(dir, `run-${i}.json`);
    await run(
      LIGHTHOUSE,
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || "/usr/bin/chromium" }, maxBuffer: 1 << 26 }
    );
    const r = JSON.parse(await readFile(out, "utf8"));
    const score = (c) => Math.round(r.categories[c].score * 100);
    const ms = (a) => Math.round(r.audits[a].numericValue);
    const failing = Object.values(r.categories)
      .filter((c) => c.id !== "performance")
      .flatMap((c) => c.auditRefs.filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1).map((a) => `${c.id}: ${a.id}`));
    runs.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcpMs: ms("first-contentful-paint"),
      lcpMs: ms("largest-contentful-paint"),
      tbtMs: ms("total-blocking-time"),
      cls: r.audits["cumulative-layout-shift"].numericValue,
      speedIndexMs: ms("speed-index"),
      // Lighthouse's simulated tasks (observed length x 4, or x 2 with a layout in them).
      longestTaskMs: Math.round(Math.max(0, ...(r.audits["long-tasks"]?.details?.items ?? []).map((i) => i.duration))),
      longTasks: (r.audits["long-tasks"]?.details?.items ?? []).map((i) => [Math.round(i.startTime), Math.round(i.duration), i.url]),
      failing,
      // Lighthouse's measure of the host's speed (higher is faster): a slower machine lowers the
      // simulated figures, so runs on different days compare only beside it.
      benchmarkIndex: Math.round(r.environment?.benchmarkIndex ?? 0),
    });
  }
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance);
  return { median: byPerformance[Math.floor(RUNS / 2)], runs };
}

// Recorded from the first byte of the document: when the safety questions are first in the
// page, layout shifts, the largest contentful paint, and the wasm instances (for their memory).
const PRELUDE = `(() => {
  window.__planSeen = null; window.__shift = 0; window.__wasms = []; window.__lcp = null; window.__tasks = [];
  const seen = () => { if (window.__planSeen == null && document.querySelector('[data-testid=safety-screen]')) window.__planSeen = performance.now(); };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  // Every main-thread task of 50 ms or more (the browser reports no shorter ones).
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  addEventListener("TrunkApplicationStarted", (e) => window.__wasms.push(e.detail.wasm));
  // The two-module design's second wasm (measured for comparison).
  addEventListener("ExtrasStarted", (e) => window.__wasms.push(e.detail.wasm));
})();`;

/** One load at 375 px on slow 4G with a 4x slower CPU, in a fresh browser. `encoding`: how the
 * server compresses (for the transfer figure): "gzip" (counted at -9) or "br" (brotli 11). */
export async function slowLoad(driver, url, dir, encoding = "gzip") {
  const b = await Browser.open(driver, { width: 375, height: 800 });
  try {
    await b.cdp("Network.enable");
    await b.cdp("Network.setCacheDisabled", { cacheDisabled: true });
    await b.cdp("Network.setBypassServiceWorker", { bypass: true });
    await b.cdp("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
    await b.cdp("Emulation.setCPUThrottlingRate", { rate: 4 });
    await b.cdp("Page.addScriptToEvaluateOnNewDocument", { source: PRELUDE });
    await b.go(url);
    await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "the sliders", 60000);
    // The plan: in the page and, once the app runs it, answerable.
    await b.until(() => b.exec("return window.__planSeen != null"), "the plan", 60000);
    await sleep(2000);
    const t = await b.exec(`return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: window.__lcp,
      sliders: performance.getEntriesByName('app-interactive')[0].startTime,
      wasmStarted: performance.getEntriesByName('wasm-started')[0]?.startTime ?? null,
      mainRootStart: performance.getEntriesByName('main-root-start')[0]?.startTime ?? null,
      wasmIn: Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd)),
      planSeen: window.__planSeen,
      shift: window.__shift,
      wasmMemory: window.__wasms.reduce((n, w) => n + w.memory.buffer.byteLength, 0),
      tasks: window.__tasks,
      islandsDone: performance.getEntriesByName('islands-hydrated')[0]?.startTime ?? null,
      // Each island's hydration: from the start of its task to its first effect (the app marks both).
      islands: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('hydrate ')).map((e) => [e.name.slice(8), e.duration, e.startTime + e.duration]),
      files: performance.getEntriesByType('resource').map((e) => e.name).concat([location.href]),
    }`);
    // The plan is on screen once it is painted (no earlier than the first paint), and can be
    // answered once the app that runs it has started.
    const planShown = Math.max(t.planSeen, t.fcp ?? 0);
    // With islands, the plan answers once the island that holds it has hydrated.
    const planAnswerable = Math.max(planShown, t.sliders, t.islandsDone ?? 0);
    let transfer = 0;
    for (const n of new Set(t.files)) {
      let path = new URL(n).pathname.replace(/^\//, "");
      if (path === "" || path.endsWith("/")) path += "index.html";
      const body = await readFile(join(dir, path)).catch(() => null);
      if (body) transfer += (encoding === "br" ? brotli11(body) : await gzipped(join(dir, path), body)).length;
    }
    // The longest task that ended after the first paint (50 ms is the least the browser reports).
    const afterPaint = t.tasks.filter(([start, d]) => start + d > (t.fcp ?? 0));
    const longestTaskMs = afterPaint.reduce((m, [, d]) => Math.max(m, d), 0);
    return { longestTaskMs, tasksAfterPaint: afterPaint, islands: Object.fromEntries(t.islands.map(([n, d]) => [n, d])), fcpMs: t.fcp, lcpMs: t.lcp, slidersMs: t.sliders, wasmInMs: t.wasmIn, wasmStartedMs: t.wasmStarted, mainRootStartMs: t.mainRootStart, planShownMs: planShown, planAnswerableMs: planAnswerable, cls: t.shift, transferBytes: transfer, wasmMemoryBytes: t.wasmMemory };
  } finally {
    await b.close();
  }
}

/** The slow-phone figures, median of three fresh loads. */
export async function slowPhone(driver, url, dir, encoding = "gzip") {
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await slowLoad(driver, url, dir, encoding));
  const m = (k) => median(loads.map((l) => l[k]));
  return {
    fcpMs: Math.round(m("fcpMs")),
    lcpMs: Math.round(m("lcpMs")),
    slidersMs: Math.round(m("slidersMs")),
    wasmInMs: Math.round(m("wasmInMs")),
    wasmStartedMs: Math.round(m("wasmStartedMs")),
    mainRootStartMs: Math.round(m("mainRootStartMs")),
    planShownMs: Math.round(m("planShownMs")),
    planAnswerableMs: Math.round(m("planAnswerableMs")),
    cls: Math.round(m("cls") * 1000) / 1000,
    longestTaskMs: Math.round(m("longestTaskMs")),
    islands: Object.fromEntries(Object.keys(loads[0].islands).map((k) => [k, Math.round(median(loads.map((l) => l.islands[k] ?? 0)))])),
    transferBytes: m("transferBytes"),
    wasmMemoryBytes: m("wasmMemoryBytes"),
    loads,
  };
}
