//! Small pieces of browser glue used by several components.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::calendar::Date;

/// Where "now" and "today" come from: the one clock every component reads, through the
/// `Clock` context that `YourPlan` provides. The app uses the device's clock; a component test
/// puts its own `ContextProvider<Clock>` around what it mounts (`Clock::fixed`), and the
/// end-to-end suite pins the browser's own date, so no test depends on the day it runs.
#[derive(Clone)]
pub struct Clock {
    now: Rc<dyn Fn() -> f64>,
    today: Rc<dyn Fn() -> Date>,
}

impl Clock {
    /// A clock from its two readings: milliseconds since 1970, and the person's local date.
    pub fn new(now: impl Fn() -> f64 + 'static, today: impl Fn() -> Date + 'static) -> Self {
        Clock { now: Rc::new(now), today: Rc::new(today) }
    }

    /// A clock whose date stays `today` while its milliseconds come from `now`.
    pub fn fixed(today: Date, now: impl Fn() -> f64 + 'static) -> Self {
        Clock::new(now, move || today)
    }

    /// Milliseconds since 1970.
    pub fn now(&self) -> f64 {
        (self.now)()
    }

    /// The person's local date.
    pub fn today(&self) -> Date {
        (self.today)()
    }
}

impl Default for Clock {
    /// The device's clock.
    fn default() -> Self {
        Clock::new(js_sys::Date::now, device_today)
    }
}

impl PartialEq for Clock {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.now, &other.now) && Rc::ptr_eq(&self.today, &other.today)
    }
}

/// Today (UTC) where there is no browser: the prerendered page, which shows no dates.
#[cfg(not(target_arch = "wasm32"))]
fn device_today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

/// The person's local date.
#[cfg(target_arch = "wasm32")]
fn device_today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or_else(|| Date::from_days((js_sys::Date::now() / 86_400_000.0) as i64))
}

/// `ms` (since 1970) as "YYYYMMDDTHHMMSSZ" in UTC, for calendar files.
pub fn utc_stamp(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}

/// Offers `text` as a file download, without any request.
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// A short, quiet tone (Web Audio); silently does nothing where audio is unavailable.
pub struct Beeper {
    ctx: Option<web_sys::AudioContext>,
}

impl Default for Beeper {
    fn default() -> Self {
        Self::new()
    }
}

impl Beeper {
    pub fn new() -> Self {
        Beeper { ctx: web_sys::AudioContext::new().ok() }
    }

    pub fn beep(&self) {
        let Some(ctx) = &self.ctx else { return };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else { return };
        let t = ctx.current_time();
        osc.frequency().set_value(880.0);
        gain.gain().set_value(0.15);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, t + 0.25);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start();
        let _ = osc.stop_with_when(t + 0.3);
    }
}

impl Drop for Beeper {
    fn drop(&mut self) {
        if let Some(ctx) = &self.ctx {
            let _ = ctx.close();
        }
    }
}

/// Keeps the screen awake where the Screen Wake Lock API exists. Released when dropped.
pub struct WakeLock {
    sentinel: Rc<std::cell::RefCell<Option<JsValue>>>,
}

impl WakeLock {
    pub fn request() -> Self {
        let sentinel = Rc::new(std::cell::RefCell::new(None));
        let navigator = gloo::utils::window().navigator();
        let lock = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")).unwrap_or(JsValue::UNDEFINED);
        let request = js_sys::Reflect::get(&lock, &JsValue::from_str("request")).ok();
        if let Some(f) = request.and_then(|r| r.dyn_into::<js_sys::Function>().ok()) {
            if let Ok(promise) = f.call1(&lock, &JsValue::from_str("screen")) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    let slot = sentinel.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(s) = wasm_bindgen_futures::JsFuture::from(promise).await {
                            *slot.borrow_mut() = Some(s);
                        }
                    });
                }
            }
        }
        WakeLock { sentinel }
    }
}

impl Drop for WakeLock {
    fn drop(&mut self) {
        if let Some(s) = self.sentinel.borrow_mut().take() {
            if let Ok(f) = js_sys::Reflect::get(&s, &JsValue::from_str("release")) {
                if let Ok(f) = f.dyn_into::<js_sys::Function>() {
                    let _ = f.call0(&s);
                }
            }
        }
    }
}

/// Waits for a browser promise and tells `done` whether it was kept. Every promise the page
/// starts goes through here, so a refusal is handled and never an uncaught error in the
/// console (of this page, or of a clinic's page that embeds it).
pub fn settle(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Handles a refusal of a promise whose result nobody waits for, without an async runtime:
/// a no-op `catch`, freed when called; if the promise is kept
/// it is never called and stays (one tiny closure per page load, for the service worker).
pub fn ignore_refusal(promise: &js_sys::Promise) {
    let noop = wasm_bindgen::closure::Closure::once_into_js(|_: JsValue| {});
    if let Ok(catch) = js_sys::Reflect::get(promise, &JsValue::from_str("catch")) {
        if let Ok(catch) = catch.dyn_into::<js_sys::Function>() {
            let _ = catch.call1(promise, &noop);
        }
    }
}

/// True inside an iframe (the embedded widget), where the page must not register a service
/// worker: a third-party frame may not, and the host page would see the error.
pub fn in_iframe() -> bool {
    let window = gloo::utils::window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // A top window we may not read is another origin's: we are framed.
        _ => true,
    }
}

/// Full screen on, or off if it is on.
pub fn toggle_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// A User Timing mark, read by the benchmark (bench/run.mjs).
pub fn mark(name: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(name);
    }
}

/// A User Timing measure from the mark `start` until now, read by the benchmark.
pub fn measure(name: &str, start: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.measure_with_start_mark(name, start);
    }
}

/// This page's address without its query or fragment: where a programme link points.
pub fn page_address() -> String {
    let loc = gloo::utils::window().location();
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_else(|_| "/".to_string()))
}

/// True when the person has asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
}
