//! `precompress FILE...`: writes `FILE.gz` beside each file, in gzip format, compressed with
//! zopfli. Any browser and any gzip reader takes it; it is about 6% smaller than zlib's level 9
//! (the wasm 268.2 KB instead of 285.0 KB, in KiB as the size check counts), because zopfli
//! searches much longer for the same format. Run by `scripts/post-build.mjs` on release builds;
//! hosts send the copies as they are (nginx's gzip_static), so they are compressed once, at
//! build time.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: precompress FILE...");
        std::process::exit(2);
    }
    for path in files {
        let body = std::fs::read(&path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
        let mut gz = Vec::with_capacity(body.len() / 2);
        if let Err(e) = zopfli::compress(zopfli::Options::default(), zopfli::Format::Gzip, &body[..], &mut gz) {
            fail(&format!("cannot compress {path}: {e}"));
        }
        if let Err(e) = std::fs::write(format!("{path}.gz"), gz) {
            fail(&format!("cannot write {path}.gz: {e}"));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("precompress: {message}");
    std::process::exit(1);
}

// Built for the browser only because Cargo builds every binary; it does nothing there.
#[cfg(target_arch = "wasm32")]
fn main() {}
