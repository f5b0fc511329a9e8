// Languages, end to end on the release build: the Polish page (dist/pl/) prerendered in Polish
// and hydrated by its own wasm, the switch in the header keeping the settings, a programme sent
// from an English screen opening in Polish on a Polish phone, the handout and the calendar file
// in Polish, and axe-core's WCAG checks on the Polish page at 1280 and 375.
// The words expected are read from the language files themselves (src/model/words/*.rs), so a
// test checks the page shows that file's words, whatever the translation says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ANSWER_NONE, KEYS, answerNone, openApp, serveStatic, startSession } from "./harness.mjs";
import { axe } from "./trust.mjs";

/** A fixed sentence of a language file: `item` is "module::NAME" (a top-level module) or "NAME",
 * or "module::NAME.field" for a field of a text struct (`safety::EMERGENCY.heading`). */
async function words(lang, item) {
  const src = await readFile(new URL(`../../src/model/words/${lang}.rs`, import.meta.url), "utf8");
  const [path, field] = item.split(".");
  const [mod, name] = path.includes("::") ? path.split("::") : [null, path];
  const start = mod ? src.indexOf(`pub mod ${mod} {`) : 0;
  assert.ok(start >= 0, `${lang}.rs has pub mod ${mod}`);
  const pattern = field
    ? `pub const ${name}: \\w+ = \\w+ \\{[^]*?\\b${field}:\\s*"((?:[^"\\\\]|\\\\.)*)"`
    : `pub const ${name}: &str =\\s*"((?:[^"\\\\]|\\\\.)*)"`;
  const m = src.slice(start).match(new RegExp(pattern));
  assert.ok(m, `${lang}.rs has ${item}`);
  return m[1].replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/\\(.)/g, "$1");
}

const SETTINGS = "?hip_flexors=8&hamstrings=7&glutes=3&core=2&sitting=11&activity=30";

export function languageTests(ctx) {
  const open = (path, opts) => openApp(ctx.driver, ctx.server.url + path, opts);

  test("the Polish page is prerendered in Polish, names both languages' pages, and hydrates", async () => {
    const html = await (await fetch(ctx.server.url + "pl/")).text();
    assert.match(html, /<html lang="pl">/);
    assert.ok(html.includes(`<title>${await words("pl", "document::TITLE")}</title>`), "the Polish title");
    assert.match(html, /<link rel="alternate" hreflang="en-GB" href="\.\.\/" \/>/);
    assert.match(html, /<link rel="alternate" hreflang="pl" href="\.\.\/pl\/" \/>/);
    assert.ok(html.includes(await words("pl", "page::LEDE")), "the prerendered lede in Polish");
    assert.ok(!html.includes(await words("en", "page::LEDE")), "no English lede");
    const root = await (await fetch(ctx.server.url)).text();
    assert.match(root, /<html lang="en-GB">/);
    assert.match(root, /<link rel="alternate" hreflang="pl" href="pl\/" \/>/);

    const b = await open("pl/" + SETTINGS, { width: 1280, height: 900 });
    try {
      assert.equal(await b.exec("return document.querySelector('#in-hip-flexors').value"), "8", "the address's settings");
      assert.equal(await b.text("h1"), await words("pl", "page::TITLE"));
      assert.equal(await b.text("[data-testid=translation-status]"), await words("pl", "TRANSLATION_STATUS"));
      // Its own page's link is marked; the English one leads back.
      assert.equal(await b.attr("[data-testid=language-pl]", "aria-current"), "page");
      assert.equal(await b.text("[data-testid=language-en-GB]"), "English");
      await b.exec(ANSWER_NONE);
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan");
      assert.equal(await b.text("#plan-heading"), await words("pl", "plan::HEADING"));
    } finally {
      await b.close();
    }
  });

  test("the language switch keeps the settings, and the choice is remembered", async () => {
    // Consultation mode may always show the translation.
    const b = await open(SETTINGS + "&mode=consult", { width: 1280, height: 900 });
    try {
      await b.click("[data-testid=language-pl]");
      await b.until(() => b.exec("return document.documentElement.lang === 'pl' && !!document.querySelector('#in-hip-flexors') && performance.getEntriesByName('islands-hydrated').length > 0"), "the Polish page");
      assert.match(await b.exec("return location.pathname"), /\/pl\/$/);
      assert.equal(await b.exec("return document.querySelector('#in-glutes').value"), "3", "the settings came along");
      assert.equal(await b.exec("return document.querySelector('[data-testid=consult-toggle]').getAttribute('aria-pressed')"), "true", "still in consultation mode");
      assert.equal(await b.exec("return localStorage.getItem('posture-explainer.language')"), "pl");
      // And back, by keyboard.
      await b.keys("[data-testid=language-en-GB]", KEYS.Enter);
      await b.until(() => b.exec("return document.documentElement.lang === 'en-GB' && performance.getEntriesByName('islands-hydrated').length > 0"), "the English page");
      assert.equal(await b.exec("return document.querySelector('#in-hamstrings').value"), "7");
      assert.equal(await b.exec("return localStorage.getItem('posture-explainer.language')"), "en-GB");
    } finally {
      await b.close();
    }
  });

  test("the public page offers Polish only when clinic.json does, and a Polish phone opens it; the handout, calendar and a programme sent from an English screen are in Polish", async () => {
    // Without the clinic's word, a Polish phone stays on the English page, with no switch.
    const plain = await open(SETTINGS, { width: 375, height: 812, lang: "pl-PL,pl" });
    try {
      await sleep(800);
      assert.equal(await plain.exec("return document.documentElement.lang"), "en-GB");
      assert.equal(await plain.exec("return !!document.querySelector('[data-testid=language-switch]')"), false);
    } finally {
      await plain.close();
    }
    const dir = await mkdtemp(join(tmpdir(), "languages-"));
    await cp(ctx.dist, dir, { recursive: true });
    await writeFile(join(dir, "clinic.json"), JSON.stringify({ name: "Quayside Physio", languages: ["en-GB", "pl"] }));
    const site = await serveStatic(dir, { "content-security-policy": ctx.csp });
    try {
      // An English visitor sees the switch and stays in English.
      const en = await openApp(ctx.driver, site.url + SETTINGS, { width: 1280, height: 900 });
      try {
        await en.until(() => en.exec("return !!document.querySelector('[data-testid=language-switch]')"), "the switch");
        assert.equal(await en.exec("return document.documentElement.lang"), "en-GB");
      } finally {
        await en.close();
      }
      // A link made on an English screen (the programme's code is in the fragment, with no
      // language in it) opens in Polish on a Polish phone, with everything in the address.
      const p = await openApp(ctx.driver, site.url + SETTINGS + "#from-english", { width: 375, height: 812, lang: "pl-PL,pl" });
      try {
        await p.until(() => p.exec("return document.documentElement.lang === 'pl' && performance.getEntriesByName('islands-hydrated').length > 0"), "the Polish page");
        assert.match(await p.exec("return location.pathname + location.search + location.hash"), /\/pl\/\?hip_flexors=8.*#from-english$/);
        assert.equal(await p.text("[data-testid=clinic-name]"), "Quayside Physio", "the clinic's settings, from ../clinic.json");
        await p.exec(`window.__downloads = []; const orig = URL.createObjectURL;
          URL.createObjectURL = (blob) => { window.__downloads.push(blob); return orig(blob); };`);
        await p.exec(ANSWER_NONE);
        await p.until(() => p.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan");
        // The handout: what print media shows of the plan.
        await p.cdp("Emulation.setEmulatedMedia", { media: "print" });
        const handout = await p.exec("return document.querySelector('#plan').innerText");
        assert.ok(handout.includes(await words("pl", "plan::HEADING")), "the handout's heading in Polish");
        assert.ok(!handout.includes(await words("en", "plan::DISCLAIMER")), "no English disclaimer");
        await p.cdp("Emulation.setEmulatedMedia", { media: "" });
        await p.click("[data-testid=calendar]");
        const ics = await p.until(() => p.exec("return window.__downloads.length ? window.__downloads[0].text() : null"), "the calendar file");
        assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assert.doesNotMatch(ics, /SUMMARY:[^\r]*(stretch|Stretch|exercises)/, "no English summary in the calendar file");
        assert.ok(!ics.includes("mild tension"), "no English description in the calendar file");
        await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "pl-375.png"), await p.screenshot());
      } finally {
        await p.close();
      }
      // The therapist's programme, sent from the English consultation screen (the programme
      // tests build it): on a Polish phone it opens in Polish, saved on the device.
      assert.ok(ctx.programmeLink, "the programme tests made a link");
      const sent = new URL(ctx.programmeLink);
      const q = await openApp(ctx.driver, site.url + sent.search + sent.hash, { width: 375, height: 812, lang: "pl-PL,pl" });
      try {
        await q.until(() => q.exec("return document.documentElement.lang === 'pl' && performance.getEntriesByName('islands-hydrated').length > 0"), "the Polish page");
        // Every caution applies: the safety questions first, then the programme.
        await q.exec(ANSWER_NONE);
        await q.until(() => q.exec("return !!document.querySelector('[data-testid=programme-head]')"), "the programme on the Polish page");
        assert.match(await q.exec("return location.pathname"), /\/pl\/$/);
        const head = await q.text("[data-testid=programme-head] h3");
        assert.doesNotMatch(head, /Your programme|December/, "the programme's heading in Polish");
        assert.match(head, /grudnia 20\d\d/, "its date in Polish");
        assert.match(await q.text("[data-testid=programme-note]"), /Little and often\. Ring us if it spreads\./, "the therapist's own note, as written");
        await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "pl-programme-375.png"), await q.screenshot());
      } finally {
        await q.close();
      }
    } finally {
      await site.close();
    }
  });

  test("a Polish-speaking client goes the whole way in Polish: a warning sign, the guided session to its end, its rating and progress", async () => {
    const b = await open("pl/" + SETTINGS, { width: 375, height: 812 });
    try {
      await b.exec("localStorage.clear()");
      // A warning sign stops the plan and sends the person for help, in Polish.
      await b.click("#answer-saddle");
      assert.equal(await b.attr("[data-testid=seek-help]", "data-tier"), "emergency");
      const help = await b.text("[data-testid=seek-help]");
      assert.ok(help.includes(await words("pl", "safety::EMERGENCY.heading")), help);
      assert.ok(!help.includes(await words("en", "safety::EMERGENCY.heading")), "no English heading");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=start-session]')"), false, "no session while a warning sign is ticked");
      await b.click("#answer-saddle");
      await answerNone(b);
      // The re-check before the session, then the session itself.
      await b.click("[data-testid=start-session]");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=recheck-start]')"), "the re-check");
      assert.equal(await b.text("[data-testid=recheck-start]"), await words("pl", "safety::RECHECK_NO"));
      await b.click("[data-testid=recheck-start]");
      await b.until(() => b.exec("return !!document.querySelector('[data-testid=session]')"), "the session");
      assert.equal(await b.text("[data-testid=session-phase]"), "Przyjmij pozycję");
      assert.match(await b.exec("return document.querySelector('[data-testid=session-announce]').textContent"), /^Krok 1 z \d+: .+, Powtórzenie 1 z \d+\. Przyjmij pozycję\.$/);
      // Through every step, with the clock a thousand times faster, saying "Done" to each set.
      const announced = new Set();
      await b.exec("const real = Date.now.bind(Date); const t0 = real(); Date.now = () => t0 + (real() - t0) * 1000;");
      const done = await words("pl", "session::DONE_NEXT");
      await b.until(async () => {
        const said = await b.exec("const e = document.querySelector('[data-testid=session-announce]'); return e ? e.textContent : null");
        if (said) announced.add(said);
        if (await b.exec("return !!document.querySelector('[data-testid=session-done]')")) return true;
        await b.exec(`const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent === ${JSON.stringify(done)}); if (d) d.click();`);
        return false;
      }, "the session to finish", 30000);
      const said = [...announced].join("\n");
      assert.match(said, /Utrzymaj pozycję/, "holds announced in Polish");
      // Every step in Polish words, on any day (some days have no strengthening sets).
      for (const line of announced) assert.match(line, /^Krok \d+ z \d+: .+, (Powtórzenie|Seria) \d+ z \d+\./, line);
      assert.doesNotMatch(said, /Step|Repetition|Set \d|Hold|Get into position|Paused/, said);
      const end = await b.text("[data-testid=session-done]");
      assert.ok(end.startsWith(await words("pl", "session::WELL_DONE")), end);
      assert.match(end, /Ukończone utrzymania pozycji i serie: \d+ z \d+\. Zapisano na tym urządzeniu\./);
      // The rating, saved, and its message only after it was.
      await b.exec("const s = document.getElementById('rate-pain'); s.value = '8'; s.dispatchEvent(new Event('change', { bubbles: true }));");
      assert.equal(await b.text("[data-testid=rate-status]"), "");
      await b.click("[data-testid=rate-save]");
      assert.equal(await b.text("[data-testid=rate-status]"), await words("pl", "review::RATING_SAVED"));
      assert.equal(await b.text("[data-testid=rate-high-pain]"), await words("pl", "review::HIGH_PAIN"));
      await b.keys("[data-testid=session]", "\uE00C"); // Escape closes
      // Progress, kept on the device and counted in Polish.
      await b.until(async () => /w tym tygodniu 1 sesja\./.test(await b.text("[data-testid=progress-summary]")), "the session to be recorded");
      assert.match(await b.text("[data-testid=progress-summary]"), /^1 sesja w ciągu ostatnich 8 tygodni; w tym tygodniu 1 sesja\. Obecna seria: 1 dzień z rzędu\.$/);
      await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "pl-session-done-375.png"), await b.screenshot());
    } finally {
      await b.close();
    }
  });

  test("the Polish page passes axe-core's WCAG AA checks at 1280 and 375, light and dark", async () => {
    const report = {};
    for (const [width, height] of [[1280, 900], [375, 812]]) {
      for (const dark of [false, true]) {
        const media = dark ? [{ name: "prefers-color-scheme", value: "dark" }] : [];
        const b = await open("pl/" + SETTINGS + "&mode=consult", { width, height, media });
        try {
          await b.exec(ANSWER_NONE);
          await b.until(() => b.exec("return !!document.querySelector('[data-testid=plan]')"), "the plan");
          await sleep(500);
          report[`pl ${width}${dark ? " dark" : ""}`] = await axe(b);
          await writeFile(join(ctx.root, "tests", "e2e", "artifacts", `pl-${width}${dark ? "-dark" : ""}.png`), await b.screenshot());
        } finally {
          await b.close();
        }
      }
    }
    ctx.results["axe polish"] = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.length]));
    for (const [name, violations] of Object.entries(report)) assert.deepEqual(violations, [], name);
  });
}
