// End-to-end tests against the release dist/, in Chromium through WebDriver, as a person would.
// Run after `trunk build --release` (scripts/test.sh does both).
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { Browser, KEYS, degrees, serveStatic, startChromedriver } from "./harness.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
const DIST = join(ROOT, "dist");
const ARTIFACTS = join(HERE, "artifacts");

let server, driver;
before(async () => {
  server = await serveStatic(DIST);
  driver = await startChromedriver();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  driver?.stop();
  await server?.close();
});

async function openApp(opts) {
  const b = await Browser.open(driver, opts);
  await b.go(server.url);
  await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the sliders");
  return b;
}

/** Waits until the drawn figure has stopped moving and returns its pelvis outline. */
async function settledFigure(b) {
  let last = null;
  return b.until(async () => {
    const d = await b.attr(".fig-pelvis", "d");
    const same = d === last;
    last = d;
    if (same) await sleep(150);
    return same && d === (await b.attr(".fig-pelvis", "d")) ? d : null;
  }, "the figure to settle");
}

async function readouts(b) {
  return {
    tilt: degrees(await b.text("[data-testid=value-pelvic-tilt]")),
    curve: degrees(await b.text("[data-testid=value-lumbar-curve]")),
  };
}

test("moving the hip-flexor slider from supple to tight raises both readouts and changes the figure", async () => {
  const b = await openApp({ width: 1280, height: 800 });
  try {
    await b.keys("#in-hip-flexors", KEYS.Home);
    assert.equal(await b.attr("#in-hip-flexors", "aria-valuetext"), "0 of 10 - supple");
    const supple = await readouts(b);
    const suppleFigure = await settledFigure(b);

    await b.keys("#in-hip-flexors", KEYS.End);
    assert.equal(await b.attr("#in-hip-flexors", "aria-valuetext"), "10 of 10 - very tight");
    const tight = await readouts(b);
    assert.ok(tight.tilt > supple.tilt, `pelvic tilt ${supple.tilt} -> ${tight.tilt}`);
    assert.ok(tight.curve > supple.curve, `lumbar curve ${supple.curve} -> ${tight.curve}`);
    const tightFigure = await settledFigure(b);
    assert.notEqual(tightFigure, suppleFigure, "the pelvis is drawn differently");
    assert.match(await b.text(".muscle-key"), /Hip flexors: tight/);
    const drawnTilt = Number(await b.attr("[data-testid=posture-figure]", "data-pelvic-tilt"));
    assert.equal(Math.round(drawnTilt), tight.tilt, "the figure settles on the readout");
    await writeFile(join(ARTIFACTS, "tight-1280.png"), await b.screenshot());
  } finally {
    await b.close();
  }
});

test("the keyboard alone moves every slider, with visible focus", async () => {
  const b = await openApp({ width: 375, height: 812 });
  try {
    const ids = ["hip-flexors", "hamstrings", "glutes", "core", "sitting", "activity"];
    for (const id of ids) {
      const before = await b.attr(`#in-${id}`, "aria-valuetext");
      await b.keys(`#in-${id}`, KEYS.ArrowRight + KEYS.ArrowRight);
      const focused = await b.exec("return document.activeElement.id");
      assert.equal(focused, `in-${id}`);
      const outline = await b.exec("return getComputedStyle(document.activeElement).outlineStyle");
      assert.notEqual(outline, "none", "focus is visible");
      assert.notEqual(await b.attr(`#in-${id}`, "aria-valuetext"), before, `${id} moved`);
    }
    // No horizontal scrolling on a phone.
    const overflow = await b.exec("return document.documentElement.scrollWidth - window.innerWidth");
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await writeFile(join(ARTIFACTS, "keyboard-375.png"), await b.screenshot());
  } finally {
    await b.close();
  }
});

test("with reduced motion the figure jumps straight to the new posture", async () => {
  const b = await openApp({ reducedMotion: true });
  try {
    await b.keys("#in-hip-flexors", KEYS.End);
    // One task later the figure is already there: no easing frames in between.
    const tilt = degrees(await b.text("[data-testid=value-pelvic-tilt]"));
    const drawn = Number(await b.attr("[data-testid=posture-figure]", "data-pelvic-tilt"));
    assert.equal(Math.round(drawn), tilt);
  } finally {
    await b.close();
  }
});

test("the page makes no request to another origin and sets no cookies", async () => {
  const b = await openApp();
  try {
    await b.keys("#in-hip-flexors", KEYS.End);
    await sleep(500);
    const urls = await b.exec("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
    const foreign = urls.filter((u) => new URL(u).origin !== new URL(server.url).origin);
    assert.deepEqual(foreign, []);
    assert.equal(await b.exec("return document.cookie"), "");
    const h1 = await b.exec("return document.querySelectorAll('h1').length");
    assert.equal(h1, 1);
    assert.equal(await b.exec("return document.documentElement.lang"), "en-GB");
  } finally {
    await b.close();
  }
});

test("animation frames stop once the figure has settled", async () => {
  const b = await openApp();
  try {
    await b.exec(`
      window.__frames = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => { window.__frames++; return raf(cb); };
    `);
    await b.keys("#in-hip-flexors", KEYS.End);
    await settledFigure(b);
    const moving = await b.exec("return window.__frames");
    assert.ok(moving > 5, `the figure eased over ${moving} frames`);
    await sleep(1000);
    const settled = await b.exec("return window.__frames");
    await sleep(1000);
    const idle = (await b.exec("return window.__frames")) - settled;
    assert.equal(idle, 0, `${idle} frames requested while idle`);
  } finally {
    await b.close();
  }
});

test("the plan follows the sliders, and a red flag replaces it", async () => {
  const b = await openApp({ width: 375, height: 812 });
  try {
    const sessionList = () => b.exec("return [...document.querySelectorAll('[data-testid=session-list] h4')].map(h => h.textContent)");
    await b.keys("#in-hamstrings", KEYS.Home);
    assert.ok(!(await sessionList()).includes("Seated forward fold"));
    await b.keys("#in-hamstrings", KEYS.End);
    await b.keys("#in-hip-flexors", KEYS.End);
    const tight = await sessionList();
    assert.ok(tight.includes("Seated forward fold"), tight.join());
    assert.equal(tight[0], "Lunge stretch", "tight hip flexors put the lunge stretch first");
    const figures = await b.exec("return document.querySelectorAll('[data-testid=session-list] svg.exercise-figure').length");
    assert.equal(figures, tight.length, "every exercise is illustrated");

    await b.click("#flag-saddle");
    const advice = await b.text("[data-testid=seek-help]");
    assert.match(advice, /A&E or call 999/);
    assert.equal((await sessionList()).length, 0, "no exercises while a red flag is ticked");
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=start-session]')"), false);
    await b.click("#flag-saddle");
    await b.click("#flag-night-pain");
    assert.match(await b.text("[data-testid=seek-help]"), /GP or call NHS 111/);
  } finally {
    await b.close();
  }
});

test("a guided session counts down, and progress survives a reload", async () => {
  const b = await openApp();
  try {
    await b.exec("localStorage.clear()");
    await b.click("[data-testid=start-session]");
    const first = await b.exec("const c = document.querySelector('[data-testid=countdown]'); return c && c.textContent");
    if (first) {
      assert.equal(first, "0:30");
      await sleep(2300);
      const later = await b.text("[data-testid=countdown]");
      assert.ok(later <= "0:28" && later >= "0:26", `counted down to ${later}`);
    }
    // Let the clock run 31 seconds further (a controlled clock: Date.now moves on).
    await b.exec("const real = Date.now.bind(Date); Date.now = () => real() + 31000;");
    await sleep(400);
    // The first step is now done (a hold that ran out), or, on a strength day, press Done.
    await b.exec("const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent.startsWith('Done')); if (d) d.click();");
    await b.keys("[data-testid=session]", "\uE00C"); // Escape closes
    await b.until(async () => (await b.text("[data-testid=progress-summary]")).includes("this week 1 session"), "the session to be recorded");
    await b.go(server.url);
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=progress-summary]')"), "the app");
    assert.match(await b.text("[data-testid=progress-summary]"), /this week 1 session/);

    await b.click("[data-testid=forget]");
    assert.match(await b.text("[data-testid=progress-summary]"), /this week 0 sessions/);
    assert.equal(await b.exec("return Object.keys(localStorage).filter(k => k.startsWith('posture-explainer.')).length"), 0);
  } finally {
    await b.close();
  }
});

test("unreadable stored data is set aside and reported, and the app starts clean", async () => {
  const b = await openApp();
  try {
    await b.exec("localStorage.setItem('posture-explainer.progress', '{oops')");
    await b.go(server.url);
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=storage-notice]')"), "the notice");
    assert.match(await b.text("[data-testid=storage-notice]"), /could not be read/);
    assert.equal(await b.exec("return localStorage.getItem('posture-explainer.progress.backup')"), "{oops");
    assert.match(await b.text("[data-testid=progress-summary]"), /0 sessions in the last 8 weeks/);
  } finally {
    await b.close();
  }
});

test("print media shows the handout without the sliders", async () => {
  const b = await openApp();
  try {
    await b.cdp("Emulation.setEmulatedMedia", { media: "print" });
    const shown = (sel) => b.exec(`const e = document.querySelector('${sel}'); return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0`);
    assert.equal(await shown(".controls"), false, "no sliders on paper");
    assert.equal(await shown(".plan-actions"), false, "no buttons on paper");
    assert.equal(await shown("[data-testid=posture-figure]"), true, "the person's figure");
    assert.equal(await shown(".exercise-card"), true, "the exercises");
    assert.equal(await shown("[data-testid=week]"), true, "the week");
    assert.equal(await shown(".plan .print-only"), true, "the booking link");
    const pdf = await b.cmd("POST", "/print", { pageRanges: ["1-2"] });
    await writeFile(join(ARTIFACTS, "handout.pdf"), Buffer.from(pdf, "base64"));
  } finally {
    await b.close();
  }
});

test("the reminders download is a calendar file", async () => {
  const b = await openApp();
  try {
    await b.exec(`
      window.__downloads = [];
      const orig = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };
    `);
    await b.exec("[...document.querySelectorAll('button')].find(x => x.textContent.includes('.ics')).click()");
    const text = await b.until(() => b.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the download");
    assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n"));
    assert.match(text, /RRULE:FREQ=WEEKLY;BYDAY=MO/);
    assert.equal(await b.exec("return window.__downloads[0].type"), "text/calendar");
  } finally {
    await b.close();
  }
});
