//! The release build of the web app: Trunk builds the page and its assets into dist/, the wasm is
//! built and split next to them, the services are compiled, the content pages are rendered in
//! every language by the app's own components (`dist/pages/`), then a brotli and a gzip copy of
//! every text asset is written, which portal-server serves by `Accept-Encoding`.

use crate::command::run;
use crate::{compress, fonts, service_worker, services, wasm_build};
use std::fs;
use std::path::Path;

pub fn build() -> Result<(), String> {
    run("trunk", &["build", "--release"])?;
    minify_start_script(Path::new("dist"))?;
    wasm_build::build(Path::new("dist"))?;
    services::compile_all(
        Path::new("services"),
        Path::new("locales"),
        Path::new("dist"),
    )?;
    strip_text_comments(&Path::new("dist").join("locales"))?;
    fonts::write(Path::new("dist"))?;
    prerender(Path::new("dist"))?;
    // The department console: an app of its own under dist/console/.
    run(
        "trunk",
        &[
            "build",
            "--release",
            "--config",
            "crates/console/Trunk.toml",
        ],
    )?;
    service_worker::fill(Path::new("dist"))?;
    compress::precompress_dir(Path::new("dist"))
}

/// Fluent comments (translators' notes, variable descriptions, status lines) are for the people
/// who write the texts, not for phones: the served copies drop them (about 17% of the first
/// load's texts, brotli). A line that starts with `#` is always a comment in Fluent: a message's
/// continuation lines are indented.
fn strip_text_comments(locales: &Path) -> Result<(), String> {
    for file in wasm_build::files_under(locales) {
        if file.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        let mut stripped = kept.join("\n");
        stripped.push('\n');
        fs::write(&file, stripped).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// Renders the content pages natively into `dist/pages/` (the app built with feature `ssr`).
fn prerender(dist: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(dist.join("pages"));
    run(
        "cargo",
        &[
            "run",
            "--quiet",
            "--package",
            "citizen-portal",
            "--no-default-features",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            "--dist",
            &dist.display().to_string(),
        ],
    )
}

/// Trunk's minifier gives up on `public/start.js` (a module with dynamic `import()`) and copies it
/// as written, comments and all; it is part of the first load, so esbuild minifies it in place
/// (3.6 KB → 1.6 KB raw, 1.3 → 0.6 KB brotli) and its Subresource Integrity hash in `index.html`
/// is written again. Its name keeps Trunk's hash of the source.
fn minify_start_script(dist: &Path) -> Result<(), String> {
    let entries = fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let index_file = dist.join("index.html");
    let mut index = fs::read_to_string(&index_file).map_err(|e| e.to_string())?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !(name.starts_with("start-") && name.ends_with(".js")) {
            continue;
        }
        let path = entry.path();
        let before = integrity(&fs::read(&path).map_err(|e| e.to_string())?);
        wasm_build::minify_in_place(&path, &[])?;
        let after = integrity(&fs::read(&path).map_err(|e| e.to_string())?);
        if !index.contains(&before) {
            return Err(format!(
                "{}: no integrity {before} for {name}",
                index_file.display()
            ));
        }
        index = index.replace(&before, &after);
    }
    fs::write(&index_file, index).map_err(|e| e.to_string())
}

/// The Subresource Integrity value of `content`, as Trunk writes it.
fn integrity(content: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(content);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}
