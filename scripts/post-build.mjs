// Trunk post-build hook (see Trunk.toml). Runs on the staging directory before it becomes dist/.
//  1. Moves Trunk's inline module script into a file, so the page runs under a strict
//     Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
//  2. Writes sw.js, the service worker, with the exact list of this build's files, so one
//     release is cached as a whole and a new release replaces it cleanly.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

const hash = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const indexPath = join(dir, "index.html");
let html = await readFile(indexPath, "utf8");

// The second module (components::extras: chart, plan, session, progress, sources) is built by
// Trunk as a "worker" binary, which gives a classic script and no hash. Give it a content hash
// like every other file, and have the boot script load it once the first view is running.
const extras = await renameWithHash("extras.js", "extras_bg.wasm");
const extrasCss = extras && (await hashName("extras.css"));

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const boot = m[1].trim() + "\n" + (extras ? extrasLoader({ ...extras, css: extrasCss }) : "");
  const name = `boot-${hash(boot)}.js`;
  await writeFile(join(dir, name), boot);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
}
// `trunk serve` adds its own inline live-reload script; only release builds must be CSP-clean,
// and only they get a service worker (one caching a development build would only confuse).
const release = process.env.TRUNK_PROFILE === "release";
if (release && (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle=/.test(html) || /\son[a-z]+=/.test(html))) {
  throw new Error("index.html still has inline script or style; the CSP would block it");
}
await writeFile(indexPath, html);
if (!release) {
  console.log("post-build: boot script moved out of index.html (development build: no service worker)");
  process.exit(0);
}

async function hashName(file) {
  const body = await readFile(join(dir, file));
  const name = file.replace(/\.(\w+)$/, `-${hash(body)}.$1`);
  await rename(join(dir, file), join(dir, name));
  return { name, integrity: "sha384-" + createHash("sha384").update(body).digest("base64") };
}

async function renameWithHash(js, wasm) {
  let code;
  try {
    code = await readFile(join(dir, js));
  } catch {
    return null;
  }
  const bin = await readFile(join(dir, wasm));
  const h = hash(Buffer.concat([code, bin]));
  const names = { js: js.replace(/\.js$/, `-${h}.js`), wasm: js.replace(/\.js$/, `-${h}_bg.wasm`) };
  await rename(join(dir, js), join(dir, names.js));
  await rename(join(dir, wasm), join(dir, names.wasm));
  names.integrity = "sha384-" + createHash("sha384").update(code).digest("base64");
  return names;
}

// Loaded when the browser is idle after the first view (at the latest 1 s after it): its
// stylesheet and script together, then its wasm. If it cannot load, the first view keeps
// working and the place of the plan says so.
function extrasLoader({ js, wasm, integrity, css }) {
  return `
const failed = (e) => {
  console.error("posture explainer: the plan could not load", e);
  const mount = document.getElementById("extras");
  if (mount && !mount.firstChild) {
    const p = document.createElement("p");
    p.className = "extras-failed";
    p.setAttribute("role", "status");
    p.textContent = "The chart and the plan could not load. Check the connection and reload the page.";
    mount.append(p);
  }
};
const add = (tag, attrs) =>
  new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement(tag), attrs, { onload: resolve, onerror: reject });
    document.head.append(el);
  });
const loadExtras = () =>
  Promise.all([
    add("link", { rel: "stylesheet", href: "./${css.name}", integrity: "${css.integrity}" }),
    add("script", { src: "./${js}", integrity: "${integrity}" }),
  ])
    .then(() => wasm_bindgen({ module_or_path: "./${wasm}" }))
    .then((wasm) => dispatchEvent(new CustomEvent("ExtrasStarted", { detail: { wasm } })))
    .catch(failed);
if (window.requestIdleCallback) requestIdleCallback(loadExtras, { timeout: 1000 });
else setTimeout(loadExtras, 1);
`;
}

async function files(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}
const all = (await files(dir)).map((p) => relative(dir, p).split("\\").join("/")).filter((p) => p !== "sw.js").sort();
const contents = await Promise.all(all.map((p) => readFile(join(dir, p))));
const version = hash(Buffer.concat(contents.map((c) => Buffer.from(hash(c)))));
const precache = ["./", ...all.filter((p) => p !== "index.html").map((p) => "./" + p)];
const sw = (await readFile(new URL("../static/sw.template.js", import.meta.url), "utf8"))
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(precache));
await writeFile(join(dir, "sw.js"), sw);
console.log(`post-build: boot script moved out of index.html; sw.js caches ${precache.length} files as release ${version}`);
