// The benchmark: drives the release dist/ (and the floor page) in headless Chromium and writes
// bench/report.json and bench/report.md. Not a test: it measures and reports; the budgets are
// checked and shown in the report. Run it with scripts/bench.sh.
import { readFile, readdir, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join, extname } from "node:path";
import { brotli11, gzipped } from "../scripts/compress.mjs";
import { setTimeout as sleep } from "node:timers/promises";
import { Browser, serveStatic, startChromedriver } from "../tests/e2e/harness.mjs";
import { lighthouse, slowPhone } from "./load.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const PAGES = { app: join(ROOT, "dist"), floor: join(ROOT, "target", "floor-dist"), split: join(ROOT, "target", "split-dist") };
const LOADS = 7;
// The two-module design this build replaced is measured again only when asked (BENCH_SPLIT=1,
// scripts/bench.sh builds it then); otherwise the report keeps its last figures as history.
const SPLIT = process.env.BENCH_SPLIT === "1";
const previous = JSON.parse(await readFile(join(ROOT, "bench", "report.json"), "utf8").catch(() => "{}"));
// Before and after each change: BENCH_LOAD=1 BENCH_STEP="what changed" adds a row to
// bench/steps.json (gzip host), which the report shows.
const STEPS = join(ROOT, "bench", "steps.json");
const steps = JSON.parse(await readFile(STEPS, "utf8").catch(() => "[]"));
const commit = () => { try { return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim(); } catch { return "?"; } };
/** One step's figures from a Lighthouse run and a slow-phone run on the gzip host. */
const stepOf = (label, l, p) => ({
  label, commit: commit(), date: new Date().toISOString().slice(0, 10),
  performance: l.median.performance, runs: l.runs.map((r) => r.performance), tbtMs: l.median.tbtMs, simulatedLongestMs: l.median.longestTaskMs, lcpMs: l.median.lcpMs,
  longestTaskMs: p.longestTaskMs, slidersMs: p.slidersMs, planAnswerableMs: p.planAnswerableMs, islands: p.islands, transferKB: Math.round(p.transferBytes / 102.4) / 10,
  benchmarkIndex: l.median.benchmarkIndex, wasmInMs: p.wasmInMs, mainRootStartMs: p.mainRootStartMs,
});
function stepLines(current) {
  const rows = [...steps, current];
  return [
    `## Before and after each change (gzip host; Lighthouse median of 3, slow phone median of 3)`,
    ``,
    `Host speed is Lighthouse's benchmarkIndex (higher is faster; "?" where it was not yet recorded): rows measured on different days compare only beside it. The main root's first render runs from "main root start" to "sliders answer".`,
    ``,
    `| change | commit | host speed | Lighthouse (runs) | TBT | simulated longest task | longest task at 4x | wasm in | main root start | sliders answer | whole page answerable | islands at 4x | transfer |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...rows.map((r) => `| ${r.label} | ${r.commit} | ${r.benchmarkIndex ?? "?"} | ${r.performance} (${r.runs.join(", ")}) | ${r.tbtMs} ms | ${r.simulatedLongestMs} ms | ${r.longestTaskMs} ms | ${r.wasmInMs ? (r.wasmInMs / 1000).toFixed(2) + " s" : "?"} | ${r.mainRootStartMs ? (r.mainRootStartMs / 1000).toFixed(2) + " s" : "?"} | ${(r.slidersMs / 1000).toFixed(2)} s | ${(r.planAnswerableMs / 1000).toFixed(2)} s | ${Object.entries(r.islands).map(([k, v]) => `${k} ${v} ms`).join(", ") || "none"} | ${r.transferKB} KB |`),
    ``,
  ];
}
// Key presses per drag measure. A p95 of 64 presses rested on its 4 slowest, and moved between
// 16 and 24 ms from run to run on the same code; 192 make it steadier.
const INPUTS = 192;
// #27's budgets (they replace #12's 200 KB page and 16 ms input p95, which Yew 0.23 and the
// floor page itself cannot meet). Input is held against the floor page in the same run.
const BUDGET = {
  firstViewGzipKB: 120,
  wholePageGzipKB: 270,
  // Input to next paint p95, at most one Event Timing step (8 ms) above the floor's.
  inputP95OverFloorMs: 8,
  // Presses whose figure waited past one 60 Hz frame: at most 2 points above the floor's share.
  pastOneFrameOverFloorPts: 2,
  inputP95ThrottledMs: 50,
  frameScriptP95Ms: 2,
  memoryGrowthMB: 1,
  idleFrames: 0,
  lighthousePerformance: 92,
  lighthousePerformanceBrotli: 95,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
  lighthouseSeo: 100,
  lighthouseTbtMs: 150,
  longestTaskMs: 120,
  slowFcpMs: 1000,
  slowSlidersMs: 2200,
  slowPlanAnswerableMs: 2800,
  slowCls: 0,
};

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : null;
};
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

// Instruments the page before any of its scripts run.
const PRELUDE = `(() => {
  window.__frames = 0; window.__frameScript = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    window.__frames++;
    return raf((t) => {
      const t0 = performance.now();
      cb(t);
      // Yew renders in a microtask queued by the callback; ours runs after it.
      queueMicrotask(() => window.__frameScript.push(performance.now() - t0));
    });
  };
  addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
  window.__events = [];
  // Input to the frame that draws the figure: from the key's timestamp to the start of the
  // first frame after the figure's attribute changed (the floor changes the same attribute on
  // its one line of text, which gives the least this measure can be).
  window.__figure = []; window.__keyAt = null;
  addEventListener("keydown", (e) => { window.__keyAt = e.timeStamp; }, true);
  new MutationObserver(() => {
    const at = window.__keyAt;
    if (at == null) return;
    window.__keyAt = null;
    raf((t) => window.__figure.push(t - at));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-pelvic-tilt"] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "keydown") window.__events.push(e.duration); })
    .observe({ type: "event", durationThreshold: 16, buffered: true });
})();`;

/** Waits until the app has started (hydrated the prerendered page); the floor has no prerender. */
const started = (b) =>
  b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0 && !document.querySelector('[data-testid=starting-note]')"), "the app to start", 30000);

// The first view is what the browser needs to paint the page, which is prerendered: the
// document, its stylesheets and the manifest. Everything else the page fetches (the boot
// script, the app's script and wasm, the icon, the settings) makes it interactive and is
// listed apart. The whole page is both.
async function firstView(dir, b, url) {
  await b.go(url);
  await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "interactive");
  await started(b);
  await sleep(500);
  const entries = await b.exec("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))");
  const paints = (path) => path === "index.html" || path.endsWith(".css") || path.endsWith(".webmanifest");
  const sizes = async (list) => {
    const files = [];
    for (const path of [...new Set(list)]) {
      try {
        const body = await readFile(join(dir, path));
        files.push({
          file: path.replace(/-[0-9a-f]{15,16}(?=[._])/, ""),
          raw: body.length,
          gzip: (await gzipped(join(dir, path), body)).length,
          brotli: brotli11(body).length,
        });
      } catch {}
    }
    const total = (k) => files.reduce((a, f) => a + f[k], 0);
    return { files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") } };
  };
  const paths = entries.map((n) => {
    let path = new URL(n).pathname.replace(/^\//, "");
    return path === "" || path.endsWith("/") ? path + "index.html" : path;
  }).filter((p) => p !== "sw.js"); // fetched by the worker, not by the page
  const first = await sizes(paths.filter(paints));
  const later = await sizes(paths.filter((p) => !paints(p)));
  return { ...first, afterFirstView: later };
}

async function measure(name, url, dir, driver, throttle) {
  const b = await Browser.open(driver, { width: 1280, height: 800 });
  try {
    await b.cdp("Page.addScriptToEvaluateOnNewDocument", { source: PRELUDE });
    await b.cdp("Emulation.setCPUThrottlingRate", { rate: throttle });
    const out = { throttle };
    if (throttle === 1) out.firstView = await firstView(dir, b, url);

    // Time to interactive: navigation start to the first render of the sliders. Median of loads.
    const tti = [];
    for (let i = 0; i < LOADS; i++) {
      await b.go(url + "?load=" + i);
      await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "interactive", 30000);
      tti.push(await b.exec("return performance.getEntriesByName('app-interactive')[0].startTime"));
    }
    out.interactiveMs = { median: round(pct(tti, 50)), all: tti.map((x) => round(x, 1)) };

    // Input to next paint while dragging: real key presses on the focused slider (the Event
    // Timing API reports every one that took 16 ms or more; the rest were under 16 ms).
    // Measured once the page has loaded as a whole (the app started), so what is
    // measured is the drag, not the loading, which the time to interactive covers.
    await b.go(url);
    await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "interactive", 30000);
    await started(b);
    await sleep(500);
    await b.exec("document.querySelector('#in-hip-flexors').focus(); window.__events = []; window.__figure = [];");
    for (let i = 0; i < INPUTS; i++) {
      const key = i % 20 < 10 ? "ArrowRight" : "ArrowLeft";
      const code = key === "ArrowRight" ? 39 : 37;
      await b.cdp("Input.dispatchKeyEvent", { type: "rawKeyDown", key, code: key, windowsVirtualKeyCode: code });
      await b.cdp("Input.dispatchKeyEvent", { type: "keyUp", key, code: key, windowsVirtualKeyCode: code });
      await sleep(30);
    }
    await sleep(800);
    const slow = await b.exec("return window.__events.filter(d => d >= 16)");
    const durations = [...slow, ...Array(Math.max(0, INPUTS - slow.length)).fill(15.9)];
    const figure = await b.exec("return window.__figure");
    // A press whose figure waited longer than one frame interval at 60 Hz (16.7 ms) was
    // certainly not drawn in the first frame after it: the p95 alone cannot say, since the
    // wait for that first frame is already up to 16.7 ms.
    out.inputToFigureFrame = {
      inputs: figure.length,
      p50: round(pct(figure, 50), 1),
      p95: round(pct(figure, 95), 1),
      pastOneFrame: figure.filter((x) => x > 1000 / 60).length,
    };
    out.inputToPaint = {
      inputs: INPUTS,
      slowDurations: slow,
      over16ms: slow.length,
      p50: pct(durations, 50) >= 16 ? pct(durations, 50) : "<16",
      p95: pct(durations, 95) >= 16 ? pct(durations, 95) : "<16",
      p95Ms: pct(durations, 95) >= 16 ? pct(durations, 95) : 16,
    };

    // Script per animation frame while the figure eases (the app only).
    await b.exec("window.__frameScript = []");
    for (const v of ["0", "10", "0", "10"]) {
      await b.exec(`const s = document.querySelector('#in-hip-flexors'); s.value = '${v}'; s.dispatchEvent(new Event('input', { bubbles: true }));`);
      await sleep(700);
    }
    const fs = await b.exec("return window.__frameScript");
    out.frameScriptMs = { frames: fs.length, p50: round(pct(fs, 50), 3), p95: round(pct(fs, 95), 3) };

    // Idle: frames requested in two seconds after everything settled.
    await sleep(1000);
    const f0 = await b.exec("return window.__frames");
    await sleep(2000);
    out.idleFrames = (await b.exec("return window.__frames")) - f0;

    if (throttle === 1) {
      // Memory before and after 10,000 slider inputs and 100 preset switches.
      const heap = async () => {
        await b.cdp("HeapProfiler.collectGarbage");
        const h = await b.cdp("Runtime.getHeapUsage");
        const wasm = await b.exec("return window.__wasm ? window.__wasm.memory.buffer.byteLength : 0");
        return { jsHeap: h.usedSize, wasmMemory: wasm };
      };
      // Consultation mode, where the preset switches are (the floor page ignores the query).
      await b.go(url + "?mode=consult");
      await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "interactive", 30000);
      await started(b);
      await sleep(1000);
      const before = await heap();
      for (let burst = 0; burst < 20; burst++) {
        await b.exec(`const s = document.querySelector('#in-hip-flexors');
          for (let i = 0; i < 500; i++) { s.value = String(i % 11); s.dispatchEvent(new Event('input', { bubbles: true })); }`);
        await sleep(10);
      }
      const hasPresets = await b.exec("return !!document.querySelector('[data-testid=preset-1]')");
      for (let k = 0; hasPresets && k < 100; k++) {
        await b.exec(`document.querySelector('[data-testid=preset-${1 + (k % 4)}]').click()`);
      }
      await sleep(1500);
      const after = await heap();
      out.memory = { before, after, presetSwitches: hasPresets ? 100 : 0, growthBytes: after.jsHeap - before.jsHeap + (after.wasmMemory - before.wasmMemory) };
    }
    return out;
  } finally {
    await b.close();
  }
}

const driver = await startChromedriver();
// BENCH_QUICK=1: only the drag on this build, printed, no report (for trying a change).
if (process.env.BENCH_QUICK) {
  const dir = process.env.BENCH_QUICK_DIR || PAGES.app;
  const server = await serveStatic(dir, {}, { compress: true });
  try {
    for (const throttle of [1, 4]) {
      const m = await measure("app", server.url, dir, driver, throttle);
      console.log(`throttle ${throttle}x: input to next paint p95 ${m.inputToPaint.p95} ms (${m.inputToPaint.over16ms}/${INPUTS} >= 16 ms); input to figure frame p95 ${m.inputToFigureFrame.p95} ms (p50 ${m.inputToFigureFrame.p50})`);
    }
  } finally {
    driver.stop();
    await server.close();
  }
  process.exit(0);
}
// BENCH_LOAD=1: only Lighthouse and the slow phone on this build, printed, no report.
if (process.env.BENCH_LOAD) {
  const server = await serveStatic(PAGES.app, {}, { compress: true });
  try {
    const l = await lighthouse(server.url);
    const p = await slowPhone(driver, server.url, PAGES.app);
    const { failing, ...median } = l.median;
    console.log("lighthouse", JSON.stringify(median), "runs", l.runs.map((r) => r.performance).join(" "));
    console.log("lighthouse long tasks", l.runs.map((r) => JSON.stringify(r.longTasks)).join("\n"));
    const { loads, ...slow } = p;
    console.log("slow phone tasks after paint", loads.map((x) => JSON.stringify(x.tasksAfterPaint)).join("\n"));
    if (process.env.BENCH_STEP) {
      steps.push(stepOf(process.env.BENCH_STEP, l, p));
      await writeFile(STEPS, JSON.stringify(steps, null, 2) + "\n");
    }
    console.log("slow phone", JSON.stringify(slow));
  } finally {
    driver.stop();
    await server.close();
  }
  process.exit(0);
}
const servers = {};
for (const name of SPLIT ? ["app", "floor", "split"] : ["app", "floor"]) servers[name] = await serveStatic(PAGES[name], {}, { compress: true });
// The same build from a host that sends brotli (deploy/nginx.conf with brotli_static, or a CDN).
servers.appBrotli = await serveStatic(PAGES.app, {}, { compress: "br" });
const report = { date: new Date().toISOString(), budget: BUDGET, pages: {}, load: {} };
try {
  const version = execFileSync(process.env.CHROMIUM || "/usr/bin/chromium", ["--version"]).toString().trim();
  const cpu = cpus()[0]?.model ?? "unknown";
  report.machine = { cpu, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), browser: version };
  for (const name of ["app", "floor"]) {
    const url = servers[name].url;
    const normal = await measure(name, url, PAGES[name], driver, 1);
    const throttled = await measure(name, url, PAGES[name], driver, 4);
    report.pages[name] = { normal, throttled };
  }
  // One module (this build), and the two-module design it replaced when asked for.
  for (const name of SPLIT ? ["app", "split"] : ["app"]) {
    const url = servers[name].url;
    report.load[name] = { lighthouse: await lighthouse(url), slowPhone: await slowPhone(driver, url, PAGES[name]) };
  }
  const brUrl = servers.appBrotli.url;
  // Every file once before measuring, so no load waits on the server compressing.
  for (const f of await readdir(PAGES.app)) if (!/\.(gz|br)$/.test(f)) await (await fetch(brUrl + f, { headers: { "accept-encoding": "br" } })).arrayBuffer();
  report.load.appBrotli = { lighthouse: await lighthouse(brUrl), slowPhone: await slowPhone(driver, brUrl, PAGES.app, "br") };
} finally {
  driver.stop();
  for (const s of Object.values(servers)) await s.close();
}
if (!SPLIT) {
  const kept = previous.load?.split;
  if (!kept) throw new Error("bench/report.json has no two-module figures to keep: run with BENCH_SPLIT=1");
  report.load.split = { ...kept, measured: kept.measured ?? previous.date };
}
const splitWhen = report.load.split.measured ? `two modules as measured on ${report.load.split.measured.slice(0, 10)} (BENCH_SPLIT=1 measures it again)` : "same run";

const a = report.pages.app, f = report.pages.floor;
const L = report.load.app, S = report.load.split, B = report.load.appBrotli;
const ratio = (x, y) => (typeof x === "number" && typeof y === "number" && y > 0 ? round(x / y, 2) : "n/a");
const wholePage = a.normal.firstView.total.gzip + a.normal.firstView.afterFirstView.total.gzip;
const share = (m) => (100 * m.inputToFigureFrame.pastOneFrame) / Math.max(1, m.inputToFigureFrame.inputs);
report.checks = {
  firstViewGzipKB: round(a.normal.firstView.total.gzip / 1024, 1),
  wholePageGzipKB: round(wholePage / 1024, 1),
  inputP95OverFloorMs: a.normal.inputToPaint.p95Ms - f.normal.inputToPaint.p95Ms,
  pastOneFrameOverFloorPts: round(share(a.normal) - share(f.normal), 1),
  inputP95ThrottledMs: a.throttled.inputToPaint.p95Ms,
  frameScriptP95Ms: a.normal.frameScriptMs.p95,
  memoryGrowthMB: round(a.normal.memory.growthBytes / 2 ** 20, 3),
  idleFrames: a.normal.idleFrames,
  lighthousePerformance: L.lighthouse.median.performance,
  lighthousePerformanceBrotli: B.lighthouse.median.performance,
  lighthouseAccessibility: L.lighthouse.median.accessibility,
  lighthouseBestPractices: L.lighthouse.median.bestPractices,
  lighthouseSeo: L.lighthouse.median.seo,
  lighthouseTbtMs: L.lighthouse.median.tbtMs,
  longestTaskMs: L.slowPhone.longestTaskMs,
  slowFcpMs: L.slowPhone.fcpMs,
  slowSlidersMs: L.slowPhone.slidersMs,
  slowPlanAnswerableMs: L.slowPhone.planAnswerableMs,
  slowCls: L.slowPhone.cls,
};
// The same budgets on a host that sends brotli (the gzip figures above are the ones held).
report.checksBrotli = {
  lighthouseTbtMs: B.lighthouse.median.tbtMs,
  longestTaskMs: B.slowPhone.longestTaskMs,
  slowFcpMs: B.slowPhone.fcpMs,
  slowSlidersMs: B.slowPhone.slidersMs,
  slowPlanAnswerableMs: B.slowPhone.planAnswerableMs,
  slowCls: B.slowPhone.cls,
};
const atLeast = new Set(["lighthousePerformance", "lighthousePerformanceBrotli", "lighthouseAccessibility", "lighthouseBestPractices", "lighthouseSeo"]);
const holds = (checks) => Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, atLeast.has(k) ? v >= BUDGET[k] : v <= BUDGET[k]]));
report.pass = holds(report.checks);
report.passBrotli = holds(report.checksBrotli);
await writeFile(join(ROOT, "bench", "report.json"), JSON.stringify(report, null, 2) + "\n");

const kb = (n) => (n / 1024).toFixed(1);
const yes = (k) => (report.pass[k] ? "yes" : "NO");
const s1 = (ms) => `${(ms / 1000).toFixed(2)} s`;
const lh = (x) => x.lighthouse.median;
const sp = (x) => x.slowPhone;
const lines = [
  `# Benchmark report`,
  ``,
  `${report.date} · ${report.machine.cpu} (${report.machine.cores} cores, ${report.machine.memoryGB} GiB) · ${report.machine.browser}`,
  ``,
  `## Budget`,
  ``,
  `| measure | budget | app | floor | app / floor | holds |`,
  `| --- | --- | --- | --- | --- | --- |`,
  `| first view (what paints the prerendered page), gzip | ≤ ${BUDGET.firstViewGzipKB} KB | ${kb(a.normal.firstView.total.gzip)} KB | ${kb(f.normal.firstView.total.gzip)} KB | ${ratio(a.normal.firstView.total.gzip, f.normal.firstView.total.gzip)} | ${yes("firstViewGzipKB")} |`,
  `| whole page, gzip | ≤ ${BUDGET.wholePageGzipKB} KB | ${kb(wholePage)} KB | ${kb(f.normal.firstView.total.gzip + f.normal.firstView.afterFirstView.total.gzip)} KB | n/a | ${yes("wholePageGzipKB")} |`,
  `| Lighthouse mobile performance, gzip host (median of 3) | ≥ ${BUDGET.lighthousePerformance} | ${lh(L).performance} (runs ${L.lighthouse.runs.map((r) => r.performance).join(", ")}) | n/a | n/a | ${yes("lighthousePerformance")} |`,
  `| Lighthouse mobile performance, brotli host (median of 3) | ≥ ${BUDGET.lighthousePerformanceBrotli} | ${lh(B).performance} (runs ${B.lighthouse.runs.map((r) => r.performance).join(", ")}) | n/a | n/a | ${yes("lighthousePerformanceBrotli")} |`,
  `| Lighthouse accessibility / best practices / SEO | 100 / 100 / 100 | ${lh(L).accessibility} / ${lh(L).bestPractices} / ${lh(L).seo} | n/a | n/a | ${report.pass.lighthouseAccessibility && report.pass.lighthouseBestPractices && report.pass.lighthouseSeo ? "yes" : "NO"} |`,
  `| Lighthouse total blocking time, gzip host | ≤ ${BUDGET.lighthouseTbtMs} ms | ${lh(L).tbtMs} ms (brotli host ${lh(B).tbtMs} ms) | n/a | n/a | ${yes("lighthouseTbtMs")} |`,
  `| longest main-thread task after first paint, 4x CPU (slow phone) | ≤ ${BUDGET.longestTaskMs} ms | ${sp(L).longestTaskMs} ms (brotli host ${sp(B).longestTaskMs} ms; Lighthouse's simulated longest ${lh(L).longestTaskMs} ms) | n/a | n/a | ${yes("longestTaskMs")} |`,
  `| slow 4G, 4x CPU, 375 px: first contentful paint | ≤ ${s1(BUDGET.slowFcpMs)} | ${s1(sp(L).fcpMs)} | n/a | n/a | ${yes("slowFcpMs")} |`,
  `| slow 4G, 4x CPU, 375 px: sliders answer | ≤ ${s1(BUDGET.slowSlidersMs)} | ${s1(sp(L).slidersMs)} (the wasm, preloaded, in at ${s1(sp(L).wasmInMs)}) | n/a | n/a | ${yes("slowSlidersMs")} |`,
  `| slow 4G, 4x CPU, 375 px: the whole plan answerable | ≤ ${s1(BUDGET.slowPlanAnswerableMs)} | ${s1(sp(L).planAnswerableMs)} (on screen at ${s1(sp(L).planShownMs)}) | n/a | n/a | ${yes("slowPlanAnswerableMs")} |`,
  `| slow 4G, 4x CPU, 375 px: layout shift | ${BUDGET.slowCls} | ${sp(L).cls} | n/a | n/a | ${yes("slowCls")} |`,
  `| input to next paint p95, against the floor | ≤ floor + ${BUDGET.inputP95OverFloorMs} ms | ${a.normal.inputToPaint.p95} ms (${a.normal.inputToPaint.over16ms}/${INPUTS} ≥ 16 ms) | ${f.normal.inputToPaint.p95} ms | +${report.checks.inputP95OverFloorMs} ms | ${yes("inputP95OverFloorMs")} |`,
  `| presses whose figure waited past one 60 Hz frame, against the floor | ≤ floor + ${BUDGET.pastOneFrameOverFloorPts} points | ${round(share(a.normal), 1)} % (${a.normal.inputToFigureFrame.pastOneFrame}/${a.normal.inputToFigureFrame.inputs}; p95 ${a.normal.inputToFigureFrame.p95} ms) | ${round(share(f.normal), 1)} % (${f.normal.inputToFigureFrame.pastOneFrame}/${f.normal.inputToFigureFrame.inputs}; p95 ${f.normal.inputToFigureFrame.p95} ms) | ${report.checks.pastOneFrameOverFloorPts >= 0 ? "+" : ""}${report.checks.pastOneFrameOverFloorPts} points | ${yes("pastOneFrameOverFloorPts")} |`,
  `| input to next paint p95, 4x CPU throttle | ≤ ${BUDGET.inputP95ThrottledMs} ms | ${a.throttled.inputToPaint.p95} ms (${a.throttled.inputToPaint.over16ms}/${INPUTS} ≥ 16 ms) | ${f.throttled.inputToPaint.p95} ms | ${ratio(a.throttled.inputToPaint.p95Ms, f.throttled.inputToPaint.p95Ms)} | ${yes("inputP95ThrottledMs")} |`,
  `| script per animation frame p95 | ≤ ${BUDGET.frameScriptP95Ms} ms | ${a.normal.frameScriptMs.p95} ms (p50 ${a.normal.frameScriptMs.p50}, ${a.normal.frameScriptMs.frames} frames) | n/a (no animation) | n/a | ${yes("frameScriptP95Ms")} |`,
  `| memory growth after 10,000 inputs and 100 presets | ≤ ${BUDGET.memoryGrowthMB} MB | ${report.checks.memoryGrowthMB} MB | ${round(f.normal.memory.growthBytes / 2 ** 20, 3)} MB | n/a | ${yes("memoryGrowthMB")} |`,
  `| frames requested while idle | ${BUDGET.idleFrames} | ${a.normal.idleFrames} | ${f.normal.idleFrames} | n/a | ${yes("idleFrames")} |`,
  ``,
  `## Islands: each part's hydration at 4x CPU (slow phone, median of 3)`,
  ``,
  `The main root (sliders, figure, readouts) hydrates first, then each island in a task of its own (components::island). Each figure runs from the island's task start until Yew has drawn it and run its effects.`,
  ``,
  `| island | gzip host | brotli host |`,
  `| --- | --- | --- |`,
  ...Object.keys(sp(L).islands).map((k) => `| ${k} | ${sp(L).islands[k]} ms | ${sp(B).islands[k] ?? "n/a"} ms |`),
  `| every task of 50 ms or more after first paint (start, length) | ${sp(L).loads.map((l) => l.tasksAfterPaint.map(([t, d]) => `${s1(t)} ${Math.round(d)} ms`).join(", ") || "none").join(" · ")} | ${sp(B).loads.map((l) => l.tasksAfterPaint.map(([t, d]) => `${s1(t)} ${Math.round(d)} ms`).join(", ") || "none").join(" · ")} |`,
  ``,
  ...stepLines(stepOf("this run", L.lighthouse, L.slowPhone)),
  ``,
  `## From a host that sends brotli`,
  ``,
  `The budgets above are held in gzip, as the issue sets them. The build also carries brotli copies (post-build), which deploy/nginx.conf sends with Debian's brotli_static module, and Cloudflare compresses in brotli itself (application/wasm is on its list of types). The same build and the same runs, served in brotli 11:`,
  ``,
  `| measure | budget | gzip host | brotli host | holds (brotli host) |`,
  `| --- | --- | --- | --- | --- |`,
  `| whole page transfer | (≤ ${BUDGET.wholePageGzipKB} KB in gzip) | ${kb(sp(L).transferBytes)} KB | ${kb(sp(B).transferBytes)} KB | n/a |`,
  `| Lighthouse mobile performance (median of 3) | ≥ ${BUDGET.lighthousePerformance} gzip, ≥ ${BUDGET.lighthousePerformanceBrotli} brotli | ${lh(L).performance} | ${lh(B).performance} | ${report.pass.lighthousePerformanceBrotli ? "yes" : "NO"} |`,
  `| Lighthouse FCP / LCP / TBT | n/a | ${s1(lh(L).fcpMs)} / ${s1(lh(L).lcpMs)} / ${lh(L).tbtMs} ms | ${s1(lh(B).fcpMs)} / ${s1(lh(B).lcpMs)} / ${lh(B).tbtMs} ms | n/a |`,
  `| slow phone: first contentful paint | ≤ ${s1(BUDGET.slowFcpMs)} | ${s1(sp(L).fcpMs)} | ${s1(sp(B).fcpMs)} | ${report.passBrotli.slowFcpMs ? "yes" : "NO"} |`,
  `| slow phone: sliders answer | ≤ ${s1(BUDGET.slowSlidersMs)} | ${s1(sp(L).slidersMs)} (wasm in at ${s1(sp(L).wasmInMs)}) | ${s1(sp(B).slidersMs)} (wasm in at ${s1(sp(B).wasmInMs)}) | ${report.passBrotli.slowSlidersMs ? "yes" : "NO"} |`,
  `| slow phone: the whole plan answerable | ≤ ${s1(BUDGET.slowPlanAnswerableMs)} | ${s1(sp(L).planAnswerableMs)} | ${s1(sp(B).planAnswerableMs)} | ${report.passBrotli.slowPlanAnswerableMs ? "yes" : "NO"} |`,
  `| slow phone: longest task after first paint | ≤ ${BUDGET.longestTaskMs} ms | ${sp(L).longestTaskMs} ms | ${sp(B).longestTaskMs} ms | ${report.passBrotli.longestTaskMs ? "yes" : "NO"} |`,
  ``,
  `## One module (this build) against two modules (the design it replaced), ${splitWhen}`,
  ``,
  `Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), median of 3 by performance score. Slow phone: Chromium at 375 px, slow 4G (150 ms, 1.6 Mbit/s) and a 4x slower CPU, cache and service worker bypassed, median of 3 fresh loads; the plan is "on screen" once painted and "answerable" once the app that runs it has started.`,
  ``,
  `| measure | one module | two modules |`,
  `| --- | --- | --- |`,
  `| Lighthouse performance | ${lh(L).performance} | ${lh(S).performance} |`,
  `| Lighthouse accessibility / best practices / SEO | ${lh(L).accessibility} / ${lh(L).bestPractices} / ${lh(L).seo} | ${lh(S).accessibility} / ${lh(S).bestPractices} / ${lh(S).seo} |`,
  `| Lighthouse FCP / LCP / TBT / CLS | ${s1(lh(L).fcpMs)} / ${s1(lh(L).lcpMs)} / ${lh(L).tbtMs} ms / ${round(lh(L).cls, 3)} | ${s1(lh(S).fcpMs)} / ${s1(lh(S).lcpMs)} / ${lh(S).tbtMs} ms / ${round(lh(S).cls, 3)} |`,
  `| slow phone: first contentful paint | ${s1(sp(L).fcpMs)} | ${s1(sp(S).fcpMs)} |`,
  `| slow phone: largest contentful paint (measured; Lighthouse's LCP above is simulated) | ${s1(sp(L).lcpMs)} | ${s1(sp(S).lcpMs)} |`,
  `| slow phone: sliders answer | ${s1(sp(L).slidersMs)} | ${s1(sp(S).slidersMs)} |`,
  `| slow phone: the plan on screen | ${s1(sp(L).planShownMs)} | ${s1(sp(S).planShownMs)} |`,
  `| slow phone: the plan answerable | ${s1(sp(L).planAnswerableMs)} | ${s1(sp(S).planAnswerableMs)} |`,
  `| slow phone: layout shift | ${sp(L).cls} | ${sp(S).cls} |`,
  `| total transfer, gzip | ${kb(sp(L).transferBytes)} KB | ${kb(sp(S).transferBytes)} KB |`,
  `| wasm memory | ${kb(sp(L).wasmMemoryBytes)} KB | ${kb(sp(S).wasmMemoryBytes)} KB |`,
  ``,
  `Lighthouse audits not passed (median run): one module: ${lh(L).failing.join(", ") || "none"}; two modules: ${lh(S).failing.join(", ") || "none"}.`,
  ``,
  `## Time to interactive (navigation to the app started, median of ${LOADS} loads)`,
  ``,
  `| | app | floor | app / floor |`,
  `| --- | --- | --- | --- |`,
  `| no throttling | ${a.normal.interactiveMs.median} ms | ${f.normal.interactiveMs.median} ms | ${ratio(a.normal.interactiveMs.median, f.normal.interactiveMs.median)} |`,
  `| 4x CPU throttling | ${a.throttled.interactiveMs.median} ms | ${f.throttled.interactiveMs.median} ms | ${ratio(a.throttled.interactiveMs.median, f.throttled.interactiveMs.median)} |`,
  ``,
  `## First view, file by file`,
  ``,
  `| file | raw | gzip | brotli |`,
  `| --- | --- | --- | --- |`,
  ...a.normal.firstView.files.map((x) => `| ${x.file} | ${kb(x.raw)} KB | ${kb(x.gzip)} KB | ${kb(x.brotli)} KB |`),
  `| **total** | ${kb(a.normal.firstView.total.raw)} KB | ${kb(a.normal.firstView.total.gzip)} KB | ${kb(a.normal.firstView.total.brotli)} KB |`,
  `| floor total | ${kb(f.normal.firstView.total.raw)} KB | ${kb(f.normal.firstView.total.gzip)} KB | ${kb(f.normal.firstView.total.brotli)} KB |`,
  ``,
  `## The rest of the page (what makes it interactive)`,
  ``,
  `| file | raw | gzip | brotli |`,
  `| --- | --- | --- | --- |`,
  ...a.normal.firstView.afterFirstView.files.map((x) => `| ${x.file} | ${kb(x.raw)} KB | ${kb(x.gzip)} KB | ${kb(x.brotli)} KB |`),
  `| **total** | ${kb(a.normal.firstView.afterFirstView.total.raw)} KB | ${kb(a.normal.firstView.afterFirstView.total.gzip)} KB | ${kb(a.normal.firstView.afterFirstView.total.brotli)} KB |`,
  ``,
  `## Memory`,
  ``,
  `| | JS heap before | after | wasm memory before | after |`,
  `| --- | --- | --- | --- | --- |`,
  ...["app", "floor"].map((n) => { const m = report.pages[n].normal.memory; return `| ${n} | ${kb(m.before.jsHeap)} KB | ${kb(m.after.jsHeap)} KB | ${kb(m.before.wasmMemory)} KB | ${kb(m.after.wasmMemory)} KB |`; }),
  ``,
];
await writeFile(join(ROOT, "bench", "report.md"), lines.join("\n"));
console.log(lines.join("\n"));
