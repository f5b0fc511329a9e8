// A short pass against Debian's nginx serving dist/ with deploy/nginx.conf, as a clinic would
// host it: the page works, the plan loads, offline reload works, and every header is what the
// file promises. The full suite runs on the test server (harness.mjs serveStatic).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openApp, answerNone } from "./harness.mjs";

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Starts nginx in the foreground with deploy/nginx.conf pointed at `dist` on a loopback port,
 * with brotli switched on as deploy/DEPLOY.md says (Debian's brotli_static module). */
export async function startNginx(root, dist) {
  const dir = await mkdtemp(join(tmpdir(), "nginx-"));
  const port = await freePort();
  const server = (await readFile(join(root, "deploy", "nginx.conf"), "utf8"))
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${dist};`)
    .replace("# brotli_static on;", "brotli_static on;");
  await copyFile("/etc/nginx/mime.types", join(dir, "mime.types"));
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`).join(" ");
  await writeFile(
    join(dir, "nginx.conf"),
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 64; }
http { access_log off; ${temps}
${server}
}
`,
  );
  const proc = spawn("nginx", ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => proc.kill("SIGQUIT") };
    } catch {}
    if (proc.exitCode !== null) break;
    await sleep(100);
  }
  proc.kill();
  throw new Error(`nginx did not start: ${stderr} ${await readFile(join(dir, "error.log"), "utf8").catch(() => "")}`);
}

export function nginxTests(ctx) {
  test("nginx with deploy/nginx.conf: the page, the plan, offline reload, and every promised header", async () => {
    const nginx = await startNginx(ctx.root, ctx.dist);
    try {
      const files = await readdir(ctx.dist);
      const wasm = files.find((f) => /^posture-explainer-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
      const css = files.find((f) => /^main-[0-9a-f]{8,16}\.css$/.test(f));
      const get = async (path) => {
        const r = await fetch(nginx.url + path, { headers: { "accept-encoding": "gzip" } });
        await r.arrayBuffer();
        return r.headers;
      };
      const headers = {};
      for (const path of ["", "index.html", "sw.js", "clinic.json", wasm, css, "embed.js"]) {
        const h = await get(path);
        headers[path || "/"] = Object.fromEntries(
          ["content-type", "cache-control", "content-encoding", "content-length", "content-security-policy", "x-content-type-options", "referrer-policy"].map((k) => [k, h.get(k)]),
        );
      }
      ctx.results.nginxHeaders = headers;
      const expectedCsp = ctx.csp + "; frame-ancestors *";
      for (const [path, h] of Object.entries(headers)) {
        assert.equal(h["content-security-policy"], expectedCsp, `${path}: the strict policy`);
        assert.equal(h["x-content-type-options"], "nosniff", path);
        assert.equal(h["referrer-policy"], "no-referrer", path);
      }
      assert.equal(headers["/"]["cache-control"], "no-cache");
      assert.equal(headers["index.html"]["cache-control"], "no-cache");
      assert.equal(headers["sw.js"]["cache-control"], "no-cache");
      assert.equal(headers["clinic.json"]["cache-control"], "no-cache", "the clinic's edits show at once");
      assert.equal(headers[wasm]["content-type"], "application/wasm");
      assert.equal(headers[wasm]["cache-control"], "public, max-age=31536000, immutable");
      assert.equal(headers[wasm]["content-encoding"], "gzip", "compressed transfer");
      // Sent from the build's gzip copy (gzip_static), not compressed again per request; the
      // clinic's settings have no copy to go stale when the clinic edits them.
      const gz = await readFile(join(ctx.dist, wasm + ".gz"));
      assert.equal(Number(headers[wasm]["content-length"]), gz.length, "the precompressed copy");
      assert.ok(!files.includes("clinic.json.gz") && !files.includes("clinic.json.br"), "no copy of the clinic's settings");
      // A browser that takes brotli gets the .br copy (the app below runs from it).
      const br = await fetch(nginx.url + wasm, { headers: { "accept-encoding": "gzip, br" } });
      await br.arrayBuffer();
      assert.equal(br.headers.get("content-encoding"), "br");
      assert.equal(Number(br.headers.get("content-length")), (await readFile(join(ctx.dist, wasm + ".br"))).length, "the brotli copy");
      assert.equal(headers[css]["cache-control"], "public, max-age=31536000, immutable");
      assert.equal(headers["embed.js"]["cache-control"], "public, max-age=3600");
      assert.match(headers["index.html"]["content-type"], /^text\/html/);
      // Each language's page: at its folder, checked on every visit; without the slash, sent there.
      const pl = await fetch(nginx.url + "pl/");
      assert.match(await pl.text(), /<html lang="pl">/, "the Polish page at /pl/");
      assert.equal(pl.headers.get("cache-control"), "no-cache");
      const bare = await fetch(nginx.url + "pl", { redirect: "manual" });
      assert.equal(bare.status, 301);
      assert.match(bare.headers.get("location"), /\/pl\/$/);
      // The build's _headers (Netlify, Cloudflare Pages) promises the same.
      const file = await readFile(join(ctx.dist, "_headers"), "utf8");
      assert.ok(file.includes(`/*\n  Content-Security-Policy: ${expectedCsp}\n`), file);
      assert.ok(file.includes(`/${wasm}\n  Cache-Control: public, max-age=31536000, immutable\n`), file);
      assert.ok(file.includes("/sw.js\n  Cache-Control: no-cache\n"), file);

      const b = await openApp(ctx.driver, nginx.url, { width: 1024, height: 800 });
      try {
        await answerNone(b);
        assert.ok(await b.exec("return document.querySelectorAll('[data-testid=session-list] li').length > 0"), "the plan");
        await b.cmd("POST", "/execute/async", { script: "navigator.serviceWorker.ready.then(() => arguments[0]())", args: [] });
        await b.cdp("Network.enable");
        await b.cdp("Network.emulateNetworkConditions", { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
        await b.go(nginx.url + "?hip_flexors=9");
        await b.until(() => b.exec("return !!document.querySelector('#in-hip-flexors')"), "the app, offline, from nginx");
        assert.equal(await b.attr("#in-hip-flexors", "aria-valuetext"), "9 of 10 - very tight");
        await b.until(() => b.exec("return document.querySelectorAll('[data-testid=session-list] li').length > 0"), "the plan offline");
      } finally {
        await b.close();
      }
    } finally {
      nginx.stop();
    }
  });
}
