// Trust: accessibility (axe-core), keyboard-only use, reflow, touch targets, privacy, CSP,
// robustness (panic panel, no leaks) and offline use. Run by run.mjs after the feature tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ANSWER_NONE, Browser, KEYS, openApp, serveStatic } from "./harness.mjs";
import { fragment, programmeLink, summaryLink } from "./fixtures.mjs";

const AXE = await readFile(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core on the page (or the current frame) and returns its violations, summarised. */
export async function axe(b) {
  await b.exec(AXE);
  const result = await b.cmd("POST", "/execute/async", {
    script: "const done = arguments[arguments.length - 1]; axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } }).then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))).catch(e => done([{ id: 'axe-error', nodes: [String(e)] }]));",
    args: [AXE_TAGS],
  });
  return result;
}

export function trustTests(ctx) {
  const open = (path, opts) => openApp(ctx.driver, ctx.server.url + path, opts);

  const views = [
    ["main page", "", null],
    ["safety questions", "", "document.querySelector('[data-testid=safety-screen]').scrollIntoView()"],
    ["plan", "?hip_flexors=8&hamstrings=8&glutes=2&core=2&sitting=11&activity=30", `${ANSWER_NONE} setTimeout(() => document.querySelector('[data-testid=session-list]').scrollIntoView(), 100)`],
    ["plan with cautions", "?hip_flexors=8&hamstrings=8&glutes=2&core=2", "document.querySelector('#answer-knee').click(); document.querySelector('#answer-no-better').click(); setTimeout(() => document.querySelector('[data-testid=plan-changes]').scrollIntoView(), 100)"],
    ["red-flag advice", "", "document.querySelector('#answer-saddle').click()"],
    ["guided session", "", `${ANSWER_NONE} setTimeout(() => document.querySelector('[data-testid=start-session]').click(), 100); setTimeout(() => document.querySelector('[data-testid=recheck-start]').click(), 300)`],
    ["consultation mode", "?mode=consult", "document.querySelector('[data-testid=compare]').click(); document.querySelector('[data-testid=story]').click()"],
    ["consultation QR", "?mode=consult", "document.querySelector('[data-testid=qr-button]').click()"],
    ["embedded view", "?embed=1&clinic=Harbour%20Sports%20Massage&booking=https%3A%2F%2Fexample.com%2Fbook&accent=%23ffd54f", null],
    ["programme builder, sent home", "?mode=consult", `${ANSWER_NONE} setTimeout(() => document.querySelector('[data-testid=build-programme]').click(), 100); setTimeout(() => document.querySelector('[data-testid=builder-send]').click(), 300)`],
    // A programme and a summary link, made for this check (fixtures.mjs).
    ["a therapist's programme on the phone", async () => fragment(await programmeLink(ctx)), ANSWER_NONE],
    ["the summary on the clinic's screen", async () => fragment(await summaryLink(ctx)), null],
  ];
  for (const width of [1280, 375]) {
    test(`axe-core finds no WCAG 2.2 AA violation at ${width} px`, async () => {
      const report = {};
      for (const [name, where, action] of views) {
        const path = typeof where === "function" ? await where() : where;
        assert.ok(typeof path === "string", `${name}: the link to check`);
        const b = await open(path, { width, height: 900 });
        try {
          if (action) await b.exec(action);
          await sleep(700);
          report[name] = await axe(b);
        } finally {
          await b.close();
        }
      }
      ctx.results[`axe ${width}px`] = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.length]));
      for (const [name, violations] of Object.entries(report)) {
        assert.deepEqual(violations, [], `${name} at ${width}px`);
      }
    });
  }

  test("a keyboard-only journey: sliders, plan, guided session, print, consultation presets", async () => {
    const b = await open("", { width: 1280, height: 900 });
    try {
      await b.exec("window.__printed = 0; window.print = () => { window.__printed++; };");
      const tabTo = async (pred, what) => {
        for (let i = 0; i < 400; i++) {
          await b.press(KEYS.Tab);
          if (await b.exec(`const e = document.activeElement; return !!e && (${pred})(e)`)) return;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      for (const id of ["hip-flexors", "hamstrings", "glutes", "core", "sitting", "activity"]) {
        await tabTo(`e => e.id === 'in-${id}'`, id);
        const before = await b.attr(`#in-${id}`, "aria-valuetext");
        await b.press(KEYS.ArrowRight);
        assert.notEqual(await b.attr(`#in-${id}`, "aria-valuetext"), before, `${id} moved by keyboard`);
      }
      await tabTo("e => e.id === 'answer-no-flags'", "the warning signs' answer");
      await b.press(KEYS.Space);
      await tabTo("e => e.id === 'answer-none'", "the safety screen's answer");
      await b.press(KEYS.Space);
      await tabTo("e => e.dataset.testid === 'start-session'", "the start button");
      await b.press(KEYS.Enter);
      // The one-line re-check of the warning signs, then "No, start".
      await tabTo("e => e.dataset.testid === 'recheck-start'", "the re-check's start");
      await b.press(KEYS.Enter);
      await b.until(() => b.exec("return document.activeElement && document.activeElement.dataset.testid === 'session'"), "focus in the session");
      assert.match(await b.text(".session__progress"), /^Step 1 of/);
      assert.equal(await b.attr("[data-testid=session-phase]", "data-phase"), "get-ready");
      await b.press(KEYS.Space);
      assert.equal(await b.text("[data-testid=pause]"), "Resume");
      await b.press(KEYS.ArrowRight);
      assert.match(await b.text(".session__progress"), /^Step 2 of/, "the arrow moves on a step");
      assert.equal(await b.attr("[data-testid=session-phase]", "data-phase"), "hold");
      await b.press("\uE00C");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=session]')"), false);
      await tabTo("e => e.textContent === 'Print handout'", "print");
      await b.press(KEYS.Enter);
      assert.equal(await b.exec("return window.__printed"), 1);
      await b.exec("window.scrollTo(0, 0)");
      await b.exec("document.activeElement.blur()");
      await tabTo("e => e.dataset.testid === 'consult-toggle'", "consultation mode");
      await b.press(KEYS.Enter);
      await b.exec("document.activeElement.blur()");
      await b.press("3");
      await b.until(() => b.exec("return document.querySelector('[data-testid=preset-3]').getAttribute('aria-pressed') === 'true'"), "preset 3 shown as chosen");
      await b.press("2");
      await b.until(() => b.exec("return document.querySelector('[data-testid=preset-2]').getAttribute('aria-pressed') === 'true'"), "preset 2 shown as chosen");
    } finally {
      await b.close();
    }
  });

  test("reflow at 320 px and at 200% zoom: no horizontal scrolling; touch targets at least 24 px", async () => {
    const offenders = [];
    for (const [width, path] of [[320, ""], [320, "?mode=consult"], [320, "?embed=1"], [640, ""], [640, "?mode=consult"]]) {
      const b = await open(path, { width, height: 800 });
      try {
        await b.exec("document.querySelector('#answer-no-flags')?.click(); document.querySelector('#answer-none')?.click()");
        await sleep(200);
        await b.exec("document.querySelector('[data-testid=start-session]')?.click()");
        await sleep(100);
        await b.exec("document.querySelector('[data-testid=recheck-start]')?.click()");
        await sleep(300);
        const overflow = await b.exec("return document.documentElement.scrollWidth - window.innerWidth");
        assert.ok(overflow <= 0, `${path || "page"} at ${width}px is ${overflow}px too wide`);
        const small = await b.exec(`return [...document.querySelectorAll('button, input, select, summary, a.button')]
          .filter(e => e.offsetParent !== null)
          .map(e => { const r = e.getBoundingClientRect(); return [e.id || e.dataset.testid || e.textContent.trim().slice(0, 30), Math.round(r.width), Math.round(r.height)]; })
          .filter(([, w, h]) => w < 24 || h < 24)`);
        offenders.push(...small.map((s) => `${width}px ${path}: ${s.join(" ")}`));
      } finally {
        await b.close();
      }
    }
    assert.deepEqual(offenders, []);
  });

  test("a panic shows a friendly panel with a reload link, and nothing saved is lost", async () => {
    const b = await Browser.open(ctx.driver, { width: 800, height: 800 });
    try {
      await b.go(ctx.panicServer.url);
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=test-panic]')"), "the test build");
      await b.exec("localStorage.setItem('posture-explainer.progress', JSON.stringify({version: 2, sessions: [{date: '2026-11-27', steps_done: 3, steps_total: 4}]}))");
      await b.exec("setTimeout(() => document.querySelector('[data-testid=test-panic]').click(), 0)");
      const text = await b.until(() => b.exec("const p = document.querySelector('[data-testid=panic-panel]'); return p && p.textContent"), "the panel");
      assert.match(text, /Something went wrong/);
      assert.match(text, /Reload the page/);
      assert.equal(await b.exec("return document.querySelector('#app').hidden"), true, "the frozen app is hidden");
      assert.match(await b.exec("return localStorage.getItem('posture-explainer.progress')"), /2026-11-27/);
    } finally {
      await b.close();
    }
  });

  test("with storage refused (as in a blocked third-party iframe) the app still works, keeping nothing", async () => {
    const b = await Browser.open(ctx.driver, { width: 800, height: 800 });
    try {
      await b.cdp("Page.addScriptToEvaluateOnNewDocument", {
        source: "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });",
      });
      await b.go(ctx.server.url + "?embed=1&view=full");
      await b.until(() => b.exec("return !!document.querySelector('#answer-none')"), "the safety screen");
      await b.exec(ANSWER_NONE);
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=start-session]')"), "the plan");
      // Clicked from the page: in this iframe-sized view WebDriver finds the button not
      // interactable, so `startSession` (a WebDriver click) cannot serve here.
      await b.exec("document.querySelector('[data-testid=start-session]').click()");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=recheck-start]')"), "the re-check");
      await b.exec("document.querySelector('[data-testid=recheck-start]').click()");
      // Finish a step and close: the session is recorded, which writes to storage.
      await b.exec("const real = Date.now.bind(Date); Date.now = () => real() + 55000;");
      await sleep(400);
      await b.exec("const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent.startsWith('Done')); if (d) d.click();");
      await b.keys("[data-testid=session]", "\uE00C");
      await sleep(300);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=panic-panel]')"), false, "no crash");
      assert.match(await b.exec("return document.querySelector('[data-testid=progress-summary]').textContent"), /this week 1 session/, "recorded for this visit");
      await b.exec("document.querySelector('[data-testid=forget]').click()");
      assert.match(await b.exec("return document.querySelector('[data-testid=progress-summary]').textContent"), /this week 0 sessions/);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=panic-panel]')"), false, "no crash");
    } finally {
      await b.close();
    }
  });

  test("a long consultation leaks no listeners, intervals, timers or animation frames", async () => {
    const b = await Browser.open(ctx.driver, { width: 1280, height: 800 });
    try {
      await b.cdp("Page.addScriptToEvaluateOnNewDocument", {
        source: `(() => {
          const live = { listeners: 0, intervals: new Set(), timeouts: new Set(), frames: new Set() };
          window.__live = live;
          const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
          EventTarget.prototype.addEventListener = function (...a) { live.listeners++; return add.apply(this, a); };
          EventTarget.prototype.removeEventListener = function (...a) { live.listeners--; return remove.apply(this, a); };
          const si = window.setInterval, ci = window.clearInterval, st = window.setTimeout, ct = window.clearTimeout;
          window.setInterval = (...a) => { const id = si(...a); live.intervals.add(id); return id; };
          window.clearInterval = (id) => { live.intervals.delete(id); return ci(id); };
          window.setTimeout = (f, ...a) => { let id; id = st((...x) => { live.timeouts.delete(id); typeof f === 'function' && f(...x); }, ...a); live.timeouts.add(id); return id; };
          window.clearTimeout = (id) => { live.timeouts.delete(id); return ct(id); };
          const raf = window.requestAnimationFrame.bind(window), caf = window.cancelAnimationFrame.bind(window);
          window.requestAnimationFrame = (f) => { let id; id = raf((t) => { live.frames.delete(id); f(t); }); live.frames.add(id); return id; };
          window.cancelAnimationFrame = (id) => { live.frames.delete(id); return caf(id); };
        })();`,
      });
      await b.go(ctx.server.url + "?mode=consult");
      await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app");
      await sleep(1500);
      const snapshot = () => b.exec("const l = window.__live; return { listeners: l.listeners, intervals: l.intervals.size, timeouts: l.timeouts.size, frames: l.frames.size }");
      const start = await snapshot();
      // 10,000 slider moves in bursts, as a drag would send them, and 100 preset switches.
      for (let burst = 0; burst < 20; burst++) {
        await b.exec(`const s = document.querySelector('#in-hip-flexors');
          for (let i = 0; i < 500; i++) { s.value = String(i % 11); s.dispatchEvent(new Event('input', { bubbles: true })); }`);
        await sleep(20);
      }
      for (let k = 0; k < 100; k++) {
        await b.exec(`document.dispatchEvent(new KeyboardEvent('keydown', { key: String(1 + (${k} % 4)), bubbles: true }))`);
      }
      await sleep(2000);
      const end = await snapshot();
      ctx.results["leaks after 10,000 inputs and 100 presets"] = { start, end };
      assert.deepEqual(end, start, "nothing left running or attached");
      assert.equal(await b.attr("[data-testid=preset-4]", "aria-pressed"), "true", "still responsive: the last preset is shown");
    } finally {
      await b.close();
    }
  });

  test("offline: after one visit the app works with the network off, and a new release replaces the old cleanly", async () => {
    const dir = await mkdtemp(join(tmpdir(), "release-"));
    await cp(ctx.dist, dir, { recursive: true });
    const site = await serveStatic(dir, { "content-security-policy": ctx.csp });
    const b = await Browser.open(ctx.driver, { width: 1024, height: 800 });
    try {
      await b.go(site.url);
      await b.until(() => b.exec("return !!document.querySelector('#answer-none')"), "the app");
      await b.exec(ANSWER_NONE);
      await b.cmd("POST", "/execute/async", { script: "navigator.serviceWorker.ready.then(() => arguments[0]())", args: [] });
      const first = await b.exec("return caches.keys()");
      assert.equal(first.length, 1, first.join());

      await b.cdp("Network.enable");
      await b.cdp("Network.emulateNetworkConditions", { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await b.go(site.url + "?hip_flexors=9");
      await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app, offline");
      assert.equal(await b.attr("#in-hip-flexors", "aria-valuetext"), "9 of 10 - very tight");
      await b.until(() => b.exec("return document.querySelectorAll('[data-testid=session-list] li').length > 0"), "the plan offline, with the answers kept");
      await b.cdp("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

      // A new release: a changed stylesheet and a new service worker version.
      const sw = await readFile(join(dir, "sw.js"), "utf8");
      const v1 = sw.match(/const VERSION = "([^"]+)"/)[1];
      await writeFile(join(dir, "sw.js"), sw.replace(v1, "release-2"));
      await b.cmd("POST", "/execute/async", { script: "navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => arguments[0]())", args: [] });
      // The new worker installs the new release's files in full before it can take over.
      await b.until(() => b.cmd("POST", "/execute/async", { script: "navigator.serviceWorker.getRegistration().then(r => arguments[0](!!(r && r.waiting)))", args: [] }).then((ok) => ok || null), "the new release to be installed", 15000);
      // Close the old page, open a fresh one: the new worker takes over and the old cache goes.
      const old = await b.cmd("GET", "/window");
      const fresh = await b.cmd("POST", "/window/new", { type: "tab" });
      await b.cmd("DELETE", "/window");
      await b.cmd("POST", "/window", { handle: fresh.handle });
      assert.notEqual(fresh.handle, old);
      // The waiting worker takes over once no page uses the old one. A closed tab can linger
      // as a client for a moment, so leave the site and come back until the switch is made.
      const keys = await b.until(async () => {
        await b.go("about:blank");
        await sleep(300);
        await b.go(site.url);
        await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app");
        const k = await b.exec("return caches.keys()");
        return k.length === 1 && k[0].endsWith("release-2") ? k : null;
      }, "only the new release's cache", 30000);
      ctx.results["offline caches after update"] = keys;
    } finally {
      await b.close();
      await site.close();
    }
  });
}
