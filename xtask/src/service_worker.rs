//! Fills in `dist/sw.js`: the list of files to precache (the app shell: page, styles, scripts,
//! every wasm module and every language's interface texts, catalogue texts and search index) and a build id that
//! changes whenever any of them does, so browsers install the new version beside the old.

use crate::wasm_build::{content_hash, files_under};
use std::fs;
use std::path::Path;

/// Interface texts and the search index precached for every language, so switching language
/// and searching work offline too.
const LOCALE_FILES: [&str; 8] = [
    "shell.ftl",
    "outbox.ftl",
    "pages.ftl",
    "catalogue.ftl",
    "settings.ftl",
    "statements.ftl",
    "search.ftl",
    "search.json",
];

pub fn fill(dist: &Path) -> Result<(), String> {
    let mut shell: Vec<String> = vec!["/index.html".into()];
    for path in files_under(dist) {
        let relative = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let compressed = relative.ends_with(".br") || relative.ends_with(".gz");
        let top_level_asset = !relative.contains('/')
            && [".css", ".js", ".svg"]
                .iter()
                .any(|ext| relative.ends_with(ext))
            && relative != "sw.js";
        if !compressed && (top_level_asset || relative.starts_with("pkg-")) {
            shell.push(format!("/{relative}"));
        }
    }
    for language in fs::read_dir(dist.join("locales"))
        .map_err(|e| e.to_string())?
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        for file in LOCALE_FILES {
            shell.push(format!(
                "/locales/{}/{file}",
                language.file_name().to_string_lossy()
            ));
        }
    }
    let mut contents = Vec::new();
    for url in &shell {
        let path = dist.join(url.trim_start_matches('/'));
        contents.push(url.as_bytes().to_vec());
        contents.push(fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let build = content_hash(&contents);
    let worker = dist.join("sw.js");
    let source = fs::read_to_string(&worker).map_err(|e| format!("{}: {e}", worker.display()))?;
    if !source.contains("__SHELL__") || !source.contains("__BUILD__") {
        return Err(format!(
            "{}: the placeholders are missing",
            worker.display()
        ));
    }
    let list = format!(
        "[{}]",
        shell
            .iter()
            .map(|u| format!("{u:?}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    fs::write(
        &worker,
        source
            .replace("__SHELL__", &list)
            .replace("__BUILD__", &build),
    )
    .map_err(|e| e.to_string())
}
