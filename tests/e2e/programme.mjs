// The therapist's programme, end to end on the release build: built in consultation mode by
// keyboard, sent home as a link, opened on a phone with a fresh browser profile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DAY_NAMES, KEYS, WEEK, openApp, answerNone, startSession } from "./harness.mjs";
import { finishSession, rateAndShowTherapist, sendPlanHome } from "./fixtures.mjs";

const SELECT_ALL = ["\uE009", "a", "\uE009"]; // Ctrl+A (Ctrl pressed, a, Ctrl released)
const BACKSPACE = "\uE003";

/** The exercise names in the plan's session list, in order. */
const sessionNames = (b) => b.exec("return [...document.querySelectorAll('[data-testid=session-list] h4')].map(h => h.textContent)");
const builderNames = (b) => b.exec("return [...document.querySelectorAll('[data-testid=builder-items] legend')].map(l => l.textContent.replace(/^Exercise \\d+ of \\d+: /, ''))");
const focusedId = (b) => b.exec("return document.activeElement && document.activeElement.id");

/** Replaces a field's text as a person would: select all, type, Tab away (commits a number). */
async function typeInto(b, css, text) {
  await b.keys(css, SELECT_ALL.join("") + BACKSPACE + text);
  await b.press(KEYS.Tab);
}

/** Prints the page to A4 as Chromium would and counts the PDF's pages. */
async function printedPages(b, file) {
  const pdf = Buffer.from(await b.cmd("POST", "/print", { paperWidth: 21.0 / 2.54, paperHeight: 29.7 / 2.54 }), "base64");
  if (file) await writeFile(file, pdf);
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
}

/** The week table's exercises marked for day `d` (0 is Monday), in the table's order. */
const weekColumn = (b, d) =>
  b.exec("return [...document.querySelectorAll('[data-testid=week] tbody tr')].filter(r => r.querySelectorAll('td')[arguments[0]].textContent.startsWith('\u2713')).map(r => r.querySelector('th').textContent)", d);

export function programmeTests(ctx) {
  const artifacts = join(ctx.root, "tests", "e2e", "artifacts");

  // The plan, the builder, the guided session and the calendar on each day of one week (the
  // browser's date pinned to that day): the plan lists the week's exercises and the builder
  // starts from that list; "Your week", the line by the start button, the session and the
  // calendar agree on today's share.
  for (const [d, today] of WEEK.entries()) {
    test(`on a ${DAY_NAMES[d]} (${today}) the plan, the builder, the guided session and the calendar agree on the day`, async () => {
      const b = await openApp(ctx.driver, ctx.server.url + "?mode=consult&hip_flexors=8&hamstrings=7&glutes=3&core=3&sitting=10&activity=60", { today });
      try {
        await answerNone(b);
        const week = await sessionNames(b);
        assert.deepEqual(week, ["Lunge stretch", "Seated forward fold", "Figure-of-four stretch", "Glute bridge", "Dead bug", "Bird dog"], "the link's plan, not the default person's");
        const todays = await weekColumn(b, d);
        assert.ok(todays.every((n) => week.includes(n)), `today's share is part of the week: ${todays}`);
        // The calendar's weekly series start within the coming seven days, today's today.
        await b.exec(`window.__downloads = []; const orig = URL.createObjectURL;
          URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };`);
        await b.click("[data-testid=calendar]");
        const ics = await b.until(() => b.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the calendar file");
        const starts = [...ics.matchAll(/DTSTART:(\d{8})T080000/g)].map((m) => m[1]).sort();
        const day = (n) => new Date(Date.UTC(...today.split("-").map((x, i) => Number(x) - (i === 1 ? 1 : 0))) + n * 86400000).toISOString().slice(0, 10).replaceAll("-", "");
        assert.ok(starts.length > 0 && starts.every((s) => s >= day(0) && s <= day(6)), `series start in the coming week: ${starts}`);
        assert.equal(starts.includes(day(0)), todays.length > 0, `a series starts today exactly when today has exercises: ${starts}`);
        if (todays.length === 0) {
          assert.match(await b.text("[data-testid=rest-day]"), /Nothing in today/);
          assert.equal(await b.exec("return !!document.querySelector('[data-testid=start-session]')"), false, "no session to start");
        } else {
          const last = todays.length > 1 ? `${todays.slice(0, -1).join(", ")} and ${todays[todays.length - 1]}` : todays[0];
          assert.equal(await b.text("[data-testid=today-session]"), `Today (${DAY_NAMES[d]}) the guided session takes you through: ${last}.`);
          await startSession(b);
          assert.match(await b.text("[data-testid=session-exercise]"), new RegExp(`^${todays[0]}`), "the session starts with today's first exercise");
          await b.keys("[data-testid=session]", "\uE00C");
          await b.until(() => b.exec("return !document.querySelector('[data-testid=session]')"), "the session to close");
        }
        // The builder starts from the week's list, in its order.
        await b.click("[data-testid=build-programme]");
        await b.until(() => b.exec("return !!document.querySelector('[data-testid=builder]')"), "the builder");
        assert.deepEqual(await builderNames(b), week, "the builder starts from the plan's exercises");
      } finally {
        await b.close();
      }
    });
  }

  test("a therapist builds a programme by keyboard and sends it home; a fresh phone opens exactly it, and uses it for the session, the calendar and the handout", async () => {
    const t = await openApp(ctx.driver, ctx.server.url + "?mode=consult&hip_flexors=8&hamstrings=7&glutes=3&core=3&sitting=10&activity=60");
    let link, therapistList;
    try {
      await answerNone(t);
      // Build: starts from the suggested plan.
      const suggested = await sessionNames(t);
      await t.keys("[data-testid=build-programme]", KEYS.Enter);
      await t.until(() => t.exec("return !!document.querySelector('[data-testid=builder]')"), "the builder");
      assert.deepEqual(await builderNames(t), suggested, "the builder starts from the suggested plan");
      assert.equal(await t.exec("return !!document.querySelector('[data-testid=plan]')"), false, "the builder takes the plan's place");

      // Remove the second exercise: focus moves to the next exercise's Remove button.
      const removed = suggested[1];
      await t.keys("[data-testid=builder-items] li:nth-child(2) [data-testid=builder-remove]", KEYS.Enter);
      await t.until(async () => !(await builderNames(t)).includes(removed), "the exercise to go");
      assert.match(await focusedId(t), /^builder-remove-/, "focus stays on a Remove button");
      // Move the last one up: it moves, and keeps the focus.
      const before = await builderNames(t);
      const last = before[before.length - 1];
      await t.keys("[data-testid=builder-items] li:last-child button[id^=builder-up]", KEYS.Enter);
      await t.until(async () => { const n = await builderNames(t); return n[n.length - 2] === last; }, "the exercise to move up");
      assert.match(await focusedId(t), /^builder-up-/, "focus follows the moved exercise");
      // Add the side-lying clam from the catalogue (type to choose it, Enter on Add).
      await t.keys("#builder-add", "Side-lying");
      assert.equal(await t.exec("return document.querySelector('#builder-add').value"), "side-lying-clam");
      await t.keys("[data-testid=builder-add-button]", KEYS.Enter);
      await t.until(async () => (await builderNames(t)).includes("Side-lying clam"), "the clam to be added");
      // The first exercise: the easier version, a 45 s hold, 3 times, and a note.
      await t.keys("[data-testid=builder-items] li:first-child [data-testid=builder-version]", "Easier");
      await typeInto(t, "[data-testid=builder-items] li:first-child [data-testid=builder-hold]", "45");
      await typeInto(t, "[data-testid=builder-items] li:first-child [data-testid=builder-reps]", "3");
      await t.keys("[data-testid=builder-items] li:first-child [data-testid=builder-note]", "Tuck the tailbone first");
      // The clam: 3 sets of 15, each side.
      const clam = "[data-testid=builder-items] li[data-exercise=side-lying-clam]";
      await typeInto(t, `${clam} [data-testid=builder-sets]`, "3");
      await typeInto(t, `${clam} [data-testid=builder-reps]`, "15");
      // The clam works one side at a time: each side in turn from the start (S17).
      assert.equal(await t.exec(`return document.querySelector('${clam} [data-testid=builder-sides]').checked`), true, "the clam: each side in turn");
      await t.keys("[data-testid=builder-programme-note]", "Little and often. Ring us if it spreads.");
      await t.keys("[data-testid=builder-initials]", "k.m");
      assert.equal(await t.exec("return document.querySelector('[data-testid=builder-initials]').value"), "KM", "initials only");
      assert.match(await t.text("[data-testid=builder-room]"), /Notes: 63 of 120 characters used/);
      therapistList = await builderNames(t);
      // Clearing any dose field leaves that dose as it was (it once set the maximum).
      const fields = await t.exec("return [...document.querySelectorAll('[data-testid=builder-items] > li')].flatMap((li, i) => [...li.querySelectorAll('input[type=number]')].map(e => [i + 1, e.dataset.testid, e.value]))");
      assert.ok(fields.length >= 10, `dose fields: ${fields.length}`);
      for (const [i, id, value] of fields) {
        const css = `[data-testid=builder-items] > li:nth-child(${i}) [data-testid=${id}]`;
        await typeInto(t, css, "");
        assert.equal(await t.exec("return document.querySelector(arguments[0]).value", css), value, `${id} of exercise ${i} after clearing`);
      }

      // Send home: a QR code of version 10 or below, and the link.
      await t.keys("[data-testid=builder-send]", KEYS.Enter);
      const version = Number(await t.until(() => t.attr("[data-testid=programme-qr]", "data-version"), "the QR code"));
      assert.ok(version >= 1 && version <= 10, `QR version ${version}`);
      link = await t.exec("return document.querySelector('[data-testid=programme-link]').value");
      assert.match(link, /#p=[A-Z2-7]+$/, "the programme is in the fragment, never sent to a server");
      assert.match(await t.text("[data-testid=programme-qr-size]"), new RegExp(`version ${version} .*link of ${link.length} characters`));
      ctx.results.programme = { qrVersion: version, linkLength: link.length, exercises: therapistList.length };
      // The languages tests open this same link on a Polish phone.
      ctx.programmeLink = link;
      await writeFile(join(artifacts, "programme-builder-1280.png"), await t.screenshot());

      // The consultation bar's "Send home" (Q) sends this programme too, not the sliders'
      // settings: the same link and the same QR code as the builder's.
      await t.click("[data-testid=qr-button]");
      await t.until(() => t.exec("return !!document.querySelector('[data-testid=overlay]')"), "the dialog");
      assert.match(await t.text("#overlay-title"), /programme home/);
      assert.equal(await t.text("[data-testid=send-home-link]"), link);
      assert.equal(await t.attr("[data-testid=send-home-qr]", "data-version"), String(version));
      assert.equal(await t.exec("return document.querySelector('[data-testid=send-home-qr] path').getAttribute('d') === document.querySelector('[data-testid=programme-qr] path').getAttribute('d')"), true, "the same QR code");
      await t.press("\uE00C");
      await t.until(() => t.exec("return !document.querySelector('[data-testid=overlay]')"), "Escape to close the dialog");
      // Once the builder is closed, "Send home" sends the settings again.
      await t.click("[data-testid=builder-done]");
      await t.until(() => t.exec("return !document.querySelector('[data-testid=builder]')"), "the builder to close");
      await t.click("[data-testid=qr-button]");
      await t.until(() => t.exec("return !!document.querySelector('[data-testid=overlay] [data-testid=qr]')"), "the settings' QR code");
      assert.match(await t.text("[data-testid=send-home-link]"), /hip_flexors=8/);
      assert.doesNotMatch(await t.text("[data-testid=send-home-link]"), /#p=/);
    } finally {
      await t.close();
    }

    // The client's phone: a fresh browser profile opens the link.
    const p = await openApp(ctx.driver, link, { width: 375, height: 812 });
    try {
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=programme-notice]')"), "the saved notice");
      assert.match(await p.text("[data-testid=programme-notice]"), /saved on this device/);
      assert.equal(await p.exec("return location.hash"), "", "the code is taken out of the address");
      // Every caution applies: no plan before the safety questions.
      assert.equal(await p.exec("return !!document.querySelector('[data-testid=plan]')"), false);
      await answerNone(p);
      assert.match(await p.text("[data-testid=programme-head] h3"), /^Your programme from your therapist, \d{1,2} \w+ 20\d\d$/);
      assert.match(await p.text("[data-testid=programme-head]"), /Written by KM\./);
      assert.match(await p.text("[data-testid=programme-note]"), /Little and often\. Ring us if it spreads\./);
      const clientList = await p.exec("return [...document.querySelectorAll('.exercise-list h4')].map(h => h.textContent)");
      assert.deepEqual(clientList, therapistList, "exactly the therapist's exercises, in order");
      const first = ".exercise-list .exercise-card:first-child";
      assert.match(await p.text(`${first} .exercise-card__dose`), /Hold 45 seconds, 3 times/);
      assert.match(await p.text(`${first} .exercise-card__why`), /Tuck the tailbone first/);
      assert.match(await p.text(`${first} [data-testid=version]`), /^Your version: Easier: /);
      assert.match(await p.text(".exercise-card[data-exercise=side-lying-clam] .exercise-card__dose"), /3 sets of 15 repetitions on each side/);

      // The guided session runs the programme's first exercise (a daily stretch).
      await startSession(p);
      await p.until(async () => (await p.text("[data-testid=session]")).includes(therapistList[0]), "the session on the programme");
      await p.keys("[data-testid=session]", "\uE00C");
      // The calendar file lists the programme's exercises.
      await p.exec(`window.__downloads = []; const orig = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };`);
      await p.click("[data-testid=calendar]");
      const ics = await p.until(() => p.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the calendar file");
      assert.ok(ics.includes(therapistList[0]), "the calendar names the programme's exercises");
      // The handout: the programme's heading and note on paper, no builder or buttons.
      await p.cdp("Emulation.setEmulatedMedia", { media: "print" });
      const shown = (sel) => p.shown(sel);
      assert.equal(await shown("[data-testid=programme-head]"), true, "the programme's heading on paper");
      assert.equal(await shown(".programme-notices"), false, "no switch or notices on paper");
      await p.cdp("Emulation.setEmulatedMedia", { media: "" });

      // The suggested plan is one tap away, and back.
      await p.click("[data-testid=programme-switch]");
      await p.until(() => p.exec("return !document.querySelector('[data-testid=programme-head]')"), "the suggested plan");
      await p.click("[data-testid=programme-switch]");
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=programme-head]')"), "the programme again");

      // A reload keeps it, with no question.
      await p.go(ctx.server.url);
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=programme-head]')"), "the kept programme");
      assert.equal(await p.exec("return !!document.querySelector('[data-testid=programme-question]')"), false);

      // A newer programme asks first: keep, then replace.
      // The same programme written on another day: the date's bits are the code's 2nd character.
      const [page, code] = link.split("#p=");
      const newer = `${page}#p=${code[0]}${code[1] === "A" ? "B" : "A"}${code.slice(2)}`;
      await p.go(ctx.server.url + "?x=1");
      await p.go(newer);
      const asked = await p.until(async () => {
        const q = await p.exec("return document.querySelector('[data-testid=programme-question]')?.textContent");
        const n = await p.exec("return document.querySelector('[data-testid=programme-notice]')?.textContent");
        return q || (n && /could not be read/.test(n) ? "unreadable" : null);
      }, "the question or a notice");
      assert.notEqual(asked, "unreadable", "a changed date still reads");
      assert.match(asked, /You already have a programme from .* Replace it with the one from/);
      await p.click("[data-testid=programme-keep]");
      assert.equal(await p.exec("return !!document.querySelector('[data-testid=programme-question]')"), false);
      // A tampered link: what is bad is named, and nothing saved is lost.
      await p.go(`${page}?from=qr#p=!!!`);
      await p.until(() => p.exec("return /could not be read/.test(document.querySelector('[data-testid=programme-notice]')?.textContent || '')"), "the unreadable notice");
      assert.ok(await p.exec("return !!document.querySelector('[data-testid=programme-head]')"), "the kept programme stays");
      await writeFile(join(artifacts, "programme-phone-375.png"), await p.screenshot());
    } finally {
      await p.close();
    }
  });

  test("the handout prints on at most two A4 pages: the suggested plan, and a therapist's programme of eight exercises", async () => {
    const results = (ctx.results.handout = {});
    const t = await openApp(ctx.driver, ctx.server.url + "?mode=consult&hip_flexors=9&hamstrings=9&glutes=1&core=1&sitting=12&activity=30");
    let link;
    try {
      await answerNone(t);
      results.suggestedPages = await printedPages(t, join(artifacts, "handout-suggested.pdf"));
      await t.click("[data-testid=build-programme]");
      // Fill it: exercises until the builder says it is full, and every note character used.
      while (!(await t.exec("return document.querySelector('[data-testid=builder-add-button]').disabled"))) {
        await t.click("[data-testid=builder-add-button]");
      }
      assert.equal((await builderNames(t)).length, 8);
      for (let k = 1; k <= 5; k++) {
        await t.keys(`[data-testid=builder-items] li:nth-child(${k}) [data-testid=builder-note]`, "Slow and steady.");
      }
      await t.keys("[data-testid=builder-programme-note]", "Each morning; ring us if the pain grows.");
      assert.match(await t.text("[data-testid=builder-room]"), /Notes: 120 of 120/);
      await t.click("[data-testid=builder-send]");
      const version = Number(await t.until(() => t.attr("[data-testid=programme-qr]", "data-version"), "the QR code"));
      link = await t.exec("return document.querySelector('[data-testid=programme-link]').value");
      Object.assign(results, { largestQrVersion: version, largestLinkLength: link.length });
      assert.ok(version <= 10, `QR version ${version}`);
    } finally {
      await t.close();
    }
    const p = await openApp(ctx.driver, link);
    try {
      await answerNone(p);
      assert.equal(await p.exec("return document.querySelectorAll('[data-testid=plan] .exercise-card').length"), 8);
      results.programmePages = await printedPages(p, join(artifacts, "handout-programme.pdf"));
      await p.cdp("Emulation.setEmulatedMedia", { media: "print" });
      const shown = (sel) => p.shown(sel);
      assert.equal(await shown("[data-testid=programme-note]"), true, "the therapist's note on paper");
      assert.equal(await shown(".exercise-card__why--note"), true, "each exercise's note on paper");
      assert.equal(await shown("[data-testid=week]"), true, "the week on paper");
      assert.equal(await shown(".exercise-card__steps"), false, "the step-by-step text stays on screen");
    } finally {
      await p.close();
    }
    assert.ok(results.suggestedPages >= 1 && results.suggestedPages <= 2, `suggested plan: ${results.suggestedPages} pages`);
    assert.ok(results.programmePages >= 1 && results.programmePages <= 2, `programme: ${results.programmePages} pages`);
  });

  // On each day of one week, since the summary counts the week's planned and done days.
  for (const [d, today] of WEEK.entries()) test(`after a session the client notes effort and pain; "Show my therapist" sums up the weeks, and its link opens the same summary on the clinic's screen (a ${DAY_NAMES[d]})`, async () => {
    // The therapist sends the suggested plan as it is.
    const t = await openApp(ctx.driver, ctx.server.url + "?mode=consult", { today });
    let link;
    try {
      await answerNone(t);
      link = await sendPlanHome(t);
    } finally {
      await t.close();
    }
    const p = await openApp(ctx.driver, link, { width: 375, height: 812, today });
    let summaryLink, tables;
    try {
      await answerNone(p);
      await finishSession(p);
      assert.equal(await p.text("[data-testid=rate-status]"), "", "nothing said before saving");
      await rateAndShowTherapist(p);
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=review]')"), "the summary");
      const weekRow = await p.exec("return [...document.querySelectorAll('[data-testid=review-weeks] tbody tr:last-child td')].map(td => td.textContent)");
      assert.equal(weekRow[0], "1", "one day done this week");
      assert.match(await p.attr("[data-testid=review-chart]", "aria-label"), /Effort: first 6, latest 6\. Pain: first 2, latest 2\./);
      const doneDays = await p.exec("return [...document.querySelectorAll('[data-testid=review-exercises] tbody tr td:first-of-type')].map(td => Number(td.textContent))");
      assert.ok(doneDays.some((d) => d === 1), `an exercise done today: ${doneDays}`);
      assert.ok(await p.exec("return !!document.querySelector('[data-testid=review-qr] path')"), "a QR code");
      summaryLink = await p.exec("return document.querySelector('[data-testid=review-link]').value");
      assert.match(summaryLink, /#r=[A-Z2-7]+$/);
      tables = await p.exec("return ['review-weeks', 'review-exercises', 'review-ratings'].map(id => document.querySelector(`[data-testid=${id}]`).textContent)");
      // Nothing personal travels: the link's code is short, and carries no name or note.
      ctx.results.summaryLinkLength = summaryLink.length;
      await writeFile(join(artifacts, "review-phone-375.png"), await p.screenshot());
    } finally {
      await p.close();
    }
    // The clinic's screen opens the same summary, and keeps nothing.
    const c = await openApp(ctx.driver, summaryLink, { today });
    try {
      await c.until(() => c.exec("return !!document.querySelector('[data-testid=shared-review]')"), "the shared summary");
      const same = await c.exec("return ['review-weeks', 'review-exercises', 'review-ratings'].map(id => document.querySelector(`[data-testid=${id}]`).textContent)");
      assert.deepEqual(same, tables, "the same weeks, exercises and ratings");
      assert.equal(await c.exec("return !!document.querySelector('[data-testid=review-qr]')"), false, "no QR code on the clinic's screen");
      assert.equal(await c.exec("return Object.keys(localStorage).filter(k => k.startsWith('posture-explainer.progress') || k.startsWith('posture-explainer.programme')).length"), 0, "nothing stored");
      assert.equal(await c.exec("return location.hash"), "");
      await writeFile(join(artifacts, "review-clinic-1280.png"), await c.screenshot());
    } finally {
      await c.close();
    }
  });

  test("every exercise shows its movement: on a card (120 px) its start and end poses take turns, in the session (240 px) the skeleton moves; with reduced motion the two poses stand side by side; the worked muscle is named", async () => {
    const figures = (b, scope) => b.exec(`return [...document.querySelectorAll('${scope} .exercise-figure')]
      .filter(e => getComputedStyle(e).display !== 'none')
      .map(e => ({ kind: e.dataset.testid || 'still', height: Math.round(e.getBoundingClientRect().height), animations: e.querySelectorAll('animate').length }))`);
    for (const reducedMotion of [false, true]) {
      const b = await openApp(ctx.driver, ctx.server.url, { width: 375, height: 812, reducedMotion });
      try {
        await answerNone(b);
        const cards = await figures(b, "[data-testid=session-list]");
        assert.ok(cards.length >= 4, `${cards.length} cards`);
        for (const f of cards) {
          assert.ok(f.height >= 120, `a card's figure is ${f.height} px tall`);
          assert.equal(f.kind, reducedMotion ? "exercise-pair" : "exercise-fade", "one figure per card");
        }
        assert.match(await b.text("[data-testid=session-list] .exercise-card:first-child figcaption"), /^Working: /);
        const endShown = () => b.exec("return Number(getComputedStyle(document.querySelector('[data-testid=session-list] .exercise-figure-fade__to') || document.body).opacity)");
        if (!reducedMotion) {
          // The end pose comes and goes: sample for five seconds (one cycle).
          const seen = new Set();
          for (let k = 0; k < 10; k++) {
            seen.add((await endShown()).toFixed(1));
            await new Promise((r) => setTimeout(r, 500));
          }
          assert.ok(seen.has("0.0") && seen.has("1.0"), `the end pose fades in and out: ${[...seen]}`);
        }
        await startSession(b);
        const session = await b.until(async () => { const f = await figures(b, ".session"); return f.length ? f : null; }, "the session figure");
        assert.equal(session.length, 1);
        assert.ok(session[0].height >= 240, `the session's figure is ${session[0].height} px tall`);
        assert.equal(session[0].kind, reducedMotion ? "exercise-pair" : "exercise-moving");
        if (!reducedMotion) {
          assert.ok(session[0].animations > 20, "the skeleton moves joint by joint");
          const thigh = () => b.exec("const p = document.querySelector('.session .exercise-figure--moving .fig-body__thigh'); return getComputedStyle(p).d");
          const before = await thigh();
          await new Promise((r) => setTimeout(r, 1000));
          assert.notEqual(await thigh(), before, "the drawing moves");
        }
        await writeFile(join(artifacts, `exercise-session-375${reducedMotion ? "-still" : ""}.png`), await b.screenshot());
      } finally {
        await b.close();
      }
    }
  });

  test("the clinic's screen in consultation mode keeps no client's safety answers; a person's own device keeps them", async () => {
    const b = await openApp(ctx.driver, ctx.server.url);
    try {
      // A person's own device: answers are kept.
      await b.exec("document.querySelector('#answer-knee').click()");
      await b.until(() => b.exec("return !!localStorage.getItem('posture-explainer.screening')"), "the answers stored");
      assert.match(await b.exec("return localStorage.getItem('posture-explainer.screening')"), new RegExp(`"answered":"${b.today}"`), "with the day they were given (the browser's pinned date)");
      await b.exec("localStorage.clear()");
      // The clinic's screen: the answers work for this client, and nothing is stored.
      await b.go(ctx.server.url + "?mode=consult");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=consult-bar]') && !document.querySelector('[data-testid=starting-note]')"), "consultation mode");
      await b.exec("document.querySelector('#answer-no-flags').click(); document.querySelector('#answer-knee').click()");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan for this client");
      assert.match(await b.text("[data-testid=plan-changes]"), /standing lunge stretch replaces lunge stretch/);
      assert.equal(await b.exec("return localStorage.getItem('posture-explainer.screening')"), null, "not stored on the clinic's screen");
      // The next client starts with no answers, even with some kept from an earlier visit in page mode.
      await b.exec(`localStorage.setItem('posture-explainer.screening', JSON.stringify({ version: 2, answered: '${b.today}', answers: 'no-flags knee' }))`);
      await b.go(ctx.server.url + "?mode=consult&x=1");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=consult-bar]') && !document.querySelector('[data-testid=starting-note]')"), "consultation mode again");
      assert.ok(await b.exec("return !!document.querySelector('[data-testid=plan-waiting]')"), "the safety questions are asked afresh");
      assert.equal(await b.exec("return document.querySelector('#answer-knee').checked"), false);
    } finally {
      await b.close();
    }
  });
}
