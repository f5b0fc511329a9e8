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
