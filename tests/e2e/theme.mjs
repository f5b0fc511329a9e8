// Themes, end to end on the release build: the dark theme when the device asks for it (WCAG AA
// by axe-core, the figure, charts and a clinic's accent in it, the QR code still dark on light,
// printing still light) and Windows' contrast themes (forced colours), where the figure's
// meaning rests on its lines, not its colours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ANSWER_NONE, openApp } from "./harness.mjs";
import { axe } from "./trust.mjs";

const DARK = [{ name: "prefers-color-scheme", value: "dark" }];
const FORCED = [{ name: "forced-colors", value: "active" }, { name: "prefers-color-scheme", value: "dark" }];

/** Relative luminance of a computed `rgb(r, g, b)` colour (WCAG 2.x). */
const LUMINANCE = `const lum = (c) => { const [r, g, b] = c.match(/[0-9.]+/g).map(Number).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };`;

export function themeTests(ctx) {
  const open = (path, opts) => openApp(ctx.driver, ctx.server.url + path, opts);

  test("in the dark theme the page is dark, passes axe-core's WCAG AA checks at 1280 and 375, and the QR code stays dark on light", async () => {
    const views = [
      ["main page", "", null],
      ["plan", "?hip_flexors=8&hamstrings=8&glutes=2&core=2&sitting=11&activity=30", `${ANSWER_NONE} setTimeout(() => document.querySelector('[data-testid=session-list]').scrollIntoView(), 100)`],
      ["red-flag advice", "", "document.querySelector('#answer-saddle').click()"],
      ["consultation QR", "?mode=consult", "document.querySelector('[data-testid=qr-button]').click()"],
      ["embedded, with a dark accent", "?embed=1&clinic=Harbour%20Sports%20Massage&booking=https%3A%2F%2Fexample.com%2Fbook&accent=%23123456", null],
      ["phone, main page", "", null, 375],
      ["phone, plan", "?hip_flexors=8&hamstrings=8&glutes=2&core=2&sitting=11&activity=30", ANSWER_NONE, 375],
    ];
    const report = {};
    for (const [name, path, action, width = 1280] of views) {
      const b = await open(path, { width, height: width < 600 ? 812 : 900, media: DARK });
      try {
        if (action) await b.exec(action);
        await sleep(700);
        report[name] = await axe(b);
        if (name === "phone, plan") await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "dark-375.png"), await b.screenshot());
        if (name === "main page") {
          const [paper, ink] = await b.exec("const s = getComputedStyle(document.body); const r = getComputedStyle(document.documentElement); return [r.backgroundColor, s.color]");
          const [lp, li] = await b.exec(`${LUMINANCE} return [lum(arguments[0]), lum(arguments[1])]`, paper, ink);
          assert.ok(lp < 0.02 && li > 0.6, `dark paper (${paper}) and light text (${ink})`);
          // The figure and the chart take the theme's colours: the tilt line is the dark theme's.
          const tilt = await b.exec("return getComputedStyle(document.querySelector('.chart__svg [stroke=\"#0A6E5C\" i]')).stroke");
          assert.equal(tilt, "rgb(79, 194, 168)", "the chart's tilt line in the dark theme's colour");
          const chartPaper = await b.exec("return getComputedStyle(document.querySelector('.chart__svg [fill=\"#FFFFFF\" i]')).fill");
          assert.notEqual(chartPaper, "rgb(255, 255, 255)", "the chart's background is not left white");
          await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "dark-1280.png"), await b.screenshot());
        }
        if (name === "consultation QR") {
          const [back, mark] = await b.exec("const q = document.querySelector('[data-testid=qr]'); const rects = q.querySelectorAll('[fill]'); return [getComputedStyle(rects[0]).fill, getComputedStyle(rects[rects.length - 1]).fill]");
          assert.deepEqual([back, mark], ["rgb(255, 255, 255)", "rgb(0, 0, 0)"], "the QR code is black on white");
        }
        if (name === "embedded, with a dark accent") {
          // #123456 is too dark to read on the dark page: the theme lightens it, to AA.
          const [accent, bg] = await b.exec("const r = getComputedStyle(document.documentElement); return [r.getPropertyValue('--accent-ink').trim(), r.getPropertyValue('--card').trim()]");
          assert.notEqual(accent, "#123456");
          const contrast = await b.exec(`const lum = (h) => [1,3,5].map(i => parseInt(h.slice(i, i + 2), 16) / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4).reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i], 0);
            const [a, b] = [lum(arguments[0]), lum(arguments[1])]; return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);`, accent, bg);
          assert.ok(contrast >= 4.5, `the accent ${accent} reads on the dark cards ${bg}: ${contrast.toFixed(2)}`);
        }
      } finally {
        await b.close();
      }
    }
    ctx.results["axe dark"] = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.length]));
    for (const [name, violations] of Object.entries(report)) assert.deepEqual(violations, [], `${name}, dark`);
  });

  test("every word drawn in the figure stays inside it, for the most extreme settings either way, in each language", async () => {
    const extremes = ["?hip_flexors=10&hamstrings=10&glutes=0&core=0&sitting=16&activity=0", "?hip_flexors=0&hamstrings=10&glutes=10&core=10&sitting=0&activity=600", "?hip_flexors=10&hamstrings=0&glutes=0&core=0&sitting=16&activity=0"];
    for (const path of [...extremes, ...extremes.map((p) => "pl/" + p)]) {
      const b = await open(path, { width: 1280, height: 900 });
      try {
        await sleep(900);
        const out = await b.exec(`const svg = document.querySelector('.figure__svg'); const vb = svg.viewBox.baseVal;
          return [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBBox()]).filter(([, r]) => r.width > 0 && (r.x < vb.x - 0.5 || r.y < vb.y - 0.5 || r.x + r.width > vb.x + vb.width + 0.5 || r.y + r.height > vb.y + vb.height + 0.5)).map(([s]) => s);`);
        assert.deepEqual(out, [], `${path}: words past the figure's edge`);
      } finally {
        await b.close();
      }
    }
  });

  test("printing is light even when the screen is dark", async () => {
    const b = await open("?hip_flexors=8&hamstrings=8&glutes=2&core=2", { width: 1280, height: 900, media: DARK });
    try {
      await b.cdp("Emulation.setEmulatedMedia", { media: "print", features: DARK });
      const [paper, ink] = await b.exec("return [getComputedStyle(document.documentElement).getPropertyValue('--paper').trim(), getComputedStyle(document.body).color]");
      assert.equal(paper, "#fbfaf7", "the light paper when printed");
      const l = await b.exec(`${LUMINANCE} return lum(arguments[0])`, ink);
      assert.ok(l < 0.05, `dark text when printed (${ink})`);
    } finally {
      await b.close();
    }
  });

  test("in forced colours the figure's muscles keep their meaning by line: tight thick and solid, weak dashed, and the key says so", async () => {
    const path = "?hip_flexors=9&hamstrings=8&glutes=1&core=1&sitting=12&activity=0";
    const b = await open(path, { width: 1280, height: 900, media: FORCED });
    try {
      assert.equal(await b.exec("return matchMedia('(forced-colors: active)').matches"), true, "forced colours emulated");
      const lines = await b.exec(`
        const of = (state) => { const p = document.querySelector('.fig-muscle.muscle--' + state + ' path'); if (!p) return null;
          const s = getComputedStyle(p); return { width: parseFloat(s.strokeWidth), dash: s.strokeDasharray, stroke: s.stroke }; };
        return { tight: of('tight'), weak: of('weak'), busy: of('busy') };`);
      assert.ok(lines.tight && lines.weak, "this person has tight and weak muscles");
      assert.equal(lines.tight.dash, "none", "tight: solid");
      assert.notEqual(lines.weak.dash, "none", "weak: dashed");
      assert.ok(lines.tight.width >= 2 * lines.weak.width, `tight (${lines.tight.width}) thicker than weak (${lines.weak.width})`);
      // One system colour for every muscle: the meaning cannot rest on colour.
      assert.equal(lines.tight.stroke, lines.weak.stroke, "tight and weak in the same colour");
      if (lines.busy) {
        assert.notEqual(lines.busy.dash, "none", "working harder: long dashes");
        assert.notEqual(lines.busy.dash, lines.weak.dash, "working harder and weak dashed differently");
      }
      assert.match(await b.text("[data-testid=key-lines]"), /Thick solid line: tight\. Short dashes: weak\./);
      await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "forced-colours-1280.png"), await b.screenshot());
      assert.deepEqual(await axe(b), [], "axe in forced colours");
    } finally {
      await b.close();
    }
    // The Polish page on a phone: the same lines, and its key in Polish.
    const p = await open("pl/" + path, { width: 375, height: 812, media: FORCED });
    try {
      const dash = await p.exec("const q = (s) => { const e = document.querySelector('.fig-muscle.muscle--' + s + ' path'); return e && getComputedStyle(e).strokeDasharray; }; return [q('tight'), q('weak')]");
      assert.equal(dash[0], "none");
      assert.notEqual(dash[1], "none");
      assert.doesNotMatch(await p.text("[data-testid=key-lines]"), /Thick solid line/, "the key in Polish");
      await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "forced-colours-pl-375.png"), await p.screenshot());
      assert.deepEqual(await axe(p), [], "axe in forced colours, Polish, 375");
    } finally {
      await p.close();
    }
  });
}
