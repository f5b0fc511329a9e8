// A small, dependency-free end-to-end harness: a static server for dist/, ChromeDriver
// started and stopped here, and a W3C WebDriver client over fetch.
import { createServer } from "node:http";
import { spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { brotli11 } from "../../scripts/compress.mjs";
import net from "node:net";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Serves `root` on 127.0.0.1; `headers` are added to every response. `compress`: text and
 * wasm compressed for clients that accept it, as a real host does (the benchmark's slow-network
 * loads and Lighthouse): true or "gzip" for gzip (level 6, as deploy/nginx.conf compresses on the
 * fly), "br" for brotli 11 (as a host serving the build's .br copies, or a CDN, sends). */
export async function serveStatic(root, headers = {}, { compress = false } = {}) {
  const port = await freePort();
  const brotli = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(root, path);
      if (!file.startsWith(root)) throw new Error("outside root");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const accepts = req.headers["accept-encoding"] || "";
      const compressible = /text|javascript|json|wasm|svg|manifest/.test(type);
      if (compress === "br" && /\bbr\b/.test(accepts) && compressible) {
        // The build's own .br copy when there is one (as nginx's brotli_static sends it), else
        // compressed once and kept: compressing on a request would delay that first response.
        if (!brotli.has(file)) {
          const copy = await readFile(file + ".br").catch(() => null);
          brotli.set(file, copy ?? brotli11(body));
        }
        res.writeHead(200, { "content-type": type, "content-encoding": "br", vary: "accept-encoding", ...headers });
        res.end(brotli.get(file));
        return;
      }
      if (compress && /gzip/.test(accepts) && compressible) {
        // The build's own .gz copy when there is one (as nginx's gzip_static sends it), else
        // compressed per request as nginx's gzip does.
        const copy = await readFile(file + ".gz").catch(() => null);
        res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding", ...headers });
        res.end(copy ?? gzipSync(body, { level: 6 }));
        return;
      }
      res.writeHead(200, { "content-type": type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export async function startChromedriver() {
  const port = await freePort();
  const bin = process.env.CHROMEDRIVER || "chromedriver";
  const proc = spawn(bin, [`--port=${port}`, "--allowed-ips=127.0.0.1"], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if ((await r.json()).value.ready) return { base, stop: () => proc.kill() };
    } catch {}
    await sleep(100);
  }
  proc.kill();
  throw new Error("chromedriver did not start");
}

/** A Monday to Sunday, for the tests that run on each day of the week. */
export const WEEK = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"];
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** The date every browser is pinned to unless a test asks for another: the suite never reads
 * the day it runs on. E2E_TODAY=YYYY-MM-DD runs the whole suite on another day. */
export const TODAY = process.env.E2E_TODAY || "2026-12-02";

/** The date `days` days before `date` (both YYYY-MM-DD). */
export const daysBefore = (date, days) => new Date(Date.parse(date + "T12:00:00Z") - days * 86400000).toISOString().slice(0, 10);

/** A script that sets the page's clock to 10:00 local time on `iso` (YYYY-MM-DD) as the page
 * loads; time then runs on from there. The release build reads the date as on any device. */
function pinDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  return `(() => {
    const Real = Date;
    const [y, m, d] = "${iso}".split("-").map(Number);
    const offset = new Real(y, m - 1, d, 10, 0, 0).getTime() - Real.now();
    class Pinned extends Real {
      constructor(...a) { if (a.length === 0) super(Real.now() + offset); else super(...a); }
      static now() { return Real.now() + offset; }
    }
    globalThis.Date = Pinned;
  })();`;
}

const KEYS = { Home: "\uE011", End: "\uE010", ArrowRight: "\uE014", ArrowLeft: "\uE012", Tab: "\uE004", Enter: "\uE007", Space: "\uE00D" };
export { KEYS };

export class Browser {
  static allRequests = [];
  static cspReports = [];

  constructor(base, session) {
    this.base = base;
    this.session = session;
  }

  /** `media`: CSS media features to emulate from the first paint, e.g.
   * `[{ name: "prefers-color-scheme", value: "dark" }]`. */
  /** `lang`: the browser's languages (navigator.languages), most wanted first, as a phone's
   * settings give them: "pl-PL,pl" for a Polish phone. */
  static async open(driver, { width = 1280, height = 800, reducedMotion = false, today = TODAY, media = [], lang = "en-GB,en" } = {}) {
    const args = [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      `--window-size=${width},${height}`,
      `--lang=${lang.split(",")[0]}`,
      `--accept-lang=${lang}`,
    ];
    if (reducedMotion) args.push("--force-prefers-reduced-motion");
    const r = await fetch(`${driver.base}/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: "chrome",
            "goog:chromeOptions": { binary: process.env.CHROMIUM || "/usr/bin/chromium", args, prefs: { "intl.accept_languages": lang } },
            "goog:loggingPrefs": { browser: "ALL", performance: "ALL" },
          },
        },
      }),
    });
    const body = await r.json();
    if (!body.value?.sessionId) throw new Error(`no session: ${JSON.stringify(body)}`);
    const b = new Browser(driver.base, body.value.sessionId);
    // Headless Chromium will not make a window narrower than 500 px: emulate the exact
    // viewport (a 375 px phone, say) through the DevTools protocol instead.
    await b.cdp("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: width < 600 });
    await b.cdp("Page.addScriptToEvaluateOnNewDocument", { source: pinDate(today) });
    if (media.length) await b.cdp("Emulation.setEmulatedMedia", { features: media });
    b.today = today;
    return b;
  }

  async cmd(method, path, body) {
    const r = await fetch(`${this.base}/session/${this.session}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (json.value && json.value.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  go(url) {
    return this.cmd("POST", "/url", { url });
  }
  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return Object.values(v)[0];
  }
  async text(css) {
    return this.cmd("GET", `/element/${await this.find(css)}/text`);
  }
  async attr(css, name) {
    return this.cmd("GET", `/element/${await this.find(css)}/attribute/${name}`);
  }
  /** Whether the first element matching `css` is displayed with some height. */
  shown(css) {
    return this.exec("const e = document.querySelector(arguments[0]); return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0", css);
  }
  async click(css) {
    return this.cmd("POST", `/element/${await this.find(css)}/click`, {});
  }
  async keys(css, text) {
    return this.cmd("POST", `/element/${await this.find(css)}/value`, { text });
  }
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
  /** The browser console so far (kept, since reading the log empties it). */
  async logs() {
    const fresh = await this.cmd("POST", "/se/log", { type: "browser" }).catch(() => []);
    this.consoleLog = (this.consoleLog || []).concat(fresh);
    return this.consoleLog;
  }
  /** Polls `fn` until it returns a truthy value. */
  async until(fn, what, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      last = await fn().catch((e) => e);
      if (last && !(last instanceof Error)) return last;
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${what}: ${last}`);
  }
  /** Presses keys on whatever has focus, as a keyboard would. */
  press(...keys) {
    const actions = keys.flatMap((k) => [{ type: "keyDown", value: k }, { type: "keyUp", value: k }]);
    return this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }
  /** Switches into an iframe element (or back to the top with null). */
  async frame(css) {
    if (css === null) return this.cmd("POST", "/frame", { id: null });
    const element = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return this.cmd("POST", "/frame", { id: element });
  }
  /** The text of an open alert, or null when there is none. */
  async alertText() {
    const r = await fetch(`${this.base}/session/${this.session}/alert/text`);
    const json = await r.json();
    return json.value && json.value.error ? null : json.value;
  }
  /** A Chrome DevTools Protocol command through ChromeDriver. */
  cdp(cmd, params = {}) {
    return this.cmd("POST", "/goog/cdp/execute", { cmd, params });
  }
  /** Every URL the browser asked for so far (from the performance log: Network events). */
  async requests() {
    const entries = await this.cmd("POST", "/se/log", { type: "performance" }).catch(() => []);
    const urls = [];
    for (const e of entries) {
      const m = JSON.parse(e.message).message;
      if (m.method === "Network.requestWillBeSent") urls.push(m.params.request.url);
    }
    this.seen = (this.seen || []).concat(urls);
    return this.seen;
  }
  /** Closes the browser. Fails the test that opened it if the page asked another origin for
   * anything or broke its Content-Security-Policy (each test checks its own pages). */
  async close() {
    let foreign = [], csp = [];
    try {
      await this.requests();
      Browser.allRequests.push(...this.seen);
      foreign = this.seen.filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== "127.0.0.1");
      const logs = await this.logs();
      csp = logs.map((l) => l.message).filter((m) => /Content Security Policy/i.test(m));
      Browser.cspReports.push(...csp);
    } catch {}
    await fetch(`${this.base}/session/${this.session}`, { method: "DELETE" }).catch(() => {});
    if (foreign.length) throw new Error(`requests to another origin: ${foreign.join(", ")}`);
    if (csp.length) throw new Error(`CSP violations: ${csp.join(" | ")}`);
  }
}

/** Degrees as the page shows them ("12°", "−4°") as a number. */
export function degrees(s) {
  return Number(String(s).replace("\u2212", "-").replace("°", "").trim());
}

/** Opens the app at `url` in a new browser and waits until the app has started. */
export async function openApp(driver, url, opts) {
  const b = await Browser.open(driver, opts);
  await b.go(url);
  await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the sliders");
  // The page is prerendered: wait until the app has taken it over (hydrated its main root and
  // then each island) and applied the address's settings, as a person's first press would find it.
  await b.until(() => b.exec("return performance.getEntriesByName('islands-hydrated').length > 0 && !document.querySelector('[data-testid=starting-note]')"), "the app to start");
  return b;
}

/** Answers the safety screen with "I have none of these" (the warning signs) and "None of
 * these apply to me" (the rest), and waits for the plan. */
/** Starts today's guided session as a person does: the start button, then "No, start" on the
 * one-line re-check of the warning signs. */
export async function startSession(b) {
  await b.click("[data-testid=start-session]");
  await b.until(() => b.exec("return !!document.querySelector('[data-testid=recheck-start]')"), "the re-check");
  await b.click("[data-testid=recheck-start]");
  await b.until(() => b.exec("return !!document.querySelector('[data-testid=session]')"), "the session");
}

export const ANSWER_NONE = "for (const id of ['answer-no-flags', 'answer-none']) { const e = document.getElementById(id); if (!e.checked) e.click(); }";
export async function answerNone(b) {
  await b.exec(ANSWER_NONE);
  await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan after answering");
}
