//! The one way in to the device's storage (localStorage). The codec around it is pure; this is
//! the only part of `state` that touches the browser. Storage can be missing or refused
//! (storage disabled, or a third-party iframe whose storage is blocked): then nothing is kept,
//! and nothing breaks.

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// What is stored under `key`, if storage can be read.
pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Whether the value was stored (storage can be missing, refused or full).
pub fn write(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Unreadable data under `key`: kept under `backup` rather than lost, and `key` cleared so the
/// app starts clean.
pub fn set_aside(key: &str, backup: &str, raw: &str) {
    write(backup, raw);
    remove(key);
}

/// "Forget my data": every key this app wrote, and nothing else on the site.
pub fn forget_all() {
    let Some(s) = local() else { return };
    let keys: Vec<String> = (0..s.length().unwrap_or(0)).filter_map(|k| s.key(k).ok().flatten()).filter(|k| k.starts_with(super::PREFIX)).collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}
