/* Posture explainer loader. Paste once on a page:
 *   <div data-posture-explainer data-clinic="Your Clinic"
 *        data-booking-url="https://your-clinic.example/book" data-accent="#0a6e5c"></div>
 * The widget is compact (the explainer and a link to the full plan); data-view="full" shows
 * the whole page inside it.
 *   <script src="https://HOST/PATH/embed.js" async></script>
 * Each such div becomes an iframe of the app with those settings. The iframe's height follows
 * its content: the app posts only its height, and this loader accepts such messages only from
 * the app's own origin and only from the iframes it made. No other request, no cookies. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL(".", script.src);
  var appOrigin = appUrl.origin;
  var frames = [];
  var KNOWN = ["data-posture-explainer", "data-clinic", "data-booking-url", "data-accent", "data-view"];
  var warn = function (msg) {
    if (window.console && console.warn) console.warn("posture-explainer: " + msg);
  };

  function bookingOk(v) {
    return /^https:\/\/[^\s"'<>`\\]+$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)([:/?#][^\s"'<>`\\]*)?$/i.test(v);
  }

  function mount(div) {
    if (div.getAttribute("data-posture-explainer") === "mounted") return;
    var params = new URLSearchParams();
    params.set("embed", "1");
    var clinic = (div.getAttribute("data-clinic") || "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, 80);
    if (clinic) params.set("clinic", clinic);
    var booking = (div.getAttribute("data-booking-url") || "").trim();
    if (booking) {
      if (bookingOk(booking)) params.set("booking", booking);
      else warn("ignored data-booking-url: it must be an https:// link, so no booking link is shown");
    }
    var accent = (div.getAttribute("data-accent") || "").trim();
    if (accent) {
      if (/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) params.set("accent", accent.charAt(0) === "#" ? accent : "#" + accent);
      else warn("ignored data-accent: use a hex colour such as #0a6e5c");
    }
    var view = (div.getAttribute("data-view") || "").trim();
    if (view === "full") params.set("view", "full");
    else if (view && view !== "compact") warn("ignored data-view: use full or compact");
    for (var i = 0; i < div.attributes.length; i++) {
      var name = div.attributes[i].name;
      if (name.indexOf("data-") === 0 && KNOWN.indexOf(name) < 0) warn("unknown setting " + name + " ignored");
    }
    var iframe = document.createElement("iframe");
    iframe.src = appUrl.href + "?" + params.toString();
    iframe.title = clinic ? "How your hips shape your lower back, from " + clinic : "How your hips shape your lower back";
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    iframe.style.cssText = "display:block;width:100%;min-width:320px;border:0;height:900px;overflow:hidden";
    frames.push(iframe);
    div.setAttribute("data-posture-explainer", "mounted");
    div.replaceChildren(iframe);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== appOrigin) return;
    var data = e.data;
    if (!data || data.type !== "posture-explainer:height") return;
    var h = Number(data.height);
    if (!(h > 0 && h < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
    }
  });

  function mountAll() {
    var divs = document.querySelectorAll("div[data-posture-explainer]");
    for (var i = 0; i < divs.length; i++) mount(divs[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
