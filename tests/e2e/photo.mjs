// Measuring from a photo, end to end on the release build: photos drawn by the test (a side
// view with two stickers on the pelvis at a known tilt, a door frame as a true vertical), one
// mirrored and one taken with a leaning camera, marked by mouse and keyboard as a therapist would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { answerNone, degrees, openApp } from "./harness.mjs";
import { finishSession, rateAndShowTherapist, sendPlanHome } from "./fixtures.mjs";
import { axe } from "./trust.mjs";

const TILT = 12;

/** Draws a 1200 x 900 side photo in the page and gives it to the photo input, as choosing a file
 * would. `kind`: "plain", "mirrored" (the other side) or "leaning" (camera turned 15 degrees).
 * Returns where the stickers and the door frame's ends are, in the drawing's pixels. */
function givePhoto(b, kind) {
  return b.exec(
    `const [kind, tilt] = arguments;
    const W = 1200, H = 900, c = document.createElement('canvas');
    c.width = W; c.height = H;
    const g = c.getContext('2d');
    g.fillStyle = '#d8d4cc'; g.fillRect(0, 0, W, H);
    const m = new DOMMatrix();
    if (kind === 'leaning') { m.translateSelf(W / 2, H / 2); m.rotateSelf(15); m.translateSelf(-W / 2, -H / 2); }
    if (kind === 'mirrored') { m.translateSelf(W, 0); m.scaleSelf(-1, 1); }
    g.setTransform(m);
    g.fillStyle = '#6b4f3a'; g.fillRect(996, 20, 12, 860);
    g.fillStyle = '#c49a86'; g.fillRect(380, 140, 360, 620);
    const t = tilt * Math.PI / 180, L = 300;
    const psis = [420, 480], asis = [420 + L * Math.cos(t), 480 + L * Math.sin(t)];
    g.fillStyle = '#e00000';
    for (const [x, y] of [psis, asis]) { g.beginPath(); g.arc(x, y, 7, 0, 2 * Math.PI); g.fill(); }
    const at = ([x, y]) => { const p = m.transformPoint(new DOMPoint(x, y)); return [p.x, p.y]; };
    const bytes = Uint8Array.from(atob(c.toDataURL('image/png').split(',')[1]), (ch) => ch.charCodeAt(0));
    const file = new File([bytes], 'side-' + kind + '.png', { type: 'image/png' });
    const input = document.querySelector('[data-testid=photo-file]');
    const dt = new DataTransfer(); dt.items.add(file); input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return { W, psis: at(psis), asis: at(asis), top: at([1002, 200]), bottom: at([1002, 700]) };`,
    kind,
    TILT
  );
}

/** Clicks the photo where the drawing's point `p` is, with the mouse. */
async function mark(b, which, p, drawnWidth) {
  await b.click(`[data-testid=photo-point-${which}]`);
  const at = await b.exec(
    `const [x, y, drawn] = arguments; const svg = document.querySelector('[data-testid=photo]');
    const vb = svg.viewBox.baseVal, k = vb.width / drawn, r = svg.getBoundingClientRect();
    return [r.left + x * k * r.width / vb.width, r.top + y * k * r.height / vb.height];`,
    p[0],
    p[1],
    drawnWidth
  );
  await b.cmd("POST", "/actions", {
    actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", x: Math.round(at[0]), y: Math.round(at[1]), origin: "viewport" }, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }] }],
  });
  await b.until(() => b.exec("return !/not marked/.test(document.querySelector(arguments[0]).textContent)", `[data-testid=photo-at-${which}]`), `${which} marked`);
}

async function photoReady(b) {
  await b.until(() => b.exec("return !!document.querySelector('[data-testid=photo] image')"), "the photo", 15000);
  await b.exec("document.querySelector('[data-testid=photo]').scrollIntoView({ block: 'center' })");
}

const tiltRead = async (b) => Number(await b.attr("[data-testid=photo-tilt]", "data-tilt"));

export function photoTests(ctx) {
  test("a side photo's stickers give the pelvic tilt, by mouse and keyboard, mirrored or with a leaning camera corrected, and the photo is let go", async () => {
    const b = await openApp(ctx.driver, ctx.server.url, { width: 1280, height: 900 });
    try {
      assert.match(await b.text("[data-testid=photo-privacy]"), /not saved on this device, not sent anywhere, and never put in a link or a QR code/);

      // A file that is not a photo: a clear message, and nothing is kept.
      await b.exec(
        `const input = document.querySelector('[data-testid=photo-file]'); const dt = new DataTransfer();
        dt.items.add(new File(['not a photo'], 'notes.txt', { type: 'text/plain' })); input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));`
      );
      await b.until(() => b.exec("return /not a photo this browser can open/.test(document.querySelector('[data-testid=photo-status]')?.textContent)"), "the not-a-photo message");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=photo]')"), false);

      // The plain photo: both stickers by mouse.
      let drawn = await givePhoto(b, "plain");
      await photoReady(b);
      assert.equal(await b.exec("return document.querySelector('[data-testid=photo]').viewBox.baseVal.width"), 1600, "scaled to 1600 px wide");
      await mark(b, "psis", drawn.psis, drawn.W);
      await mark(b, "asis", drawn.asis, drawn.W);
      const plain = await tiltRead(b);
      assert.ok(Math.abs(plain - TILT) < 0.6, `read ${plain}, drawn ${TILT}`);
      assert.match(await b.text("[data-testid=photo-result]"), /give or take about 3°/);
      assert.match(await b.text("[data-testid=photo-result]"), /camera is taken to have been level/);
      // Beside the model's tilt, never in its place: the sliders stay where they were.
      assert.equal(degrees((await b.text("[data-testid=measured-pelvic-tilt]")).split(" ")[0]), Math.round(plain));
      await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "photo-1280.png"), await b.screenshot());
      assert.deepEqual(await axe(b), [], "axe-core: no WCAG 2.2 AA violation with a photo marked");

      // The keyboard: Shift+arrow moves the chosen point 10 px, an arrow 1 px.
      const before = await b.text("[data-testid=photo-at-asis]");
      await b.exec("document.querySelector('[data-testid=photo]').focus()");
      const [SHIFT, DOWN, UP] = ["\uE008", "\uE015", "\uE013"];
      await b.cmd("POST", "/actions", {
        actions: [{ type: "key", id: "keyboard", actions: [SHIFT, DOWN].map((value) => ({ type: "keyDown", value })).concat([DOWN, SHIFT].map((value) => ({ type: "keyUp", value })), [{ type: "keyDown", value: UP }, { type: "keyUp", value: UP }]) }],
      });
      const [, x0, y0] = before.match(/at (\d+), (\d+)/).map(Number);
      const [, x1, y1] = (await b.text("[data-testid=photo-at-asis]")).match(/at (\d+), (\d+)/).map(Number);
      assert.deepEqual([x1 - x0, y1 - y0], [0, 9], `${before} -> ${x1}, ${y1}`);
      assert.ok((await tiltRead(b)) > plain, "the front point lower: more forward tilt");

      // The figure outlines its pelvis at the measured tilt, over the model's own, and its key
      // says what the dotted outline is.
      const [outline, pelvis] = await b.exec("return [document.querySelector('[data-testid=figure-measured]')?.getAttribute('d'), document.querySelector('.fig-pelvis')?.getAttribute('d')]");
      assert.ok(outline && pelvis && outline !== pelvis, "a measured outline beside the figure's pelvis");
      assert.match(await b.text(".muscle-key"), /Dotted outline: the pelvis at the tilt measured from the photo/);
      // Plus and minus zoom; Delete clears the chosen point, and the measurement with it.
      const press = (value) => b.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value }, { type: "keyUp", value }] }] });
      const width = () => b.exec("return document.querySelector('[data-testid=photo]').getAttribute('width')");
      await press("+");
      assert.equal(await width(), "200%", "plus zooms in");
      await press("-");
      assert.equal(await width(), "100%", "minus zooms out");
      await press("\uE017");
      assert.equal(await b.text("[data-testid=photo-at-asis]"), "Front of the pelvis (ASIS): not marked yet", "Delete clears the chosen point");
      await b.until(() => b.exec("return !document.querySelector('[data-testid=figure-measured]') && !document.querySelector('[data-testid=photo-tilt]')"), "the measurement gone with the point");

      // The other side of the body: the same tilt.
      drawn = await givePhoto(b, "mirrored");
      await photoReady(b);
      assert.equal(await b.text("[data-testid=photo-at-psis]"), "Back of the pelvis (PSIS): not marked yet", "a new photo starts unmarked");
      await mark(b, "psis", drawn.psis, drawn.W);
      await mark(b, "asis", drawn.asis, drawn.W);
      const mirrored = await tiltRead(b);
      assert.ok(Math.abs(mirrored - TILT) < 0.6, `mirrored read ${mirrored}`);

      // A camera leaning 15 degrees: wrong without the vertical, right with it.
      drawn = await givePhoto(b, "leaning");
      await photoReady(b);
      await mark(b, "psis", drawn.psis, drawn.W);
      await mark(b, "asis", drawn.asis, drawn.W);
      const leaning = await tiltRead(b);
      assert.ok(Math.abs(leaning - TILT) > 10, `uncorrected ${leaning}`);
      await mark(b, "vertical-top", drawn.top, drawn.W);
      await mark(b, "vertical-bottom", drawn.bottom, drawn.W);
      const corrected = await tiltRead(b);
      assert.ok(Math.abs(corrected - TILT) < 0.8, `corrected ${corrected}`);
      assert.match(await b.text("[data-testid=photo-result]"), /Corrected by the vertical you marked/);

      // Nothing of the photo is kept: not in storage, not in the address; closing lets it go.
      const href = await b.attr("[data-testid=photo] image", "href");
      assert.match(href, /^blob:/);
      const kept = await b.exec("return JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage)) + location.href");
      assert.doesNotMatch(kept, /blob:|image|photo/i);
      await b.click("[data-testid=photo-close]");
      await b.until(() => b.exec("return !document.querySelector('[data-testid=photo]')"), "the photo gone");
      const gone = await b.cmd("POST", "/execute/async", { script: "const done = arguments[arguments.length - 1]; const i = new Image(); i.onload = () => done('still there'); i.onerror = () => done('released'); i.src = arguments[0];", args: [href] });
      assert.equal(gone, "released");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=measured-pelvic-tilt]')"), false, "closed: no number beside the model's");
    } finally {
      await b.close();
    }
  });

  test("the photo measurement goes home with the therapist's programme and comes back in \"Show my therapist\", numbers only; later photos are set against it with their error", async () => {
    const t = await openApp(ctx.driver, ctx.server.url + "?mode=consult", { width: 1280, height: 900 });
    let link, first, summaryLink;
    try {
      await answerNone(t);
      const drawn = await givePhoto(t, "plain");
      await photoReady(t);
      await mark(t, "psis", drawn.psis, drawn.W);
      await mark(t, "asis", drawn.asis, drawn.W);
      first = await tiltRead(t);
      link = await sendPlanHome(t);
      assert.match(await t.text("[data-testid=builder-measured]"), new RegExp(`pelvic tilt ${Math.round(first)}° .*the numbers only, never the photo`));
      assert.doesNotMatch(link, /blob:|data:/, "no photo in the link");
    } finally {
      await t.close();
    }
    // The client's phone: the programme says what was measured, and when.
    const p = await openApp(ctx.driver, link, { width: 375, height: 812 });
    try {
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=programme-notice]')"), "the programme saved");
      await answerNone(p);
      assert.match(await p.text("[data-testid=programme-measured]"), new RegExp(`^Measured from a photo at the clinic on \\d{1,2} \\w+ 20\\d\\d: pelvic tilt ${Math.round(first)}° \\(give or take about 3°\\)`));
      // Measured again (the same photo, stickers placed 2 px apart): the page says the
      // difference is within measurement error, and claims no change.
      const drawn = await givePhoto(p, "plain");
      await photoReady(p);
      await mark(p, "psis", drawn.psis, drawn.W);
      await mark(p, "asis", [drawn.asis[0], drawn.asis[1] + 2], drawn.W);
      assert.match(await p.text("[data-testid=photo-earlier]"), new RegExp(`^Measured before, on .*: ${Math.round(first)}°\\.$`));
      assert.match(await p.text("[data-testid=photo-change]"), /is within measurement error: two photos must differ by more than 7\.5°/);
      // "Show my therapist" carries the measurement too (numbers only).
      await finishSession(p);
      await rateAndShowTherapist(p);
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=review-measured]')"), "the measurement in the summary");
      summaryLink = await p.exec("return document.querySelector('[data-testid=review-link]').value");
      assert.match(summaryLink, /#r=[A-Z2-7]+$/);
    } finally {
      await p.close();
    }
    // The next consultation: the clinic's screen opens the summary, and a new photo whose
    // front sticker sits 70 px lower is set against the first, each with its error.
    const c = await openApp(ctx.driver, summaryLink, { width: 1280, height: 900 });
    try {
      await c.until(() => c.exec("return !!document.querySelector('[data-testid=shared-review] [data-testid=review-measured]')"), "the shared summary with its measurement");
      assert.match(await c.text("[data-testid=review-measured]"), new RegExp(`pelvic tilt ${Math.round(first)}° \\(give or take about 3°\\)`));
      const drawn = await givePhoto(c, "plain");
      await photoReady(c);
      await mark(c, "psis", drawn.psis, drawn.W);
      await mark(c, "asis", [drawn.asis[0], drawn.asis[1] + 70], drawn.W);
      const later = await tiltRead(c);
      assert.ok(later - first > 7.5, `${first} -> ${later}`);
      assert.match(await c.text("[data-testid=photo-change]"), /is more than measurement error \(7\.5°\)/);
      assert.match(await c.text("[data-testid=photo-result]"), /give or take about 3°/);
    } finally {
      await c.close();
    }
  });

  test("of two photos chosen one after the other, the later is the one shown, even when the earlier takes longer to open", async () => {
    const b = await openApp(ctx.driver, ctx.server.url, { width: 1280, height: 900 });
    try {
      // A 24 MP landscape photo, then at once a small portrait one: the first takes the longer
      // to decode and scale, so it finishes last.
      await b.exec(
        `const file = (w, h, name) => { const c = document.createElement('canvas'); c.width = w; c.height = h;
          const g = c.getContext('2d'); g.fillStyle = '#c49a86'; g.fillRect(0, 0, w, h);
          const bytes = Uint8Array.from(atob(c.toDataURL('image/png').split(',')[1]), (ch) => ch.charCodeAt(0));
          return new File([bytes], name, { type: 'image/png' }); };
        const [big, small] = [file(6000, 4000, 'big.png'), file(800, 1600, 'small.png')];
        const input = document.querySelector('[data-testid=photo-file]');
        for (const f of [big, small]) { const dt = new DataTransfer(); dt.items.add(f); input.files = dt.files; input.dispatchEvent(new Event('change', { bubbles: true })); }`
      );
      await photoReady(b);
      // Long enough for the big photo to have finished too.
      await sleep(3000);
      const [w, h] = await b.exec("const v = document.querySelector('[data-testid=photo]').viewBox.baseVal; return [v.width, v.height]");
      assert.deepEqual([w, h], [1600, 3200], "the portrait photo chosen last");
    } finally {
      await b.close();
    }
  });

  for (const [width, height, name] of [[1024, 768, "tablet"], [375, 800, "phone"]]) {
    test(`on a ${name} (${width}x${height}) the photo is marked by touch position and the figure shows the measured outline, with nothing wider than the screen`, async () => {
      const b = await openApp(ctx.driver, ctx.server.url, { width, height });
      try {
        const drawn = await givePhoto(b, "leaning");
        await photoReady(b);
        for (const [which, p] of [["psis", drawn.psis], ["asis", drawn.asis], ["vertical-top", drawn.top], ["vertical-bottom", drawn.bottom]]) await mark(b, which, p, drawn.W);
        const read = await tiltRead(b);
        assert.ok(Math.abs(read - TILT) < 1, `${name}: read ${read}, drawn ${TILT}`);
        assert.equal(await b.exec("return document.documentElement.scrollWidth <= window.innerWidth"), true, "no sideways scrolling");
        assert.ok(await b.exec("return !!document.querySelector('[data-testid=figure-measured]')"), "the measured outline");
        // Ctrl and the wheel (a trackpad's pinch) zoom the photo, not the page; two fingers
        // spreading on the photo zoom it too.
        const width = () => b.exec("return document.querySelector('[data-testid=photo]').getAttribute('width')");
        const prevented = await b.exec("const e = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }); document.querySelector('[data-testid=photo]').dispatchEvent(e); return e.defaultPrevented");
        assert.equal(prevented, true, "the page does not zoom");
        await b.until(async () => (await width()) === "200%", "Ctrl+wheel zooms in");
        await b.exec("document.querySelector('[data-testid=photo]').dispatchEvent(new WheelEvent('wheel', { deltaY: 100, ctrlKey: true, bubbles: true, cancelable: true }))");
        await b.until(async () => (await width()) === "100%", "and out");
        const [cx, cy] = await b.exec("const f = document.querySelector('.photo-measure__frame'); f.scrollIntoView({ block: 'center' }); const r = f.getBoundingClientRect(); return [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height, 200) / 2)]");
        const finger = (id, from, to) => ({ type: "pointer", id, parameters: { pointerType: "touch" }, actions: [{ type: "pointerMove", x: from, y: cy, origin: "viewport" }, { type: "pointerDown", button: 0 }, { type: "pointerMove", x: to, y: cy, duration: 300, origin: "viewport" }, { type: "pointerUp", button: 0 }] });
        await b.cmd("POST", "/actions", { actions: [finger("f1", cx - 20, cx - 90), finger("f2", cx + 20, cx + 90)] });
        await b.until(async () => (await width()) !== "100%", "a two-finger spread zooms in");
        await writeFile(join(ctx.root, "tests", "e2e", "artifacts", `photo-${name}-marked.png`), await b.screenshot());
        await b.exec("document.querySelector('[data-testid=posture-figure]').scrollIntoView({ block: 'start' })");
        await writeFile(join(ctx.root, "tests", "e2e", "artifacts", `photo-${name}-figure.png`), await b.screenshot());
      } finally {
        await b.close();
      }
    });
  }
}
