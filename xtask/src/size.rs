//! `cargo xtask size`: what every file in dist/ weighs raw, gzip and brotli, and what a first
//! visit downloads: index.html, its scripts, styles and wasm, and one language's interface files.

use crate::compress::{brotli_bytes, files_under, gzip_bytes, is_compressible};
use std::fs;
use std::path::Path;

/// The first-load budget in bytes, brotli (DESIGN.md: ≤ 150 KB now, aiming for 100 KB). The
/// service journey is a separate chunk, fetched when a service is opened, so it is not counted.
pub const FIRST_LOAD_BUDGET: usize = 150 * 1024;
/// The budget for one compiled service definition, brotli.
pub const SERVICE_BUDGET: usize = 10 * 1024;
/// What the home page fetches besides the shell: the interface texts and the services' names and
/// summaries (the list itself is compiled into the app).
const FIRST_LOAD_LOCALE_FILES: [&str; 3] = ["shell.ftl", "pages.ftl", "catalogue.ftl"];

/// Brotli size of a file as served: compressible files shrink, others go as they are.
fn served_size(path: &Path) -> Result<usize, String> {
    let data = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(if is_compressible(path) {
        brotli_bytes(&data).len()
    } else {
        data.len()
    })
}

/// The sizes a budget holds: the largest first load over all languages, and the largest
/// compiled service definition.
pub struct Measured {
    pub first_load: usize,
    pub largest_service: usize,
}

/// Prints the table and returns what the budgets hold.
pub fn report(dist: &Path) -> Result<Measured, String> {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index)
        .map_err(|_| "dist/index.html missing: run `cargo xtask build` first".to_string())?;

    println!(
        "{:<60} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    for path in files_under(dist) {
        let data = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (gzip, brotli) = if is_compressible(&path) {
            (gzip_bytes(&data).len(), brotli_bytes(&data).len())
        } else {
            (data.len(), data.len())
        };
        let name = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .display()
            .to_string();
        println!("{name:<60} {:>10} {gzip:>10} {brotli:>10}", data.len());
    }

    // The page itself is counted per language (below): the app's page in that language.
    let mut shell = 0;
    let mut assets = referenced_assets(&html);
    // JS that the wasm-bindgen glue imports at start-up (the outbox's storage module).
    for path in files_under(dist) {
        let relative = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if relative.starts_with("pkg-")
            && relative.contains("/snippets/")
            && relative.ends_with(".js")
        {
            assets.push(format!("/{relative}"));
        }
    }
    for asset in assets.iter().map(String::as_str) {
        shell += served_size(&dist.join(asset.trim_start_matches('/')))?;
    }
    println!();
    println!(
        "first load, brotli (html + js + wasm + css + one language's interface and catalogue texts):"
    );
    let mut largest = 0;
    let locales = dist.join("locales");
    let mut languages: Vec<_> = fs::read_dir(&locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    languages.sort_by_key(|e| e.file_name());
    for language in languages {
        // The app's page the server sends in this language (`pages/<lang>/app.html`, holding
        // only its own loading line), or Trunk's page where the build rendered none.
        let page = dist
            .join("pages")
            .join(language.file_name())
            .join("app.html");
        let mut total = shell + served_size(if page.is_file() { &page } else { &index })?;
        for file in FIRST_LOAD_LOCALE_FILES {
            total += served_size(&language.path().join(file))?;
        }
        let code = language.file_name().to_string_lossy().to_string();
        println!(
            "  {code:<8} {total:>8} bytes ({:.1} KB)",
            total as f64 / 1024.0
        );
        largest = largest.max(total);
    }
    let budget = FIRST_LOAD_BUDGET / 1024;
    println!(
        "largest: {largest} bytes ({:.1} KB) of a {budget} KB budget",
        largest as f64 / 1024.0
    );
    println!();
    println!("service definitions, brotli (each loaded when its service is opened):");
    let mut largest_service = 0;
    let definitions = files_under(&dist.join("services"));
    for path in definitions.iter().filter(|p| {
        p.file_name()
            .is_some_and(|n| n != "catalogue.json" && n != "departments.json")
    }) {
        let size = served_size(path)?;
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        println!("  {name:<40} {size:>8} bytes");
        largest_service = largest_service.max(size);
    }
    println!(
        "largest: {largest_service} bytes of a {} KB budget",
        SERVICE_BUDGET / 1024
    );
    println!();
    let (page, page_bytes) = largest_content_page(dist, &shell_files(&html))?;
    println!(
        "a first visit to a content page, brotli (the page, its stylesheet, boot.js, start.js, icon), largest: {page_bytes} bytes ({:.1} KB), {page}",
        page_bytes as f64 / 1024.0
    );
    let journey = journey_files(dist)?;
    let mut journey_total = 0;
    for path in &journey {
        journey_total += served_size(path)?;
    }
    println!(
        "kept by the service worker once a form is started (the journey's and the outbox's code), brotli: {} files, {journey_total} bytes ({:.1} KB)",
        journey.len(),
        journey_total as f64 / 1024.0
    );
    Ok(Measured {
        first_load: largest,
        largest_service,
    })
}

/// What a complete page loads besides itself: the stylesheet, `boot.js`, `start.js` and the icon
/// (not the app, which waits for the citizen).
fn shell_files(html: &str) -> Vec<String> {
    referenced_assets(html)
        .into_iter()
        .filter(|asset| {
            let name = asset.rsplit('/').next().unwrap_or_default();
            asset.matches('/').count() == 1
                && (name.ends_with(".css")
                    || name.ends_with(".svg")
                    || name.starts_with("boot-")
                    || name.starts_with("start-"))
        })
        .collect()
}

/// The largest first visit to a rendered content page (any language), with its files.
fn largest_content_page(dist: &Path, shell: &[String]) -> Result<(String, usize), String> {
    let mut around = 0;
    for asset in shell {
        around += served_size(&dist.join(asset.trim_start_matches('/')))?;
    }
    let mut largest = (String::from("(no pages)"), 0);
    for path in files_under(&dist.join("pages")) {
        let name = path.to_string_lossy().to_string();
        if !name.ends_with(".html") || name.ends_with("/form.html") {
            continue;
        }
        let total = around + served_size(&path)?;
        if total > largest.1 {
            let page = path
                .strip_prefix(dist)
                .unwrap_or(&path)
                .display()
                .to_string();
            largest = (page, total);
        }
    }
    Ok(largest)
}

/// The files `dist/sw.js` keeps once a service's form is started (`JOURNEY`, as the build wrote
/// it).
fn journey_files(dist: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let worker = dist.join("sw.js");
    let text = fs::read_to_string(&worker).map_err(|e| format!("{}: {e}", worker.display()))?;
    let list = text
        .split_once("const JOURNEY = ")
        .and_then(|(_, rest)| rest.split_once(';'))
        .map(|(list, _)| list)
        .ok_or_else(|| format!("{}: no JOURNEY list", worker.display()))?;
    let files: Vec<String> =
        serde_json::from_str(list).map_err(|e| format!("{}: {e}", worker.display()))?;
    Ok(files
        .iter()
        .map(|file| dist.join(file.trim_start_matches('/')))
        .collect())
}

/// Same-origin scripts, styles, preloads and the wasm that index.html makes the browser fetch.
/// Handles minified HTML, where attribute values may be unquoted. A list of files (the journey's
/// wasm, which only a service address preloads) is not one asset and is left out.
fn referenced_assets(html: &str) -> Vec<String> {
    let mut assets: Vec<String> = Vec::new();
    for attribute in ["src=", "href=", "content="] {
        for (start, _) in html.match_indices(attribute) {
            let rest = &html[start + attribute.len()..];
            let value = match rest.strip_prefix('"') {
                Some(quoted) => &quoted[..quoted.find('"').unwrap_or(0)],
                None => {
                    &rest[..rest
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(0)]
                }
            };
            let wanted = [".js", ".css", ".wasm"]
                .iter()
                .any(|ext| value.ends_with(ext));
            let single = !value.contains(char::is_whitespace);
            if value.starts_with('/') && wanted && single && !assets.iter().any(|a| a == value) {
                assets.push(value.to_string());
            }
        }
    }
    assets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_are_found_in_quoted_and_minified_html() {
        let quoted = r#"<script src="/boot-1.js"></script><link rel="stylesheet" href="/a-2.css"><meta name="app-wasm" content="/app_bg.wasm"><a href="/privacy">"#;
        assert_eq!(
            referenced_assets(quoted),
            ["/boot-1.js", "/a-2.css", "/app_bg.wasm"]
        );
        let minified = "<meta content=\"/p/c_6.wasm /p/s_j.wasm\" name=app-journey-files><script src=/boot-1.js></script><link href=/a-2.css rel=stylesheet><meta content=/app_bg.wasm name=app-wasm>";
        assert_eq!(
            referenced_assets(minified),
            ["/boot-1.js", "/a-2.css", "/app_bg.wasm"]
        );
    }
}
