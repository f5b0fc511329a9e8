/* Service worker, written by scripts/post-build.mjs for one release. After one visit the whole
 * app works offline. Pages are fetched from the network first (so a new release shows up at
 * once when online) and from this release's cache when offline; every other file is taken from
 * the cache of the release that listed it, so old and new files never mix. Only this app's own
 * files are ever cached or fetched. */
const VERSION = "__VERSION__";
const CACHE = "posture-explainer-" + VERSION;
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith("posture-explainer-") && k !== CACHE).map((k) => caches.delete(k)))
    )
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  // The clinic's own files, its settings and the logo they name: the network first (an edit
  // shows at once), the last copy offline.
  const path = new URL(req.url).pathname;
  const settings = path.endsWith("/clinic.json");
  const clinicPicture = /\.(svg|png)$/i.test(path) && !PRECACHE.some((p) => path.endsWith(p.slice(1)));
  if (settings || clinicPicture) {
    const offline = () =>
      settings ? new Response("{}", { headers: { "content-type": "application/json" } }) : Response.error();
    event.respondWith(
      caches.open(CACHE).then((c) =>
        fetch(req)
          .then((res) => {
            if (res.ok) c.put(req, res.clone());
            return res;
          })
          .catch(() => c.match(req, { ignoreSearch: true }).then((hit) => hit || offline()))
      )
    );
    return;
  }
  if (req.mode === "navigate") {
    // Offline, this page from the cache; another language's page (../pl/ under this scope) is
    // its own service worker's to serve, and this one must not answer it with this page.
    const here = new URL("./", self.location).pathname;
    const thisPage = path === here || path === here + "index.html";
    event.respondWith(
      fetch(req).catch(() => (thisPage ? caches.open(CACHE).then((c) => c.match("./")) : Response.error()))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req)))
  );
});
