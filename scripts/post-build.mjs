// Trunk post-build hook (see Trunk.toml). Runs on the staging directory before it becomes dist/.
//  1. Moves Trunk's inline module script into a file, so the page runs under a strict
//     Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
//  2. Writes sw.js, the service worker, with the exact list of this build's files, so one
//     release is cached as a whole and a new release replaces it cleanly.
//  3. Prerenders the page into index.html (release builds).
//  4. Writes gzip (zopfli) and brotli (11) copies of the release's files beside them, for hosts
//     that serve precompressed files (deploy/nginx.conf: gzip_static, and brotli_static).
//  5. Copies the other languages' pages, built before this one (scripts/build.sh), into
//     their folders (dist/pl/), each with its own service worker, and lists their headers.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotli11 } from "./compress.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

const hash = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const indexPath = join(dir, "index.html");
let html = await readFile(indexPath, "utf8");

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const boot = m[1].trim() + "\n";
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
// 3. The page at its defaults, rendered natively by the same components (src/prerender.rs)
//    into index.html: the first screen shows before the wasm has run, and without it. The app
//    then hydrates it. `trunk serve` skips this and the app draws the page itself.
//    Only for this crate's page (the benchmark's floor page shares this hook).
//    A language's page (PAGE_LANG=pl, which build.rs turns into the page's language) is
//    prerendered by the prerenderer built with the same PAGE_LANG, so in that language.
const crate = fileURLToPath(new URL("..", import.meta.url));
const lang = process.env.PAGE_LANG;
if (lang && !/^[a-zA-Z0-9-]{2,10}$/.test(lang)) throw new Error(`PAGE_LANG=${lang} is not a language code`);
if (release && resolve(process.env.TRUNK_SOURCE_DIR || ".") === resolve(crate)) {
  // PRERENDER_FEATURES: the cargo features the wasm was built with that change what is drawn
  // (the size benchmark's build without the photo measure, scripts/feature-size.sh).
  const features = process.env.PRERENDER_FEATURES ? ["--features", process.env.PRERENDER_FEATURES] : [];
  const args = ["run", "--quiet", "--manifest-path", join(crate, "Cargo.toml"), ...features, "--bin", "prerender", "--", indexPath];
  const run = spawnSync("cargo", args, { stdio: "inherit" });
  if (run.status !== 0) throw new Error("prerender failed");
}
if (!release) {
  console.log("post-build: boot script moved out of index.html (development build: no service worker)");
  process.exit(0);
}

// A language's page (PAGE_LANG set, and not English) uses the English page's settings (../clinic.json): it carries no copy the
// clinic could edit by mistake.
if (lang) {
  for (const f of ["clinic.json", "clinic.example.json"]) await rm(join(dir, f), { force: true });
}
// 5. The other languages' pages (scripts/build.sh builds them first, into PAGES_FROM/xx/).
const pagesFrom = process.env.PAGES_FROM;
const pages = [];
if (!lang && pagesFrom) {
  for (const e of await readdir(pagesFrom, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    await cp(join(pagesFrom, e.name), join(dir, e.name), { recursive: true });
    await rm(join(dir, e.name, "_headers"), { force: true });
    pages.push(e.name);
  }
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
// The clinic's settings are the clinic's, not the release's: never precached (sw.js fetches
// clinic.json from the network first and keeps the last copy for offline use).
const inPage = (p) => pages.some((d) => p.startsWith(d + "/"));
const everything = (await files(dir)).map((p) => relative(dir, p).split("\\").join("/"));
const all = everything
  .filter((p) => p !== "sw.js" && p !== "clinic.json" && p !== "clinic.example.json" && !inPage(p))
  .sort();
const contents = await Promise.all(all.map((p) => readFile(join(dir, p))));
const version = hash(Buffer.concat(contents.map((c) => Buffer.from(hash(c)))));
const precache = ["./", ...all.filter((p) => p !== "index.html").map((p) => "./" + p)];
const sw = (await readFile(new URL("../static/sw.template.js", import.meta.url), "utf8"))
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(precache));
await writeFile(join(dir, "sw.js"), sw);

// _headers for Netlify and Cloudflare Pages: the same headers as deploy/nginx.conf (the
// end-to-end suite checks nginx sends them). Written last, so the service worker does not
// cache it. frame-ancestors: see DEPLOY.md to limit who may embed the page.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";
// Trunk's hashes drop leading zeros, so a hash is 8 or more hex digits (16 at most).
const hashed = everything.filter((p) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(p));
const pageFiles = pages.flatMap((d) => ["/" + d + "/", "/" + d + "/index.html", "/" + d + "/sw.js"]);
const block = (path, lines) => [path, ...lines.map((l) => "  " + l)].join("\n");
const headers = [
  block("/*", [`Content-Security-Policy: ${CSP}`, "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"]),
  ...["/", "/index.html", "/sw.js", "/clinic.json", ...pageFiles].map((p) => block(p, ["Cache-Control: no-cache"])),
  ...hashed.map((p) => block("/" + p, ["Cache-Control: public, max-age=31536000, immutable"])),
].join("\n");
if (!lang) await writeFile(join(dir, "_headers"), headers + "\n");

// 4. Compressed once, at the highest levels, rather than by the server on every request:
//    brotli makes the wasm about 15% smaller than gzip does. Not the clinic's settings,
//    which the clinic edits after deploying (a stale .gz beside them would be served instead).
//    Written after sw.js, so the service worker never lists them: they are encodings of the
//    files it caches, not files of their own.
//    The .gz copies are zopfli's (src/bin/precompress.rs): ordinary gzip, about 6% smaller than
//    zlib's level 9.
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|webmanifest)$/;
const compressible = [...all, "sw.js"].filter((p) => COMPRESSIBLE.test(p));
for (const p of compressible) await writeFile(join(dir, p + ".br"), brotli11(await readFile(join(dir, p))));
const gzipArgs = ["run", "--quiet", "--manifest-path", join(crate, "Cargo.toml"), "--bin", "precompress", "--", ...compressible.map((p) => join(dir, p))];
if (spawnSync("cargo", gzipArgs, { stdio: "inherit" }).status !== 0) throw new Error("precompress failed");
console.log(`post-build${lang ? ` (${lang})` : ""}: boot script moved out of index.html; sw.js caches ${precache.length} files as release ${version}; ${lang ? "" : "_headers written; "}${compressible.length} files precompressed (.gz, .br)${pages.length ? `; pages copied in: ${pages.join(", ")}` : ""}`);
