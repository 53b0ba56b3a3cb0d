//! Brotli and gzip at their best settings: done once at build time, so slow links get the
//! smallest files at no cost per request.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions worth compressing (images and fonts are compressed already).
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "mjs",
    "wasm",
    "css",
    "ftl",
    "json",
    "svg",
    "txt",
    "webmanifest",
];

pub fn brotli_bytes(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("compressing into memory");
    out
}

pub fn gzip_bytes(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("compressing into memory");
    encoder.finish().expect("compressing into memory")
}

/// Every file under `dir`, recursively, skipping the compressed copies themselves.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz")) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

pub fn is_compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e))
}

/// Writes `file.br` and `file.gz` beside every compressible file in `dir`.
pub fn precompress_dir(dir: &Path) -> Result<(), String> {
    for path in files_under(dir).into_iter().filter(|p| is_compressible(p)) {
        let data = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (extension, bytes) in [("br", brotli_bytes(&data)), ("gz", gzip_bytes(&data))] {
            let mut target = path.clone().into_os_string();
            target.push(format!(".{extension}"));
            fs::write(&target, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}
