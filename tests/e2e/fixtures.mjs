// Steps several tests share, and the links the accessibility checks open. A test that needs a
// programme or a summary link makes it here (once per run, whichever test asks first), so no
// test depends on another having run before it.
import { answerNone, openApp, startSession } from "./harness.mjs";

/** In consultation mode with the plan shown: opens the builder, sends the suggested plan as it
 * is (with a programme note) and returns the link. */
export async function sendPlanHome(t, note = "") {
  await t.click("[data-testid=build-programme]");
  await t.until(() => t.exec("return !!document.querySelector('[data-testid=builder]')"), "the builder");
  if (note) await t.keys("[data-testid=builder-programme-note]", note);
  await t.click("[data-testid=builder-send]");
  return t.until(() => t.exec("return document.querySelector('[data-testid=programme-link]')?.value"), "the link");
}

/** Runs today's guided session to its end: the clock runs 1000 times faster, so every hold and
 * rest ends by itself within a moment, and each set of repetitions is marked done. */
export async function finishSession(p) {
  await startSession(p);
  await p.exec("const real = Date.now.bind(Date); const t0 = real(); Date.now = () => t0 + (real() - t0) * 1000;");
  await p.until(async () => {
    if (await p.exec("return !!document.querySelector('[data-testid=session-done]')")) return true;
    await p.exec("const d = [...document.querySelectorAll('[data-testid=session] button')].find(x => x.textContent.startsWith('Done')); if (d) d.click();");
    return false;
  }, "the session to finish", 20000);
}

/** After a session: notes effort 6 and pain 2, waits until they are saved (the words appear
 * only then), closes the session and opens "Show my therapist". */
export async function rateAndShowTherapist(p) {
  await p.keys("#rate-effort", "6");
  await p.keys("#rate-pain", "2");
  await p.click("[data-testid=rate-save]");
  await p.until(async () => (await p.text("[data-testid=rate-status]")) === "Saved on this device.", "the rating to be saved");
  await p.keys("[data-testid=session]", "\uE00C");
  await p.click("[data-testid=show-therapist]");
}

const made = new Map();
function once(key, make) {
  if (!made.has(key)) made.set(key, make());
  return made.get(key);
}

/** A therapist's programme link (the suggested plan with a note), as the client receives it. */
export function programmeLink(ctx) {
  return once("programme", async () => {
    const t = await openApp(ctx.driver, ctx.server.url + "?mode=consult&hip_flexors=8&hamstrings=7&glutes=3&core=3");
    try {
      await answerNone(t);
      return await sendPlanHome(t, "Little and often.");
    } finally {
      await t.close();
    }
  });
}

/** The summary link a client's phone makes for the therapist after one rated session. */
export function summaryLink(ctx) {
  return once("summary", async () => {
    const p = await openApp(ctx.driver, await programmeLink(ctx), { width: 375, height: 812 });
    try {
      await answerNone(p);
      await finishSession(p);
      await rateAndShowTherapist(p);
      return await p.until(() => p.exec("return document.querySelector('[data-testid=review-link]')?.value"), "the summary link");
    } finally {
      await p.close();
    }
  });
}

/** The part of a link after "#". */
export const fragment = (link) => link.slice(link.indexOf("#"));
