//! `prerender PATH/index.html`: writes the page at its defaults into the built index.html
//! (`posture_explainer::prerender`), in the language it was built for (`lang-xx`). Run by
//! `scripts/post-build.mjs` on release builds.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use posture_explainer::prerender;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender PATH/index.html");
        std::process::exit(2);
    };
    let index = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1);
    });
    match prerender::localise(&index).and_then(|index| prerender::insert(&index, &prerender::page())) {
        Ok(html) => {
            if let Err(e) = std::fs::write(&path, html) {
                eprintln!("prerender: cannot write {path}: {e}");
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}

// Built for the browser only because Cargo builds every binary; it does nothing there.
#[cfg(target_arch = "wasm32")]
fn main() {}
