//! `cargo xtask size`: what every file in dist/ weighs raw, gzip and brotli, and what a first
//! visit downloads: index.html, its scripts, styles and wasm, and one language's interface files.

use crate::compress::{brotli_bytes, files_under, gzip_bytes, is_compressible};
use std::fs;
use std::path::Path;

/// The first-load budget in bytes, brotli (DESIGN.md: ≤ 150 KB now, aiming for 100 KB).
pub const FIRST_LOAD_BUDGET: usize = 150 * 1024;

/// Brotli size of a file as served: compressible files shrink, others go as they are.
fn served_size(path: &Path) -> Result<usize, String> {
    let data = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(if is_compressible(path) {
        brotli_bytes(&data).len()
    } else {
        data.len()
    })
}

/// Prints the table and returns the largest first-load total over all languages.
pub fn report(dist: &Path) -> Result<usize, String> {
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

    let mut shell = served_size(&index)?;
    for asset in referenced_assets(&html) {
        shell += served_size(&dist.join(asset.trim_start_matches('/')))?;
    }
    println!();
    println!("first load, brotli (html + js + wasm + css + one language's interface files):");
    let mut largest = 0;
    let locales = dist.join("locales");
    let mut languages: Vec<_> = fs::read_dir(&locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    languages.sort_by_key(|e| e.file_name());
    for language in languages {
        let mut total = shell;
        for file in fs::read_dir(language.path())
            .map_err(|e| e.to_string())?
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                total += served_size(&path)?;
            }
        }
        println!(
            "  {:<8} {total:>8} bytes ({:.1} KB)",
            language.file_name().to_string_lossy(),
            total as f64 / 1024.0
        );
        largest = largest.max(total);
    }
    println!(
        "largest: {largest} bytes ({:.1} KB) of a {} KB budget",
        largest as f64 / 1024.0,
        FIRST_LOAD_BUDGET / 1024
    );
    Ok(largest)
}

/// Same-origin scripts, styles, preloads and the wasm that index.html makes the browser fetch.
/// Handles minified HTML, where attribute values may be unquoted.
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
            if value.starts_with('/') && wanted && !assets.iter().any(|a| a == value) {
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
        let minified = "<script src=/boot-1.js></script><link href=/a-2.css rel=stylesheet><meta content=/app_bg.wasm name=app-wasm>";
        assert_eq!(
            referenced_assets(minified),
            ["/boot-1.js", "/a-2.css", "/app_bg.wasm"]
        );
    }
}
