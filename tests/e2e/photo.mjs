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

// The lumbar curve drawn: the arc through the three spine stickers turns this many degrees.
const CURVE = 40;

/** Draws a 1200 x 900 side photo from the model's own skeleton, as the page's figure draws it
 * now (its bones, pelvis, sacrum and lumbar vertebrae, in their colours, eight times larger and
 * framed on the pelvis), with red stickers on its ASIS and PSIS and a door frame as a true
 * vertical, and gives it to the photo input, as choosing a file would. `kind`: "plain",
 * "mirrored" (the other side) or "leaning" (camera turned 15 degrees). Three blue stickers on
 * the spine (T12, L3, S1) lie on a circular arc that turns CURVE degrees, bulging forward: L3
 * sits (chord / 2) x tan(CURVE / 4) ahead of the T12-S1 line, midway down it.
 * Returns where the stickers and the door frame's ends are, in the drawing's pixels, and the
 * tilt drawn: the skeleton's own PSIS-to-ASIS angle. */
function givePhoto(b, kind) {
  return b.exec(
    `const [kind, curve] = arguments;
    const W = 1200, H = 900, c = document.createElement('canvas');
    c.width = W; c.height = H;
    const g = c.getContext('2d');
    const svg = document.querySelector('[data-testid=posture-figure]');
    const toUser = (el) => svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
    const centre = (el) => new DOMPoint(+el.getAttribute('cx'), +el.getAttribute('cy')).matrixTransform(toUser(el));
    const [asisU, psisU] = [...svg.querySelectorAll('.fig-bones .fig-landmark')].map(centre);
    const tilt = Math.atan2(asisU.y - psisU.y, Math.abs(asisU.x - psisU.x)) * 180 / Math.PI;
    const m = new DOMMatrix();
    if (kind === 'leaning') { m.translateSelf(W / 2, H / 2); m.rotateSelf(15); m.translateSelf(-W / 2, -H / 2); }
    if (kind === 'mirrored') { m.translateSelf(W, 0); m.scaleSelf(-1, 1); }
    const k = 8, frame = new DOMMatrix().translate(640 - k * (asisU.x + psisU.x) / 2, 520 - k * (asisU.y + psisU.y) / 2).scale(k);
    g.setTransform(m);
    g.fillStyle = '#d8d4cc'; g.fillRect(-W, -H, 3 * W, 3 * H);
    g.fillStyle = '#6b4f3a'; g.fillRect(1096, 20, 12, 860);
    for (const el of svg.querySelectorAll('.fig-bones path, .fig-bones circle:not(.fig-landmark)')) {
      const shape = new Path2D();
      if (el.tagName === 'path') shape.addPath(new Path2D(el.getAttribute('d')));
      else shape.arc(+el.getAttribute('cx'), +el.getAttribute('cy'), +el.getAttribute('r'), 0, 2 * Math.PI);
      g.setTransform(m.multiply(frame).multiply(toUser(el)));
      const cs = getComputedStyle(el);
      if (cs.fill !== 'none') { g.fillStyle = cs.fill; g.fill(shape); }
      if (cs.stroke !== 'none') { g.lineWidth = parseFloat(cs.strokeWidth) || 1; g.strokeStyle = cs.stroke; g.stroke(shape); }
    }
    g.setTransform(m);
    const drawn = (p) => { const q = p.matrixTransform(frame); return [q.x, q.y]; };
    const asis = drawn(asisU), psis = drawn(psisU);
    g.fillStyle = '#e00000';
    for (const [x, y] of [psis, asis]) { g.beginPath(); g.arc(x, y, 7, 0, 2 * Math.PI); g.fill(); }
    const chord = 560, t12 = [230, 150], s1 = [230, 150 + chord];
    const l3 = [230 + chord / 2 * Math.tan(curve / 4 * Math.PI / 180), 150 + chord / 2];
    g.fillStyle = '#0030e0';
    for (const [x, y] of [t12, l3, s1]) { g.beginPath(); g.arc(x, y, 7, 0, 2 * Math.PI); g.fill(); }
    const at = ([x, y]) => { const p = m.transformPoint(new DOMPoint(x, y)); return [p.x, p.y]; };
    const bytes = Uint8Array.from(atob(c.toDataURL('image/png').split(',')[1]), (ch) => ch.charCodeAt(0));
    const file = new File([bytes], 'side-' + kind + '.png', { type: 'image/png' });
    const input = document.querySelector('[data-testid=photo-file]');
    const dt = new DataTransfer(); dt.items.add(file); input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return { W, tilt, psis: at(psis), asis: at(asis), top: at([1102, 200]), bottom: at([1102, 700]), t12: at(t12), l3: at(l3), s1: at(s1) };`,
    kind,
    CURVE
  );
}

/** Clicks the photo where the drawing's point `p` is, with the mouse. */
async function mark(b, which, p, drawnWidth) {
  await b.click(`[data-testid=photo-point-${which}]`);
  const at = await b.exec(
    `const [x, y, drawn] = arguments; const svg = document.querySelector('[data-testid=photo]');
    const vb = svg.viewBox.baseVal, k = vb.width / drawn;
    const at = () => { const r = svg.getBoundingClientRect(); return [r.left + x * k * r.width / vb.width, r.top + y * k * r.height / vb.height]; };
    // A point outside the photo's frame (which scrolls when the photo is taller), or below or
    // above the screen, is scrolled to, as a person would.
    const frame = svg.parentElement, f = frame.getBoundingClientRect();
    if (at()[1] < f.top + 20 || at()[1] > f.bottom - 20) frame.scrollTop += at()[1] - (f.top + f.height / 2);
    const top = at()[1];
    if (top < 40 || top > innerHeight - 40) window.scrollBy(0, top - innerHeight / 2);
    return at();`,
    p[0],
    p[1],
    drawnWidth
  );
  await b.cmd("POST", "/actions", {
    actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", x: Math.round(at[0]), y: Math.round(at[1]), origin: "viewport" }, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }] }],
  });
  await b.until(() => b.exec("return !/not marked/.test(document.querySelector(arguments[0]).textContent)", `[data-testid=photo-at-${which}]`), `${which} marked`);
}

/** Places a point by keyboard alone, as a therapist without a mouse would: Enter puts it in the
 * middle of the photo, Shift+arrows move it 10 px and arrows 1 px, to the drawing's point `p`. */
async function markByKeys(b, which, p, drawnWidth) {
  await b.click(`[data-testid=photo-point-${which}]`);
  const [w, h] = await b.exec("const s = document.querySelector('[data-testid=photo]'); s.focus(); const v = s.viewBox.baseVal; return [v.width, v.height]");
  const k = w / drawnWidth;
  const [dx, dy] = [Math.round(p[0] * k) - Math.round(w / 2), Math.round(p[1] * k) - Math.round(h / 2)];
  const [ENTER, SHIFT, LEFT, UP, RIGHT, DOWN] = ["\uE007", "\uE008", "\uE012", "\uE013", "\uE014", "\uE015"];
  const press = (key, n) => Array.from({ length: n }, () => [{ type: "keyDown", value: key }, { type: "keyUp", value: key }]).flat();
  const [hx, vy] = [dx < 0 ? LEFT : RIGHT, dy < 0 ? UP : DOWN];
  const [ax, ay] = [Math.abs(dx), Math.abs(dy)];
  const actions = [
    ...press(ENTER, 1),
    { type: "keyDown", value: SHIFT },
    ...press(hx, Math.floor(ax / 10)),
    ...press(vy, Math.floor(ay / 10)),
    { type: "keyUp", value: SHIFT },
    ...press(hx, ax % 10),
    ...press(vy, ay % 10),
  ];
  await b.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  await b.cmd("DELETE", "/actions");
  const [, x, y] = (await b.text(`[data-testid=photo-at-${which}]`)).match(/(-?\d+), (-?\d+)$/).map(Number);
  assert.deepEqual([x, y], [Math.round(p[0] * k), Math.round(p[1] * k)], `${which} placed by keyboard`);
}

async function photoReady(b) {
  await b.until(() => b.exec("return !!document.querySelector('[data-testid=photo] image')"), "the photo", 15000);
  await b.exec("document.querySelector('[data-testid=photo]').scrollIntoView({ block: 'center' })");
}

const tiltRead = async (b) => Number(await b.attr("[data-testid=photo-tilt]", "data-tilt"));
const curveRead = async (b) => Number(await b.attr("[data-testid=photo-curve]", "data-curve"));

/** Where a point was marked, in the photo's pixels, as the page lists it ("... at 533, 200"). */
async function markedAt(b, which) {
  const [, x, y] = (await b.text(`[data-testid=photo-at-${which}]`)).match(/(-?\d+), (-?\d+)$/).map(Number);
  return [x, y];
}

/** The test's own reading of the curve from the points as marked: the arc through three points
 * turns twice the angle between the chords at the middle one (4 arctan(2H/L) when it is midway). */
function arcThrough([ax, ay], [bx, by], [cx, cy]) {
  const turn = Math.abs(Math.atan2((bx - ax) * (cy - by) - (by - ay) * (cx - bx), (bx - ax) * (cx - bx) + (by - ay) * (cy - by)));
  return (2 * turn * 180) / Math.PI;
}

/** Marks the three spine stickers by mouse and checks the curve the page reads: the same as the
 * test's own reading of the marked points, and near the drawn one. Returns the page's reading. */
async function markSpine(b, drawn, tolerance) {
  for (const which of ["t12", "l3", "s1"]) await mark(b, which, drawn[which], drawn.W);
  const read = await curveRead(b);
  const own = arcThrough(await markedAt(b, "t12"), await markedAt(b, "l3"), await markedAt(b, "s1"));
  assert.ok(Math.abs(read - own) < 0.06, `the page read ${read}, the marked points make ${own}`);
  assert.ok(Math.abs(read - CURVE) < tolerance, `read ${read}, drawn ${CURVE}`);
  return read;
}

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

      // From here on the page asks nothing of any server while a photo is measured (the
      // harness also fails every test that asks another origin): only blob: and data: URLs.
      const asked = (await b.requests()).length;

      // The plain photo: both stickers by mouse.
      let drawn = await givePhoto(b, "plain");
      await photoReady(b);
      assert.equal(await b.exec("return document.querySelector('[data-testid=photo]').viewBox.baseVal.width"), 1600, "scaled to 1600 px wide");
      await mark(b, "psis", drawn.psis, drawn.W);
      await mark(b, "asis", drawn.asis, drawn.W);
      const plain = await tiltRead(b);
      assert.ok(Math.abs(plain - drawn.tilt) < 0.5, `read ${plain}, drawn ${drawn.tilt}`);
      // The skeleton drawn is the figure's own: its tilt is the one the readout shows.
      assert.equal(degrees(await b.text("[data-testid=value-pelvic-tilt]")), Math.round(drawn.tilt));
      const tilts = { "plain, by mouse": [drawn.tilt, plain] };
      assert.match(await b.text("[data-testid=photo-result]"), /give or take about 3°/);
      assert.match(await b.text("[data-testid=photo-result]"), /camera is taken to have been level/);
      // The three spine stickers: a rough lumbar curve, with its error, not compared with the
      // figure's range.
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=photo-curve]')"), false, "no curve before the spine is marked");
      const curves = { plain: await markSpine(b, drawn, 1.5) };
      assert.match(await b.text("[data-testid=photo-curve]"), /^Lumbar curve in this photo: \d+° \(give or take about 6°\)$/);
      // Beside the model's tilt, never in its place: the sliders stay where they were.
      assert.equal(degrees((await b.text("[data-testid=measured-pelvic-tilt]")).split(" ")[0]), Math.round(plain));
      await writeFile(join(ctx.root, "tests", "e2e", "artifacts", "photo-1280.png"), await b.screenshot());
      assert.deepEqual(await axe(b), [], "axe-core: no WCAG 2.2 AA violation with a photo marked");

      // The keyboard: Shift+arrow moves the chosen point 10 px, an arrow 1 px.
      await b.click("[data-testid=photo-point-asis]");
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

      // The other side of the body, marked by keyboard alone: the same tilt.
      drawn = await givePhoto(b, "mirrored");
      await photoReady(b);
      assert.equal(await b.text("[data-testid=photo-at-psis]"), "Back of the pelvis (PSIS): not marked yet", "a new photo starts unmarked");
      await markByKeys(b, "psis", drawn.psis, drawn.W);
      await markByKeys(b, "asis", drawn.asis, drawn.W);
      const mirrored = await tiltRead(b);
      assert.ok(Math.abs(mirrored - drawn.tilt) < 0.5, `mirrored read ${mirrored}, drawn ${drawn.tilt}`);
      tilts["mirrored, by keyboard"] = [drawn.tilt, mirrored];
      curves.mirrored = await markSpine(b, drawn, 1.5);
      // A spine point dropped on another: refused in words, and no curve kept.
      await mark(b, "l3", drawn.t12, drawn.W);
      assert.match(await b.text("[data-testid=photo-curve-refused]"), /Two of the spine points are on the same spot/);
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=photo-curve]')"), false);

      // A camera leaning 15 degrees: wrong without the vertical, right with it.
      drawn = await givePhoto(b, "leaning");
      await photoReady(b);
      await mark(b, "psis", drawn.psis, drawn.W);
      await mark(b, "asis", drawn.asis, drawn.W);
      const leaning = await tiltRead(b);
      assert.ok(Math.abs(leaning - drawn.tilt) > 10, `uncorrected ${leaning}`);
      // The curve is an angle between lines on the photo: a leaning camera does not change it.
      curves.leaning = await markSpine(b, drawn, 1.5);
      ctx.results["photo: lumbar curve read (drawn 40°)"] = curves;
      await mark(b, "vertical-top", drawn.top, drawn.W);
      await mark(b, "vertical-bottom", drawn.bottom, drawn.W);
      const corrected = await tiltRead(b);
      assert.ok(Math.abs(corrected - drawn.tilt) < 0.5, `corrected ${corrected}, drawn ${drawn.tilt}`);
      tilts["camera leaning 15°, corrected by the vertical, by mouse"] = [drawn.tilt, corrected];
      ctx.results["photo: pelvic tilt [drawn, read]"] = tilts;
      assert.match(await b.text("[data-testid=photo-result]"), /Corrected by the vertical you marked/);

      // Nothing of the photo is kept: not in storage, not in the address; closing lets it go.
      const href = await b.attr("[data-testid=photo] image", "href");
      assert.match(href, /^blob:/);
      const kept = await b.exec("return JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage)) + location.href");
      assert.doesNotMatch(kept, /blob:|image|photo/i);
      const during = (await b.requests()).slice(asked);
      assert.ok(during.some((u) => u.startsWith("blob:")), "the photo's own loads are seen");
      assert.deepEqual(during.filter((u) => !/^(blob|data):/.test(u)), [], "no request while measuring");
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
    let link, first, firstCurve, summaryLink;
    try {
      await answerNone(t);
      const drawn = await givePhoto(t, "plain");
      await photoReady(t);
      await mark(t, "psis", drawn.psis, drawn.W);
      await mark(t, "asis", drawn.asis, drawn.W);
      first = await tiltRead(t);
      firstCurve = await markSpine(t, drawn, 1.5);
      link = await sendPlanHome(t);
      assert.match(await t.text("[data-testid=builder-measured]"), new RegExp(`pelvic tilt ${Math.round(first)}° .*lumbar curve ${Math.round(firstCurve)}° \\(give or take about 6°\\).*the numbers only, never the photo`));
      assert.doesNotMatch(link, /blob:|data:/, "no photo in the link");
    } finally {
      await t.close();
    }
    // The client's phone: the programme says what was measured, and when.
    const p = await openApp(ctx.driver, link, { width: 375, height: 812 });
    try {
      await p.until(() => p.exec("return !!document.querySelector('[data-testid=programme-notice]')"), "the programme saved");
      await answerNone(p);
      assert.match(await p.text("[data-testid=programme-measured]"), new RegExp(`^Measured from a photo at the clinic on \\d{1,2} \\w+ 20\\d\\d: pelvic tilt ${Math.round(first)}° \\(give or take about 3°\\), lumbar curve ${Math.round(firstCurve)}° \\(give or take about 6°\\)`));
      // Measured again (the same photo, stickers placed 2 px apart): the page says the
      // difference is within measurement error, and claims no change.
      const drawn = await givePhoto(p, "plain");
      await photoReady(p);
      await mark(p, "psis", drawn.psis, drawn.W);
      await mark(p, "asis", [drawn.asis[0], drawn.asis[1] + 2], drawn.W);
      await markSpine(p, drawn, 1.5);
      assert.match(await p.text("[data-testid=photo-earlier]"), new RegExp(`^Measured before, on .*: pelvic tilt ${Math.round(first)}°, lumbar curve ${Math.round(firstCurve)}°\\.$`));
      assert.match(await p.text("[data-testid=photo-change]"), /is within measurement error: two photos must differ by more than 7\.5°/);
      assert.match(await p.text("[data-testid=photo-curve-change]"), /^The lumbar curve’s difference, .* is within measurement error: two photos must differ by more than 16\.6°/);
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
    // front sticker sits 120 px lower is set against the first, each with its error.
    const c = await openApp(ctx.driver, summaryLink, { width: 1280, height: 900 });
    try {
      await c.until(() => c.exec("return !!document.querySelector('[data-testid=shared-review] [data-testid=review-measured]')"), "the shared summary with its measurement");
      assert.match(await c.text("[data-testid=review-measured]"), new RegExp(`pelvic tilt ${Math.round(first)}° \\(give or take about 3°\\), lumbar curve ${Math.round(firstCurve)}° \\(give or take about 6°\\)`));
      const drawn = await givePhoto(c, "plain");
      await photoReady(c);
      await mark(c, "psis", drawn.psis, drawn.W);
      await mark(c, "asis", [drawn.asis[0], drawn.asis[1] + 120], drawn.W);
      const later = await tiltRead(c);
      assert.ok(later - first > 7.5, `${first} -> ${later}`);
      assert.match(await c.text("[data-testid=photo-change]"), /is more than measurement error \(7\.5°\)/);
      assert.match(await c.text("[data-testid=photo-result]"), /give or take about 3°/);
    } finally {
      await c.close();
    }
  });

  test("a 40 MP photo is said to be in preparation while it is scaled, then shown 1600 px wide, with its sticker where it was", async () => {
    const b = await openApp(ctx.driver, ctx.server.url, { width: 1280, height: 900 });
    try {
      // 8000 x 5000 pixels, a red sticker at (6000, 1250).
      const bytes = await b.cmd("POST", "/execute/async", {
        script: `const done = arguments[arguments.length - 1];
          const c = document.createElement('canvas'); c.width = 8000; c.height = 5000;
          const g = c.getContext('2d'); g.fillStyle = '#c49a86'; g.fillRect(0, 0, 8000, 5000);
          g.fillStyle = '#e00000'; g.fillRect(5980, 1230, 40, 40);
          c.toBlob((blob) => {
            window.__said = [];
            new MutationObserver(() => { const s = document.querySelector('[data-testid=photo-status]'); if (s) window.__said.push(s.textContent); })
              .observe(document.body, { subtree: true, childList: true, characterData: true });
            const input = document.querySelector('[data-testid=photo-file]'), dt = new DataTransfer();
            dt.items.add(new File([blob], 'forty-megapixels.png', { type: 'image/png' })); input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            done(blob.size);
          }, 'image/png');`,
        args: [],
      });
      assert.ok(bytes > 0);
      await photoReady(b);
      assert.ok((await b.exec("return window.__said")).includes("Preparing the photo\u2026"), "the preparing message while it was scaled");
      assert.equal(await b.exec("return !!document.querySelector('[data-testid=photo-status]')"), false, "and gone once shown");
      assert.deepEqual(await b.exec("const v = document.querySelector('[data-testid=photo]').viewBox.baseVal; return [v.width, v.height]"), [1600, 1000]);
      // Marked where the sticker is: at a fifth of its place in the 40 MP photo.
      await mark(b, "psis", [6000, 1250], 8000);
      assert.match(await b.text("[data-testid=photo-at-psis]"), /at 12\d\d, 2\d\d$/);
    } finally {
      await b.close();
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
        assert.ok(Math.abs(read - drawn.tilt) < 1, `${name}: read ${read}, drawn ${drawn.tilt}`);
        // The spine too: on a small screen each tap lands within a few of the photo's pixels.
        ctx.results[`photo on a ${name}: [drawn tilt, read tilt, drawn curve, read curve]`] = [drawn.tilt, read, CURVE, await markSpine(b, drawn, 2.5)];
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
