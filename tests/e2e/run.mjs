// End-to-end tests against the release dist/, in Chromium through WebDriver, as a person would.
// Run after `trunk build --release` (scripts/test.sh does both).
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { Browser, DAY_NAMES, KEYS, WEEK, daysBefore, degrees, openApp as openAppAt, serveStatic, startChromedriver, answerNone, startSession } from "./harness.mjs";
import { trustTests } from "./trust.mjs";
import { nginxTests } from "./nginx.mjs";
import { programmeTests } from "./programme.mjs";
import { photoTests } from "./photo.mjs";
import { themeTests } from "./theme.mjs";
import { languageTests } from "./languages.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
const DIST = join(ROOT, "dist");
const ARTIFACTS = join(HERE, "artifacts");

/** The policy the app must run under (README: "Content-Security-Policy"). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'";

/** The test-only build with a panic trigger (scripts/test.sh builds it). */
const PANIC_DIST = join(ROOT, "target", "dist-test-panic");

let server, driver;
const ctx = { root: ROOT, dist: DIST, csp: CSP, results: {} };
before(async () => {
  // Every test runs against dist/ served with the strict policy.
  server = await serveStatic(DIST, { "content-security-policy": CSP });
  driver = await startChromedriver();
  Object.assign(ctx, { server, driver, panicServer: await serveStatic(PANIC_DIST, { "content-security-policy": CSP }) });
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  // The run's figures (each browser has already failed its own test on a foreign request or a
  // CSP violation, in Browser.close).
  ctx.results["requests seen"] = Browser.allRequests.length;
  ctx.results["CSP violations"] = Browser.cspReports;
  await writeFile(join(ARTIFACTS, "trust-report.json"), JSON.stringify(ctx.results, null, 2)).catch(() => {});
  driver?.stop();
  await server?.close();
  await ctx.panicServer?.close();
});

const openApp = (opts) => openAppAt(driver, server.url, opts);

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
    const start = await b.text("[data-testid=value-pelvic-tilt]");
    await b.keys("#in-hip-flexors", KEYS.End);
    // The moment the readouts show the new posture, the figure is already there: no easing.
    await b.until(async () => (await b.text("[data-testid=value-pelvic-tilt]")) !== start, "the readouts to follow");
    const tilt = degrees(await b.text("[data-testid=value-pelvic-tilt]"));
    const drawn = Number(await b.attr("[data-testid=posture-figure]", "data-pelvic-tilt"));
    assert.equal(Math.round(drawn), tilt);
  } finally {
    await b.close();
  }
});

test("while a slider is dragged the figure follows at once; a change on its own eases", async () => {
  const b = await openApp();
  try {
    const readout = () => b.text("[data-testid=value-pelvic-tilt]");
    // One press: the figure eases, so when the readouts show the new posture it is still on its way.
    const start = await readout();
    await b.keys("#in-hip-flexors", KEYS.End);
    await b.until(async () => (await readout()) !== start, "the readouts to follow");
    const target = degrees(await readout());
    const easing = Number(await b.attr("[data-testid=posture-figure]", "data-pelvic-tilt"));
    assert.ok(Math.abs(easing - target) >= 0.5, `eases: drawn ${easing} on the way to ${target}`);
    await settledFigure(b);
    // Presses in quick succession (as a drag or a held key gives): it keeps up with each one.
    for (const key of [KEYS.ArrowLeft, KEYS.ArrowLeft, KEYS.ArrowLeft]) {
      await b.keys("#in-hip-flexors", key);
      await sleep(40);
    }
    // A frame or two after the last press (easing would still be far off: it takes 450 ms).
    await sleep(60);
    assert.match(await b.attr("#in-hip-flexors", "aria-valuetext"), /^7 of 10/);
    const shown = await readout();
    const drawn = Number(await b.attr("[data-testid=posture-figure]", "data-pelvic-tilt"));
    assert.ok(Math.abs(drawn - degrees(shown)) < 0.3, `follows: drawn ${drawn}, readout ${shown}`);
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
    // One key press on its own (not a drag, which the figure follows directly) eases.
    await sleep(300);
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
    // No plan, no session and no calendar file until the safety questions are answered.
    assert.match(await b.text("[data-testid=plan-waiting]"), /Answer the questions above/);
    for (const sel of ["[data-testid=start-session]", "[data-testid=calendar]", "[data-testid=plan]"]) {
      assert.equal(await b.exec(`return !!document.querySelector('${sel}')`), false, `${sel} before an answer`);
    }
    await answerNone(b);
    await b.keys("#in-hamstrings", KEYS.Home);
    await b.until(async () => !(await sessionList()).includes("Seated forward fold"), "supple hamstrings: no forward fold");
    await b.keys("#in-hamstrings", KEYS.End);
    await b.keys("#in-hip-flexors", KEYS.End);
    const tight = await b.until(async () => { const l = await sessionList(); return l[0] === "Lunge stretch" && l.includes("Seated forward fold") ? l : null; }, "the plan to follow");
    assert.ok(tight.includes("Seated forward fold"), tight.join());
    assert.equal(tight[0], "Lunge stretch", "tight hip flexors put the lunge stretch first");
    const figures = await b.exec("return [...document.querySelectorAll('[data-testid=session-list] .exercise-figure')].filter(s => getComputedStyle(s).display !== 'none').length");
    assert.equal(figures, tight.length, "every exercise is illustrated");

    // Each tier has its own words and action.
    const tiers = [
      ["saddle", "emergency", /Go to A&E or call 999 now/],
      ["both-legs", "emergency", /Go to A&E or call 999 now/],
      ["chest", "emergency", /heart or a major blood vessel\. Call 999 now\. Do not drive yourself\./],
      ["major-injury", "emergency", /Go to A&E now/],
      ["one-leg", "same-day", /call NHS 111 or your GP/],
      ["night-pain", "soon", /Ask your GP for an urgent appointment/],
    ];
    for (const [key, tier, words] of tiers) {
      await b.click(`#answer-${key}`);
      assert.equal(await b.attr("[data-testid=seek-help]", "data-tier"), tier, key);
      assert.match(await b.text("[data-testid=seek-help]"), words, key);
      assert.equal((await sessionList()).length, 0, "no exercises while a red flag is ticked");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=start-session]')"), false);
      await b.click(`#answer-${key}`);
      // A warning sign cleared "I have none of these": answered again for the next.
      await b.click("#answer-no-flags");
    }
    // Each caution changes the plan, in the release build, and says why.
    const cautions = [
      ["hip-surgery", /Because you have had hip surgery, figure-of-four stretch is left out: ask your surgeon or physiotherapist first/, /Pigeon|Figure-of-four|Lunge|forward fold/],
      ["osteoporosis", /Because you have thin bones, the lying hamstring stretch with a strap replaces seated forward fold/, /Seated forward fold|Pigeon/],
      ["pregnancy", /Because you are pregnant, the side-lying clam replaces glute bridge/, /Glute bridge|Dead bug|Pigeon/],
      ["recent-surgery", /Because you have had a recent operation or injury, lunge stretch is left out/, /Lunge|Glute bridge|Dead bug/],
      ["leg-symptoms", /Because pain or tingling spreads down your leg, the lying hamstring stretch with a strap replaces seated forward fold/, /Seated forward fold/],
      ["knee", /Because kneeling or deep knee bends hurt, the standing lunge stretch replaces lunge stretch/, /^Lunge stretch$|Pigeon/],
      ["age-65", /Stretches are held for longer and more gently/, /Pigeon/],
    ];
    for (const [key, reason, gone] of cautions) {
      await b.click(`#answer-${key}`);
      assert.match(await b.text("[data-testid=plan-changes]"), reason, key);
      const names = await sessionList();
      assert.ok(names.every((n) => !gone.test(n)), `${key}: ${names.join(", ")}`);
      await b.click(`#answer-${key}`);
    }
    await answerNone(b);
    // "Not improved" keeps a plan with a review; under 16 gets advice instead of a plan.
    await b.click("#answer-no-better");
    assert.match(await b.text("[data-testid=review]"), /review/);
    assert.ok((await sessionList()).length > 0, "a gentle plan stays");
    await b.click("#answer-no-better");
    await b.click("#answer-under-16");
    assert.match(await b.text("[data-testid=under-16]"), /written for adults/);
    assert.equal((await sessionList()).length, 0);
  } finally {
    await b.close();
  }
});

// On each day of one week: the default person's week has the stretches, lunge first, every day.
for (const [d, today] of WEEK.entries()) test(`a guided session counts down, and progress survives a reload (a ${DAY_NAMES[d]})`, async () => {
  const b = await openApp({ today });
  try {
    await b.exec("localStorage.clear()");
    await answerNone(b);
    await startSession(b);
    // First, time to get into position; then the hold.
    assert.equal(await b.attr("[data-testid=session-phase]", "data-phase"), "get-ready");
    assert.equal(await b.text("[data-testid=countdown]"), "0:20");
    // It counts down a second at a time: 0:19, then 0:18.
    const t0 = Date.now();
    await b.until(async () => (await b.text("[data-testid=countdown]")) === "0:18", "the countdown to reach 0:18");
    assert.ok(Date.now() - t0 >= 1000, "two seconds' countdown took at least one");
    // Let the clock run 55 seconds further (a controlled clock: Date.now moves on): the
    // get-ready and the first 30-second hold (the lunge stretch's)
    // are over, and the session is on to the next step.
    assert.match(await b.text("[data-testid=session-exercise]"), /^Lunge stretch/);
    await b.exec("const real = Date.now.bind(Date); Date.now = () => real() + 55000;");
    const step = () => b.exec("return Number(document.querySelector('[data-testid=session-announce]').textContent.match(/^Step (\\d+) of/)[1])");
    await b.until(async () => (await step()) >= 3, "the get-ready and the first hold to end");
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

test("clinical round 2: tingling in both legs is a 999 matter; thin bones leave no forward fold or harder version anywhere; \"already checked\" shows the plan with its safety net", async () => {
  const b = await openApp({ width: 1280, height: 900 });
  try {
    await b.exec("localStorage.clear()");
    await b.go(server.url + "?hip_flexors=9&hamstrings=9&glutes=3&core=3&sitting=11&activity=60");
    await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0 && !document.querySelector('[data-testid=starting-note]')"), "the app");
    // Pain or tingling in both legs, with nothing else: A&E or 999 now.
    assert.match(await b.text("label[for=answer-both-legs]"), /^Pain, tingling, numbness or weakness in both legs/);
    await b.click("#answer-both-legs");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=seek-help]')"), "the advice");
    assert.equal(await b.attr("[data-testid=seek-help]", "data-tier"), "emergency");
    assert.match(await b.text("[data-testid=seek-help] h3"), /Go to A&E or call 999 now/);
    assert.equal(await b.exec("return !!document.querySelector('#answer-checked')"), false, "no \"already checked\" for an emergency");
    await b.click("#answer-both-legs");
    await b.click("#answer-no-flags");

    // Thin bones: no seated forward fold or pigeon, and no harder version, in the plan, the
    // handout, the session or the calendar.
    await b.click("#answer-osteoporosis");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan");
    const plan = await b.exec("return document.querySelector('[data-testid=plan-outcome]').textContent");
    for (const banned of [/Seated forward fold/, /Pigeon pose/, /Harder:/, /Fold forward/, /draw yourself/, /move on to the harder version/]) {
      assert.doesNotMatch(plan, banned, `${banned} in the plan`);
    }
    assert.match(plan, /Because you have thin bones/);
    await b.cdp("Emulation.setEmulatedMedia", { media: "print" });
    const handout = await b.exec("return document.querySelector('[data-testid=plan]').innerText");
    await b.cdp("Emulation.setEmulatedMedia", { media: "" });
    assert.doesNotMatch(handout, /Seated forward fold|Pigeon pose|Harder:/, "the handout");
    await b.exec(`window.__downloads = []; const orig = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };`);
    await b.click("[data-testid=calendar]");
    const ics = await b.until(() => b.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the calendar file");
    assert.doesNotMatch(ics, /Seated forward fold|Pigeon/, "the calendar");
    // Before the session, one line re-checks the warning signs; "Yes" takes the person back
    // to them, and the plan waits until they are answered again.
    await b.click("[data-testid=start-session]");
    assert.match(await b.text("[data-testid=recheck]"), /^Since you last answered: any new numbness or weakness, bladder or bowel changes, or a high temperature\?/);
    await b.click("[data-testid=recheck-answers]");
    await b.until(() => b.exec("return document.activeElement && document.activeElement.id === 'answer-bladder-bowel'"), "the focus on the warning signs");
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=plan]')"), false, "the plan waits for the warning signs");
    await b.click("#answer-no-flags");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan again");
    await startSession(b);
    const seen = new Set();
    await b.exec("const real = Date.now.bind(Date); const t0 = real(); Date.now = () => t0 + (real() - t0) * 1000;");
    await b.until(async () => {
      const name = await b.exec("const e = document.querySelector('[data-testid=session-exercise]'); return e ? e.textContent : null");
      if (name) seen.add(name);
      if (await b.exec("return !!document.querySelector('[data-testid=session-done]')")) return true;
      await b.exec("const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent.startsWith('Done')); if (d) d.click();");
      return false;
    }, "the session to finish", 20000);
    assert.ok(seen.size > 0, "the session ran");
    assert.ok([...seen].every((n) => !/Seated forward fold|Pigeon/.test(n)), [...seen].join(", "));
    await b.keys("[data-testid=session]", "\uE00C");
    await b.click("#answer-osteoporosis");
    await b.click("#answer-none");

    // A GP-soon sign: "already checked" under that advice shows the plan with its safety net,
    // and stays ticked after a reload; a new warning sign asks again.
    await b.click("#answer-cancer");
    await b.until(() => b.exec("return document.querySelector('[data-testid=seek-help]')?.dataset.tier === 'soon'"), "the GP advice");
    assert.match(await b.text("label[for=answer-checked]"), /already seen a doctor or physiotherapist about this back pain, and they said exercise is fine/);
    await b.click("#answer-checked");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=checked-net]')"), "the plan with its safety net");
    assert.match(await b.text("[data-testid=checked-net]"), /Because you have been checked, your plan is shown\. If anything changes/);
    assert.ok(await b.exec("return document.querySelectorAll('[data-testid=session-list] h4').length") > 0, "the plan");
    await b.go(server.url + "?hip_flexors=9&hamstrings=9&glutes=3&core=3&sitting=11&activity=60");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=checked-net]')"), "the safety net after a reload");
    await b.click("#answer-night-pain");
    await b.until(() => b.exec("return document.querySelector('[data-testid=seek-help]')?.dataset.tier === 'soon'"), "the advice again for a new sign");
    // Answers four weeks old are asked again, their ticks kept.
    await b.exec(`localStorage.setItem('posture-explainer.screening', JSON.stringify({ version: 2, answered: '${daysBefore(b.today, 28)}', answers: 'knee no-flags' }))`);
    await b.go(server.url);
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=screening-notice]')"), "the notice");
    assert.match(await b.text("[data-testid=screening-notice]"), /four weeks since you answered the safety questions/);
    assert.equal(await b.exec("return document.querySelector('#answer-knee').checked"), true, "the tick kept");
    assert.equal(await b.exec("return document.querySelector('#answer-no-flags').checked"), false, "asked again");
    assert.ok(await b.exec("return !!document.querySelector('[data-testid=plan-waiting]')"), "no plan until answered");
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
    await answerNone(b);
    // The footer names the release, for the clinic's web person.
    assert.match(await b.text("[data-testid=version]"), /^Version \d+\.\d+\.\d+ \(([0-9a-f]{7}|unknown)\); content \d{4}-\d{2}-\d{2} \(.+\)$/);
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=book]')"), false, "no booking button without a clinic");
    await b.cdp("Emulation.setEmulatedMedia", { media: "print" });
    const shown = (sel) => b.shown(sel);
    assert.equal(await shown(".controls"), false, "no sliders on paper");
    assert.equal(await shown(".plan-actions"), false, "no buttons on paper");
    assert.equal(await shown("[data-testid=posture-figure]"), true, "the person's figure");
    assert.equal(await shown(".exercise-card"), true, "the exercises");
    assert.equal(await shown("[data-testid=week]"), true, "the week");
    // No clinic is set on the public page: no placeholder name and no booking link, on screen or paper.
    assert.equal(await shown("[data-testid=print-booking]"), false, "no booking link without a clinic");
    assert.equal(await shown(".exercise-card__how"), true, "one line of how for each exercise");
    assert.doesNotMatch(await b.exec("return document.body.innerText"), /Harbour|example\.com/);
    assert.equal(await shown("[data-testid=safety-screen]"), false, "no questions on paper");
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
    await answerNone(b);
    await b.click("[data-testid=calendar]");
    const text = await b.until(() => b.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the download");
    assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n"));
    assert.match(text, /RRULE:FREQ=WEEKLY;BYDAY=MO/);
    assert.equal(await b.exec("return window.__downloads[0].type"), "text/calendar");
  } finally {
    await b.close();
  }
});

test("a hip replacement leaves no pigeon, figure-of-four or lunge anywhere, and the answers stay on the device", async () => {
  // A Monday, so that today's guided session has the strengthening that hip surgery leaves.
  const b = await Browser.open(driver, { width: 1280, height: 900, today: WEEK[0] });
  await b.go(server.url + "?hip_flexors=9&hamstrings=9&glutes=2&core=2&sitting=11&activity=60&mode=consult");
  await b.until(() => b.exec("return !!document.querySelector('#answer-hip-surgery')"), "the safety screen");
  const banned = /pigeon|figure-of-four|lunge/i;
  try {
    await b.exec("localStorage.clear()");
    await b.click("#answer-no-flags");
    await b.click("#answer-hip-surgery");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan");
    const plan = await b.text("[data-testid=session-list]");
    assert.doesNotMatch(plan, banned, "the plan");
    assert.match(await b.text("[data-testid=plan-changes]"), /Because you have had hip surgery, figure-of-four stretch is left out: ask your surgeon or physiotherapist first/);
    // The calendar file.
    await b.exec(`window.__downloads = []; const orig = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };`);
    await b.click("[data-testid=calendar]");
    const ics = await b.until(() => b.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the download");
    assert.doesNotMatch(ics, banned, "the calendar file");
    // The handout (print media shows the plan as printed).
    await b.cdp("Emulation.setEmulatedMedia", { media: "print" });
    // The handout's exercises and week (the reasons above them may name what was left out).
    const handout = await b.exec("return document.querySelector('[data-testid=plan]').innerText");
    assert.ok(handout.length > 200, "the handout prints the plan");
    assert.doesNotMatch(handout, banned, "the handout");
    await b.cdp("Emulation.setEmulatedMedia", { media: "" });
    // The guided session, step by step.
    {
      await startSession(b);
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=session-exercise]')"), "the session");
      const names = [];
      for (let i = 0; i < 80 && (await b.exec("return !!document.querySelector('[data-testid=session-exercise]')")); i++) {
        names.push(await b.text("[data-testid=session-exercise]"));
        await b.exec("const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent === 'Skip' || x.textContent.startsWith('Done')); d.click()");
      }
      assert.ok(names.length > 0);
      assert.doesNotMatch(names.join(" "), banned, "the session");
      await b.keys("[data-testid=session]", "\uE00C");
    }
    // The answers are never in the share link or the QR code; on the clinic's screen
    // (consultation mode) they are not kept either.
    assert.equal(await b.exec("return localStorage.getItem('posture-explainer.screening')"), null);
    await b.exec("document.querySelector('[data-testid=qr-button]').click()");
    const qrLink = await b.until(() => b.exec("const e = document.querySelector('.qr__link'); return e && e.textContent"), "the QR link");
    const share = await b.exec("return document.querySelector('[data-testid=share-link]').value");
    for (const link of [qrLink, share, await b.exec("return location.href")]) {
      assert.doesNotMatch(link, /hip-surgery|answer|screen/, link);
    }
    // On a person's own device (the page) they are kept on the device: answer, then reload.
    await b.go(server.url + "?hip_flexors=9&hamstrings=9&glutes=2&core=2");
    await b.until(() => b.exec("return !!document.querySelector('#answer-hip-surgery') && !document.querySelector('[data-testid=starting-note]')"), "the page");
    await b.click("#answer-no-flags");
    await b.click("#answer-hip-surgery");
    await b.until(() => b.exec("return /hip-surgery/.test(localStorage.getItem('posture-explainer.screening') || '')"), "the answers kept");
    await b.go(server.url + "?hip_flexors=9&hamstrings=9&glutes=2&core=2&sitting=11");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan after a reload, without asking again");
    assert.equal(await b.exec("return document.querySelector('#answer-hip-surgery').checked"), true);
    assert.doesNotMatch(await b.text("[data-testid=session-list]"), banned);
    // "Forget my data" removes the answers, and the plan waits for them again.
    await b.click("[data-testid=forget]");
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan-waiting]')"), "the screen to ask again");
    assert.equal(await b.exec("return localStorage.getItem('posture-explainer.screening')"), null);
    assert.equal(await b.exec("return document.querySelector('#answer-hip-surgery').checked"), false);
  } finally {
    await b.close();
  }
});

test("a clinic's settings file brands the public page without a rebuild, and stays offline; a bad file leaves a working neutral page and a report", async () => {
  const dir = await mkdtemp(join(tmpdir(), "clinic-"));
  await cp(DIST, dir, { recursive: true });
  await mkdir(join(dir, "brand"));
  await writeFile(join(dir, "brand", "logo.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#7a1f5c"/></svg>`);
  await writeFile(join(dir, "clinic.json"), JSON.stringify({
    name: "Quayside Physio",
    booking_url: "https://quayside.example/book",
    phone: "+44 117 496 0000",
    address: "1 Quay Street, Bristol",
    accent: "#7a1f5c",
    logo: { src: "brand/logo.svg", alt: "Quayside Physio" },
    hidden_exercises: ["figure-of-four"],
    presets: [
      { name: "Office team", description: "Our corporate clients", hip_flexors: 7, hamstrings: 5, glutes: 4, core: 3, sitting: 9.5, activity: 90 },
      { name: "Rowers", hip_flexors: 8, hamstrings: 8, glutes: 8, core: 6, sitting: 5, activity: 420 },
    ],
    hold_seconds_65_plus: 60,
    colour: "blue",
  }));
  const site = await serveStatic(dir, { "content-security-policy": CSP });
  const path = "?hip_flexors=9&hamstrings=9&glutes=2&core=2&sitting=11&activity=60";
  try {
    let b = await openAppAt(driver, site.url + path + "&check=clinic", { width: 1280, height: 900 });
    try {
      assert.equal(await b.until(() => b.exec("const e = document.querySelector('[data-testid=clinic-name]'); return e && e.textContent"), "the clinic's name"), "Quayside Physio");
      assert.equal(await b.exec("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"), "#7a1f5c");
      // The logo, loaded from the clinic's own folder, with its words, in the header.
      await b.until(() => b.exec("const i = document.querySelector('header [data-testid=clinic-logo]'); return i && i.complete && i.naturalWidth > 0"), "the logo");
      assert.equal(await b.attr("[data-testid=clinic-logo]", "alt"), "Quayside Physio");
      const report = await b.text("[data-testid=clinic-check]");
      for (const field of ["name", "logo", "presets", "hold_seconds_65_plus"]) assert.match(report, new RegExp(`${field}: accepted`));
      assert.match(report, /colour: ignored \(“blue”\): not a setting this release knows/);
      assert.ok((await b.logs()).some((l) => /colour: ignored/.test(l.message)), "one console line for the ignored field");
      await answerNone(b);
      assert.equal(await b.attr("[data-testid=book]", "href"), "https://quayside.example/book");
      assert.match(await b.text("[data-testid=book]"), /Book a session at Quayside Physio/);
      assert.equal(await b.attr("[data-testid=phone]", "href"), "tel:+441174960000");
      assert.equal(await b.text("[data-testid=address]"), "1 Quay Street, Bristol");
      assert.equal(await b.exec("return !!document.querySelector('.exercise-card[data-exercise=figure-of-four]')"), false, "an exercise the clinic does not offer");
      assert.match(await b.text("[data-testid=session-list]"), /Hold 30 seconds/, "the usual hold under 65");
      // 65 or older: the clinic's own hold.
      await b.exec("document.querySelector('#answer-age-65').click()");
      await b.until(() => b.exec("return /Hold 60 seconds/.test(document.querySelector('[data-testid=session-list]').textContent)"), "the clinic's 60 s hold for 65 and over");
      assert.doesNotMatch(await b.text("[data-testid=session-list]"), /Hold 45 seconds/);

      // The consultation screen offers the clinic's presets, by button and by key.
      await b.click("[data-testid=consult-toggle]");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=preset-1]')"), "the consultation tools");
      assert.match(await b.text("[data-testid=preset-1]"), /Office team/);
      assert.match(await b.text("[data-testid=preset-2]"), /Rowers/);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=preset-3]')"), false, "the built-in presets are replaced");
      assert.equal(await b.attr("[data-testid=preset-1]", "title"), "Our corporate clients");
      await b.exec("document.activeElement.blur()");
      await b.press("2");
      await b.until(() => b.exec("return document.querySelector('#in-activity').value === '420'"), "key 2 applies Rowers");
      assert.equal(await b.exec("return document.querySelector('#in-glutes').value"), "8");
      await b.until(() => b.exec("return document.querySelector('[data-testid=preset-2]').getAttribute('aria-pressed') === 'true'"), "Rowers shown as chosen");
      await b.click("[data-testid=preset-1]");
      await b.until(() => b.exec("return document.querySelector('#in-sitting').value === '9.5'"), "Office team by button");
      await b.exec("document.activeElement.blur()");
      await b.press("?");
      await b.until(() => b.exec("return /1 to 2.*Switch preset: Office team, Rowers/s.test(document.body.textContent)"), "the help names the clinic's presets");
      await b.press("\uE00C");

      // Offline, after one visit: the clinic's name, logo and presets stay.
      await b.cmd("POST", "/execute/async", { script: "navigator.serviceWorker.ready.then(() => arguments[0]())", args: [] });
      await b.go(site.url + path + "&mode=consult");
      await b.until(() => b.exec("const i = document.querySelector('[data-testid=clinic-logo]'); return i && i.complete && i.naturalWidth > 0"), "the logo, online again");
      await b.cdp("Network.enable");
      await b.cdp("Network.emulateNetworkConditions", { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await b.go(site.url + path + "&mode=consult");
      assert.equal(await b.until(() => b.exec("const e = document.querySelector('[data-testid=clinic-name]'); return e && e.textContent"), "the name offline"), "Quayside Physio");
      await b.until(() => b.exec("const i = document.querySelector('[data-testid=clinic-logo]'); return i && i.complete && i.naturalWidth > 0"), "the logo offline");
      assert.match(await b.until(() => b.exec("const e = document.querySelector('[data-testid=preset-2]'); return e && e.textContent"), "the presets offline"), /Rowers/);
    } finally {
      await b.close();
    }
    // A broken file: the neutral page, working, and the report says why.
    await writeFile(join(dir, "clinic.json"), "{ name: oops");
    b = await openAppAt(driver, site.url + path + "&check=clinic", { width: 1280, height: 900 });
    try {
      await b.until(() => b.exec("const e = document.querySelector('[data-testid=clinic-check] li'); return e && e.textContent"), "the report");
      assert.match(await b.text("[data-testid=clinic-check]"), /not a JSON object: no settings were used/);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=clinic-name]')"), false);
      await answerNone(b);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=book]')"), false);
      assert.ok((await b.exec("return document.querySelectorAll('[data-testid=session-list] li').length")) > 0, "the plan works");
    } finally {
      await b.close();
    }
    // The release's own file, which sets nothing (the app does not redraw for it): the report
    // still says what it found.
    await writeFile(join(dir, "clinic.json"), "{}");
    b = await openAppAt(driver, site.url + path + "&check=clinic", { width: 1280, height: 900 });
    try {
      await b.until(async () => /has no settings: the page names no clinic/.test(await b.text("[data-testid=clinic-check]")), "the report on an empty file");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=clinic-name]')"), false);
    } finally {
      await b.close();
    }
  } finally {
    await site.close();
  }
});

// ---- Clinic use: embedding, URL state, consultation mode ----

import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";

async function hostPage(body, headers = {}) {
  const dir = await mkdtemp(join(tmpdir(), "host-"));
  await writeFile(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A clinic's own site</h1>${body}<script src="${server.url}embed.js" async></script></body></html>`);
  // A different port on 127.0.0.1 is a different origin from the app's.
  return serveStatic(dir, headers);
}

test("a clinic's page on another origin embeds the app with the loader, and the iframe's height follows its content", async () => {
  const host = await hostPage(`<div data-posture-explainer data-view="full" data-clinic="Harbour Sports Massage" data-booking-url="https://example.com/book" data-accent="#0a6e5c"></div>`);
  const b = await Browser.open(driver, { width: 1024, height: 800 });
  try {
    await b.go(host.url);
    await b.until(() => b.exec("return document.querySelectorAll('iframe').length === 1"), "the iframe");
    assert.equal(await b.attr("iframe", "title"), "How your hips shape your lower back, from Harbour Sports Massage");
    await b.until(async () => {
      const h = await b.exec("return parseInt(document.querySelector('iframe').style.height)");
      return h !== 900 && h > 0 ? h : null;
    }, "the app to post its height");
    await b.frame("iframe");
    await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app inside");
    // Once the app has started the page grows (the plan's section): the iframe follows.
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=your-plan]')"), "the plan inside");
    await answerNone(b);
    await sleep(200);
    const inner = await b.exec("return Math.ceil(document.body.getBoundingClientRect().height)");
    await b.frame(null);
    const grown = await b.until(async () => {
      const h = await b.exec("return parseInt(document.querySelector('iframe').style.height)");
      return Math.abs(inner - h) <= 2 ? h : null;
    }, "the iframe to follow the grown page");
    assert.ok(Math.abs(inner - grown) <= 2, `iframe ${grown}px, content ${inner}px`);
    await b.frame("iframe");
    assert.match(await b.text(".site-header"), /From Harbour Sports Massage/);
    assert.equal(await b.attr("[data-testid=book]", "href"), "https://example.com/book");
    assert.equal(await b.exec("return document.querySelectorAll('h1').length"), 1);
    // No inner scrollbar: the document is no taller than the iframe.
    // A red flag replaces the plan: the content shrinks, and so does the iframe.
    await b.exec("document.querySelector('#answer-fever').click()");
    const shrunk = await b.until(async () => {
      const h = await b.exec("return Math.ceil(document.body.getBoundingClientRect().height)");
      return h < inner ? h : null;
    }, "the content to get shorter");
    await b.frame(null);
    await b.until(async () => Math.abs((await b.exec("return parseInt(document.querySelector('iframe').style.height)")) - shrunk) <= 2, "the iframe to follow");
    const urls = await b.exec("return performance.getEntriesByType('resource').map(e => e.name)");
    const allowed = [new URL(server.url).origin, new URL(host.url).origin];
    assert.deepEqual(urls.filter((u) => !allowed.includes(new URL(u).origin)), [], "only the host's and the app's own files");
    assert.ok(urls.some((u) => u.endsWith("/embed.js")), urls.join());
    await writeFile(join(ARTIFACTS, "embed-1024.png"), await b.screenshot());
    // The host page's console shows nothing from the widget: no service worker is registered
    // in the iframe, and every promise the widget starts has its refusal handled.
    // (The host page's own missing favicon is the host's business, not the widget's.)
    const errors = (await b.logs())
      .filter((l) => l.level === "SEVERE" || /Uncaught|ServiceWorker/i.test(l.message))
      .filter((l) => !l.message.startsWith(host.url + "favicon.ico"));
    assert.deepEqual(errors.map((l) => l.message), [], "the host page's console");
    await b.frame("iframe");
    assert.equal(await b.exec("return navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then(r => r.length) : 0"), 0, "no service worker in the iframe");
    await b.frame(null);
  } finally {
    await b.close();
    await host.close();
  }
});

test("the compact widget: the explainer and a way to the full plan, at most 1,400 px tall at 1,000 px and 2,400 px at 375 px", async () => {
  // The host runs its own strict policy, allowing only the app's origin for scripts and frames
  // (the policy the README shows).
  const app = new URL(server.url).origin;
  const host = await hostPage(`<div style="width:1000px;max-width:100%"><div data-posture-explainer data-clinic="Harbour Sports Massage"></div></div>`, {
    "content-security-policy": `script-src 'self' ${app}; frame-src ${app}; object-src 'none'; base-uri 'none'`,
  });
  const heights = {};
  try {
    for (const width of [1024, 375]) {
      const b = await Browser.open(driver, { width, height: 900 });
      try {
        // The exact width (a headless window has a minimum size of its own).
        await b.cdp("Emulation.setDeviceMetricsOverride", { width, height: 900, deviceScaleFactor: 1, mobile: false });
        await b.go(host.url + "?w=" + width);
        await b.until(() => b.exec("return document.querySelectorAll('iframe').length === 1"), "the iframe");
        const frameWidth = await b.exec("return document.querySelector('iframe').clientWidth");
        assert.ok(frameWidth <= (width === 1024 ? 1000 : 375), `the iframe is ${frameWidth} px wide`);
        await b.frame("iframe");
        await b.until(() => b.exec("return !!document.querySelector('[data-testid=compact-plan]')"), "the compact plan");
        assert.equal(await b.exec("return document.querySelectorAll('[data-testid=chain] li').length"), 1, "the first paragraph only");
        for (const sel of ["#in-hip-flexors", "[data-testid=posture-figure]", "[data-testid=readouts]", ".stage__headline"]) {
          assert.equal(await b.exec(`return !!document.querySelector('${sel}')`), true, sel);
        }
        for (const sel of ["[data-testid=chart]", "[data-testid=safety-screen]", "[data-testid=progress]", "[data-testid=how-sure]"]) {
          assert.equal(await b.exec(`return !!document.querySelector('${sel}')`), false, `${sel} is on the full page only`);
        }
        await b.keys("#in-hip-flexors", KEYS.End);
        const link = await b.until(async () => {
          const href = await b.attr("[data-testid=open-full-plan]", "href");
          return href && href.includes("hip_flexors=10") ? href : null;
        }, "the link to follow the sliders");
        assert.equal(new URL(link).origin, new URL(server.url).origin);
        assert.doesNotMatch(link, /embed|clinic=/, "the full public page");
        assert.equal(await b.attr("[data-testid=open-full-plan]", "target"), "_blank");
        assert.match(await b.attr("[data-testid=open-full-plan]", "rel"), /noopener/);
        const inner = await b.exec("return Math.ceil(document.body.getBoundingClientRect().height)");
        await b.frame(null);
        const h = await b.until(async () => {
          const v = await b.exec("return parseInt(document.querySelector('iframe').style.height)");
          return Math.abs(v - inner) <= 2 ? v : null;
        }, "the iframe to follow its content");
        heights[width === 1024 ? "1000 px" : "375 px"] = h;
        const hostErrors = (await b.logs()).filter((l) => l.level === "SEVERE" && !l.message.startsWith(host.url + "favicon.ico"));
        assert.deepEqual(hostErrors.map((l) => l.message), [], "the host page's console, under its own policy");
        await writeFile(join(ARTIFACTS, `embed-compact-${width}.png`), await b.screenshot());
      } finally {
        await b.close();
      }
    }
  } finally {
    await host.close();
  }
  ctx.results["compact embed height"] = heights;
  assert.ok(heights["1000 px"] <= 1400, `${heights["1000 px"]} px at 1,000 px`);
  assert.ok(heights["375 px"] <= 2400, `${heights["375 px"]} px at 375 px`);
});

test("hostile embed settings are neutralised: no script, no link, no styling, no request elsewhere", async () => {
  const host = await hostPage(`<div data-posture-explainer data-clinic="<img src=x onerror=alert(1)>Evil &amp; Co" data-booking-url="javascript:alert(document.domain)" data-accent="red;background:url(https://evil.example/x.png)" data-tracking="1"></div>`);
  const b = await Browser.open(driver, { width: 360, height: 800 });
  try {
    await b.go(host.url);
    await b.until(() => b.exec("return document.querySelectorAll('iframe').length === 1"), "the iframe");
    const src = await b.attr("iframe", "src");
    assert.ok(!src.includes("javascript"), src);
    assert.ok(!src.includes("accent"), src);
    const logs = (await b.logs()).map((l) => l.message).join("\n");
    assert.match(logs, /ignored data-booking-url/);
    assert.match(logs, /ignored data-accent/);
    assert.match(logs, /unknown setting data-tracking/);
    await b.frame("iframe");
    await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app inside");
    // The markup is shown as text, never parsed.
    assert.match(await b.text(".site-header"), /From <img src=x onerror=alert\(1\)>Evil & Co/);
    assert.equal(await b.exec("return document.querySelectorAll('img').length"), 0);
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=book]')"), false, "no booking link");
    assert.equal(await b.exec("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"), "#0a6e5c");
    // Hand-written hostile settings straight in the iframe's address are refused by the app too.
    await b.go(server.url + "?embed=1&booking=javascript:alert(1)&accent=%23fff;x&clinic=%3Cscript%3Ealert(1)%3C/script%3E");
    await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app");
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=book]')"), false);
    assert.match(await b.text("[data-testid=url-notice]"), /booking/);
    assert.equal(await b.exec("return document.documentElement.scrollWidth <= 360"), true, "fits 360 px");
    assert.equal(await b.alertText(), null, "no dialog opened");
    const foreign = await b.exec("return performance.getEntriesByType('resource').map(e => e.name).filter(u => new URL(u).origin !== location.origin)");
    assert.deepEqual(foreign, []);
  } finally {
    await b.close();
    await host.close();
  }
});

test("an embedded accent too light for text is darkened for text use", async () => {
  const b = await openAppAt(driver, server.url + "?embed=1&accent=%23ffd54f", { width: 800, height: 800 });
  try {
    const [accent, ink] = await b.exec("const s = getComputedStyle(document.documentElement); return [s.getPropertyValue('--accent').trim(), s.getPropertyValue('--accent-ink').trim()]");
    assert.equal(accent, "#ffd54f");
    assert.notEqual(ink, accent);
    const contrast = await b.exec(`
      const lum = (h) => [1,3,5].map(i => parseInt(h.slice(i, i + 2), 16) / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4).reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i], 0);
      return 1.05 / (lum(arguments[0]) + 0.05);`, ink);
    assert.ok(contrast >= 4.5, `accent-ink ${ink} has contrast ${contrast.toFixed(2)} on white`);
    // No clinic named: the placeholder clinic never shows inside someone else's site.
    assert.doesNotMatch(await b.text(".site-header"), /Harbour|From/);
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=book]')"), false);
  } finally {
    await b.close();
  }
});

// ---- The prerendered page ----

test("without JavaScript the page still shows the figure, the explanation and the sources, and says what needs a modern browser", async () => {
  const b = await Browser.open(driver, { width: 375, height: 800 });
  try {
    await b.cdp("Emulation.setScriptExecutionDisabled", { value: true });
    await b.go(server.url);
    const visible = (css) => b.exec(`const e = document.querySelector(arguments[0]); if (!e) return false; const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0;`, css);
    assert.ok(await visible("[data-testid=posture-figure]"), "the figure");
    assert.match(await b.exec("return document.querySelector('[data-testid=posture-figure] desc').textContent"), /tilts forward by 12 degrees/, "the figure at the default, described");
    assert.match(await b.text("[data-testid=value-pelvic-tilt]"), /12°/);
    assert.ok(await visible(".explanation"), "the explanation");
    assert.match(await b.exec("return document.body.textContent"), /Brekke/, "the sources");
    assert.match(await b.text("[data-testid=starting-note]"), /need JavaScript and WebAssembly/);
    assert.equal(await b.exec("return document.querySelectorAll('input[type=range]').length"), 6, "the sliders are there to see");
    assert.equal(await b.exec("return [...document.querySelectorAll('input[type=range]')].filter((s) => s.matches(':disabled')).length"), 6, "and plainly not working: a move would not reach the figure");
    assert.ok(await b.exec("return document.querySelector('#answer-none').matches(':disabled')"), "nor would a tick reach the plan");
  } finally {
    await b.close();
  }
});

test("the sources and the clinic's article, which the app takes over from the page without drawing them, read the same once it has started, and the glossary opens from the keyboard", async () => {
  const parts = "return ['[data-testid=how-sure]', '[data-testid=article-points]'].map((s) => document.querySelector(s).textContent)";
  const before = await Browser.open(driver, { width: 1024, height: 800 });
  let without;
  try {
    await before.cdp("Emulation.setScriptExecutionDisabled", { value: true });
    await before.go(server.url);
    without = await before.exec(parts);
  } finally {
    await before.close();
  }
  assert.match(without[0], /Brekke/, "the sources, in the page itself");
  assert.match(without[1], /Prolonged sitting/, "the article, in the page itself");
  const b = await openAppAt(driver, server.url + "?hip_flexors=9&sitting=10");
  try {
    await b.until(async () => /1[3-9]°/.test(await b.text("[data-testid=value-pelvic-tilt]")), "the app to apply the link");
    assert.deepEqual(await b.exec(parts), without, "the same words, once each");
    assert.equal(await b.exec("return document.querySelectorAll('[data-testid=how-sure]').length + document.querySelectorAll('[data-testid=article-points]').length"), 2);
    await b.keys(".glossary summary", KEYS.Enter);
    await b.until(() => b.exec("return document.querySelector('.glossary').open"), "the glossary to open on Enter");
    assert.ok(await b.exec("return document.querySelectorAll('.glossary dt').length >= 10"), "its terms");
  } finally {
    await b.close();
  }
});

test("the page hydrates the prerendered markup: a link's settings apply after it with no layout shift, and nothing is drawn twice", async () => {
  const b = await Browser.open(driver, { width: 375, height: 800 });
  try {
    await b.cdp("Page.addScriptToEvaluateOnNewDocument", {
      source: `window.__shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });`,
    });
    await b.go(server.url + "?hip_flexors=9&hamstrings=8&glutes=2&core=3&sitting=11&activity=60");
    await b.until(() => b.exec("return performance.getEntriesByName('app-interactive').length > 0"), "the app to start");
    await b.until(() => b.exec("return document.querySelector('#in-hip-flexors').getAttribute('aria-valuetext') === '9 of 10 - very tight'"), "the link's settings");
    assert.match(await b.attr("#in-sitting", "aria-valuetext"), /^11 hours a day/);
    assert.notEqual(await b.text("[data-testid=value-pelvic-tilt]"), "12°", "the readouts follow");
    await sleep(500);
    assert.equal(await b.exec("return window.__shift"), 0, "no layout shift");
    assert.equal(await b.exec("return document.querySelectorAll('.app').length"), 1, "one app, not two");
    assert.equal(await b.exec("return document.querySelectorAll('[data-testid=posture-figure]').length"), 1);
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=starting-note]')"), false, "the note goes once started");
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=panic-panel]')"), false);
    const errors = (await b.logs()).filter((l) => l.level === "SEVERE");
    assert.deepEqual(errors, [], "no console error");
    // It works: a slider moves the readouts.
    const before = await b.text("[data-testid=value-pelvic-tilt]");
    await b.keys("#in-hip-flexors", KEYS.Home);
    await b.until(async () => (await b.text("[data-testid=value-pelvic-tilt]")) !== before, "the readouts to follow the slider");
  } finally {
    await b.close();
  }
});

test("a slider moved before the plan's island has hydrated still ends in a page whose readouts, chart, plan and address agree", async () => {
  const b = await Browser.open(driver, { width: 1280, height: 800 });
  try {
    // The moment the sliders are enabled (the main root has started), before any island's
    // task: the hip-flexor slider goes to 9, as a quick first touch would.
    await b.cdp("Page.addScriptToEvaluateOnNewDocument", {
      source: `window.__movedAt = null;
        new MutationObserver((_, o) => {
          const s = document.querySelector('#in-hip-flexors');
          if (!s || s.closest('fieldset[disabled]') || performance.getEntriesByName('app-interactive').length === 0) return;
          o.disconnect();
          s.value = '9';
          s.dispatchEvent(new Event('input', { bubbles: true }));
          window.__movedAt = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });`,
    });
    await b.go(server.url);
    await b.until(() => b.exec("return performance.getEntriesByName('islands-hydrated').length > 0"), "every island to hydrate");
    const movedAt = await b.exec("return window.__movedAt");
    const islandAt = await b.exec("return performance.getEntriesByName('hydrate plan start')[0].startTime");
    assert.ok(movedAt != null && movedAt < islandAt, `the slider moved (${movedAt} ms) before the island hydrated (${islandAt} ms)`);
    await b.until(() => b.exec("return location.search.includes('hip_flexors=9')"), "the address to follow");
    await answerNone(b);
    const seen = async (x) => ({
      tilt: await x.text("[data-testid=value-pelvic-tilt]"),
      curve: await x.text("[data-testid=value-lumbar-curve]"),
      chart: await x.attr("[data-testid=chart]", "aria-label"),
      plan: await x.exec("return [...document.querySelectorAll('[data-testid=plan] [data-exercise]')].map(e => e.dataset.exercise).join(' ')"),
    });
    await sleep(300);
    const here = await seen(b);
    assert.ok(here.plan.length > 0, "a plan is shown");
    // The same address opened afresh shows the same page.
    const fresh = await openAppAt(driver, await b.exec("return location.href"), { width: 1280, height: 800 });
    try {
      await answerNone(fresh);
      await sleep(300);
      assert.deepEqual(await seen(fresh), here);
    } finally {
      await fresh.close();
    }
  } finally {
    await b.close();
  }
});

test("on a 375 px phone every word the figure shows reads at 12 px or more, and the tight and weak muscles are named", async () => {
  const b = await openAppAt(driver, server.url + "?hip_flexors=9&hamstrings=5&glutes=2&core=5&sitting=8&activity=150", { width: 375, height: 812 });
  try {
    await b.cdp("Emulation.setDeviceMetricsOverride", { width: 375, height: 812, deviceScaleFactor: 1, mobile: true });
    await sleep(300);
    // Words drawn inside the pinned figure: none smaller than 12 px on screen.
    const drawn = await b.exec(`return [...document.querySelectorAll('[data-testid=posture-figure] text')]
      .map((t) => ({ text: t.textContent, h: t.getBoundingClientRect().height })).filter((t) => t.h > 0)`);
    for (const t of drawn) assert.ok(t.h >= 12, `"${t.text}" is ${t.h} px tall`);
    // The key under it names what is tight or weak, in words that read.
    const key = await b.exec(`return [...document.querySelectorAll('.stage .muscle-key__item')]
      .filter((li) => li.getBoundingClientRect().height > 0)
      .map((li) => ({ text: li.textContent, px: parseFloat(getComputedStyle(li).fontSize) }))`);
    const words = key.map((k) => k.text).join(" | ");
    assert.match(words, /Hip flexors: tight/);
    assert.match(words, /Glutes: weak/);
    assert.doesNotMatch(words, /normal/, "only what is out of the ordinary");
    for (const k of key) assert.ok(k.px >= 12, `${k.text} at ${k.px} px`);
    // The angles are in the readouts beside the figure.
    assert.match(await b.text("[data-testid=value-pelvic-tilt]"), /°/);
    // The figure stays pinned at the top while the sliders scroll, and a slider reached by
    // the keyboard is never hidden under it (WCAG 2.4.11).
    await b.exec("window.scrollTo(0, 0); document.querySelector('#in-hip-flexors').focus()");
    for (let k = 0; k < 6; k++) {
      if (k > 0) await b.press(KEYS.Tab);
      await sleep(150);
      const [id, top, bottom, stage] = await b.exec(`const e = document.activeElement; const r = e.getBoundingClientRect();
        return [e.id, r.top, r.bottom, document.querySelector('.stage').getBoundingClientRect().bottom]`);
      if (!id.startsWith("in-")) continue; // a link in a slider's hint, if any
      assert.ok(top >= stage - 1 && bottom <= 812, `#${id} at ${Math.round(top)} to ${Math.round(bottom)} px, under the pinned figure ending at ${Math.round(stage)} px`);
    }
    assert.ok((await b.exec("return document.querySelector('[data-testid=posture-figure]').getBoundingClientRect().top")) < 100, "the figure stays in view");
  } finally {
    await b.close();
  }
});

test("consultation mode at 1024x768, 1280x800 and 1920x1080: tools, six sliders, the whole figure and its readouts on one screen, the figure the largest", async () => {
  for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]]) {
    const b = await openAppAt(driver, server.url + "?mode=consult", { width, height });
    try {
      await b.cdp("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false });
      await sleep(300);
      const box = (css) => b.exec(`const r = document.querySelector(arguments[0]).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, area: r.width * r.height };`, css);
      const inView = async (css) => {
        const r = await box(css);
        assert.ok(r.top >= 0 && r.bottom <= height + 0.5 && r.left >= 0 && r.right <= width + 0.5, `${css} at ${width}x${height}: ${Math.round(r.top)} to ${Math.round(r.bottom)}`);
        return r;
      };
      const figure = await inView("[data-testid=posture-figure]");
      await inView("[data-testid=consult-bar]");
      await inView("[data-testid=readouts]");
      for (const id of ["hip-flexors", "hamstrings", "glutes", "core", "sitting", "activity"]) await inView(`#in-${id}`);
      // The figure is the largest thing on screen: larger than the sliders' panel, the
      // readouts and the tools.
      for (const css of [".controls", "[data-testid=readouts]", "[data-testid=consult-bar]"]) {
        const other = await box(css);
        const visible = other.area * Math.max(0, Math.min(1, (Math.min(other.bottom, height) - other.top) / (other.bottom - other.top)));
        assert.ok(figure.area > visible, `the figure (${Math.round(figure.area)} px²) is larger than ${css} (${Math.round(visible)} px²) at ${width}x${height}`);
      }
      // Type reads from across a desk, and the rest of the explanation is one click away.
      assert.ok(parseFloat(await b.exec("return getComputedStyle(document.querySelector('.stage__headline')).fontSize")) >= 19);
      // The screen as the therapist and client see it, kept for review.
      await writeFile(join(ARTIFACTS, `consult-${width}.png`), await b.screenshot());
      await b.click(".stage__more");
      await b.until(() => b.exec("const r = document.querySelector('#explanation-heading').getBoundingClientRect(); return r.top > -2 && r.top < innerHeight"), "the explanation");
    } finally {
      await b.close();
    }
  }
});

test("a URL with settings reproduces the view", async () => {
  const b = await openAppAt(driver, server.url + "?hip_flexors=9&hamstrings=2&glutes=1&core=3&sitting=12.5&activity=40");
  try {
    assert.equal(await b.attr("#in-hip-flexors", "aria-valuetext"), "9 of 10 - very tight");
    assert.equal(await b.attr("#in-sitting", "aria-valuetext"), "12.5 hours a day - most of the day");
    assert.match(await b.text(".muscle-key"), /Glutes: weak/);
    const link = await b.until(() => b.exec("const v = document.querySelector('[data-testid=share-link]').value; return v.includes('hip_flexors=9') ? v : null"), "the share link");
    const b2 = await openAppAt(driver, link);
    try {
      for (const sel of ["[data-testid=value-pelvic-tilt]", "[data-testid=value-lumbar-curve]", "[data-testid=readout-back-load]"]) {
        assert.equal(await b2.text(sel), await b.text(sel), sel);
      }
    } finally {
      await b2.close();
    }
  } finally {
    await b.close();
  }
});

test("consultation mode: presets, compare, story and the QR code, all from the keyboard", async () => {
  const b = await openAppAt(driver, server.url + "?mode=consult");
  try {
    await b.until(() => b.exec("return !!document.querySelector('[data-testid=consult-bar]')"), "the consult bar");
    const fontSize = await b.exec("return parseFloat(getComputedStyle(document.querySelector('.app')).fontSize)");
    assert.ok(fontSize >= 19, `large type: ${fontSize}px`);
    await b.press("1");
    assert.equal(await b.attr("#in-sitting", "aria-valuetext"), "10 hours a day - a lot", "desk worker preset");
    await b.until(() => b.exec("return document.querySelector('[data-testid=preset-1]').getAttribute('aria-pressed') === 'true'"), "preset 1 shown as chosen");
    await b.press("b");
    const before = await b.text("[data-testid=value-pelvic-tilt]");
    await b.press("4");
    await b.until(() => b.exec("return document.querySelector('[data-testid=preset-4]').getAttribute('aria-pressed') === 'true'"), "preset 4 shown as chosen");
    assert.equal(await b.text("[data-testid=before-pelvic-tilt]"), `before ${before}`);
    assert.notEqual(await b.text("[data-testid=value-pelvic-tilt]"), before, "now differs from before");
    assert.ok(await b.exec("return !!document.querySelector('[data-testid=figure-before]')"), "the before outline is drawn");

    await b.press("s");
    assert.match(await b.text("[data-testid=story-title]"), /^1\. Long sitting/);
    const tilt1 = await b.text("[data-testid=value-pelvic-tilt]");
    await b.press("\uE014", "\uE014", "\uE014");
    assert.match(await b.text("[data-testid=story-title]"), /^4\. The lumbar curve deepens/);
    assert.ok(degrees(await b.text("[data-testid=value-pelvic-tilt]")) > degrees(tilt1), "the pelvis tipped forward along the story");
    await b.press("\uE012");
    assert.match(await b.text("[data-testid=story-title]"), /^3\./);
    await b.press("\uE00C");
    assert.equal(await b.exec("return !!document.querySelector('[data-testid=story-panel]')"), false);

    await b.press("q");
    assert.ok(await b.exec("return !!document.querySelector('[data-testid=qr] path')"), "QR code drawn");
    await b.until(() => b.exec("return /hip_flexors=3&/.test(document.querySelector('.qr__link').textContent)"), "the QR link with the balanced preset");
    await writeFile(join(ARTIFACTS, "consult-qr-1280.png"), await b.screenshot());
    await b.press("\uE00C");
    await b.press("?");
    assert.match(await b.text("[role=dialog]"), /Keyboard shortcuts/);
    await b.press("\uE00C");
    assert.equal(await b.exec("return !!document.querySelector('[role=dialog]')"), false);
    assert.match(await b.exec("return location.search"), /mode=consult/);
  } finally {
    await b.close();
  }
});

programmeTests(ctx);
photoTests(ctx);
themeTests(ctx);
languageTests(ctx);
trustTests(ctx);
nginxTests(ctx);

