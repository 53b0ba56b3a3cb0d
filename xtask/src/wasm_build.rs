//! Builds the app's wasm: cargo, then wasm-split at the `#[lazy]` points (the service journey
//! becomes a chunk fetched when a service is opened), wasm-bindgen on the main module, wasm-opt
//! on every module. Everything lands in `dist/pkg-<hash>/`, a folder whose name changes with its
//! content, so every file in it can be cached for ever and old JS is never mixed with new wasm.

use crate::command::run;
use std::fs;
use std::path::{Path, PathBuf};

const CRATE: &str = "citizen-portal";
const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";
/// The meta tags (from Trunk.toml's `pattern_script`) that name the start-up files.
const META_NAMES: [&str; 2] = ["app-module", "app-wasm"];
/// The loader module the split wasm imports; the path is the import specifier, so it starts `./`.
const LINK_MODULE: &str = "./__wasm_split.js";
/// Features rustc 1.95 emits for wasm32 by default; wasm-opt must be told.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Every file under `dir`, recursively, in a stable order.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in fs::read_dir(&current).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path)
            } else {
                found.push(path)
            }
        }
    }
    found.sort();
    found
}

/// FNV-1a: enough to name a folder after its content.
pub fn content_hash(parts: &[Vec<u8>]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flatten() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", path.display())
}

/// The value of `<meta name=… content=…>` in (possibly minified) HTML: (start, end) of the value.
fn meta_content(html: &str, name: &str) -> Option<(usize, usize)> {
    let needles = [
        format!("name={name}>"),
        format!("name={name} "),
        format!("name=\"{name}\""),
    ];
    let at = needles
        .iter()
        .find_map(|needle| html.find(needle.as_str()))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = tag_start + html[tag_start..].find('>')?;
    let value_start = tag_start + html[tag_start..tag_end].find("content=")? + "content=".len();
    if html[value_start..].starts_with('"') {
        let start = value_start + 1;
        return Some((start, start + html[start..].find('"')?));
    }
    let end = value_start
        + html[value_start..tag_end]
            .find([' ', '>'])
            .unwrap_or(tag_end - value_start);
    Some((value_start, end))
}

pub fn build(dist: &Path) -> Result<(), String> {
    run(
        "cargo",
        &[
            "build",
            "--package",
            CRATE,
            "--bin",
            CRATE,
            "--target",
            TARGET,
            "--profile",
            PROFILE,
        ],
    )?;
    let input = PathBuf::from(format!("target/{TARGET}/{PROFILE}/{CRATE}.wasm"));
    let staging = Path::new("target/wasm-split");
    let _ = fs::remove_dir_all(staging);
    fs::create_dir_all(staging).map_err(io(staging))?;
    let bytes = fs::read(&input).map_err(io(&input))?;
    let main_module = staging.join("main.wasm");
    let main_js = format!("./{CRATE}.js");
    let mut options = wasm_split_cli_support::Options::new(&bytes);
    options.output_dir = staging;
    options.main_out_path = &main_module;
    options.link_name = LINK_MODULE;
    options.main_module = &main_js;
    let split =
        wasm_split_cli_support::transform(options).map_err(|e| format!("wasm-split: {e:?}"))?;

    let out = staging.join("out");
    let main_path = main_module.display().to_string();
    run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            // The split chunks link against the table and globals lld exports.
            "--keep-lld-exports",
            "--no-typescript",
            "--out-name",
            CRATE,
            "--out-dir",
            &out.display().to_string(),
            &main_path,
        ],
    )?;
    let loader = LINK_MODULE.trim_start_matches("./");
    fs::copy(staging.join(loader), out.join(loader)).map_err(io(&staging.join(loader)))?;
    let mut modules = vec![out.join(format!("{CRATE}_bg.wasm"))];
    for chunk in &split.split_modules {
        let target = out.join(chunk.file_name().ok_or("a chunk without a name")?);
        fs::copy(chunk, &target).map_err(io(chunk))?;
        modules.push(target);
    }
    for module in &modules {
        let path = module.display().to_string();
        let mut args: Vec<&str> = WASM_FEATURES.to_vec();
        args.extend(["-Oz", &path, "-o", &path]);
        run("wasm-opt", &args)?;
    }

    // wasm-bindgen's JS glue is part of the first load: minified, 59 KB becomes 28 KB (8.5 KB
    // brotli becomes 6.7 KB). Its exports keep their names, so the split loader still links.
    let glue = out.join(format!("{CRATE}.js"));
    // wasm-bindgen's import object names the outbox snippet twice, as it did unminified.
    minify_in_place(&glue, &["--log-override:duplicate-object-key=silent"])?;

    // The snippets the glue imports at start (the outbox's storage, "keep on this phone") are
    // part of the first load too: minified, 1.4 KB brotli becomes 0.8 KB.
    for snippet in files_under(&out.join("snippets")) {
        if snippet.extension().is_some_and(|e| e == "js") {
            minify_in_place(&snippet, &[])?;
        }
    }

    let files = files_under(&out);
    let mut contents = Vec::new();
    for file in &files {
        contents.push(fs::read(file).map_err(io(file))?);
    }
    let folder = format!("pkg-{}", content_hash(&contents));
    let target = dist.join(&folder);
    for file in &files {
        // wasm-bindgen puts JS that the wasm imports (the outbox's storage) under snippets/.
        let destination = target.join(file.strip_prefix(&out).map_err(|e| e.to_string())?);
        fs::create_dir_all(destination.parent().unwrap_or(&target)).map_err(io(&target))?;
        fs::copy(file, &destination).map_err(io(file))?;
    }

    // index.html names Trunk's unsplit files; remove them, name this build's, and preload it.
    let index = dist.join("index.html");
    let mut html = fs::read_to_string(&index).map_err(io(&index))?;
    let prefix = format!("/{folder}/");
    for (name, file) in META_NAMES
        .iter()
        .zip([format!("{CRATE}.js"), format!("{CRATE}_bg.wasm")])
    {
        let (start, end) = meta_content(&html, name)
            .ok_or_else(|| format!("{}: no <meta name={name}>", index.display()))?;
        let unsplit = dist.join(html[start..end].trim_start_matches('/'));
        fs::remove_file(&unsplit).map_err(io(&unsplit))?;
        html.replace_range(start..end, &format!("{prefix}{file}"));
    }
    let preloads = format!(
        "<link rel=modulepreload href={prefix}{CRATE}.js><link rel=modulepreload href={prefix}{loader}>\
         <link rel=preload href={prefix}{CRATE}_bg.wasm as=fetch type=application/wasm crossorigin>"
    );
    // What opening a service needs (its split and the chunks it shares), so that `boot.js` can
    // start those downloads with the main wasm on a service address.
    let split_js = fs::read_to_string(out.join(loader)).map_err(io(&out.join(loader)))?;
    let journey: Vec<String> = files_of_split(&split_js, JOURNEY_SPLIT)
        .iter()
        .map(|file| format!("{prefix}{file}"))
        .collect();
    if journey.is_empty() {
        return Err(format!("no wasm files found for the split {JOURNEY_SPLIT}"));
    }
    // Before the first script (boot.js), which reads it while the parser waits.
    let head = html
        .find("<script")
        .ok_or_else(|| format!("{}: no <script>", index.display()))?;
    html.insert_str(
        head,
        &format!(
            "<meta name=app-journey-files content=\"{}\">",
            journey.join(" ")
        ),
    );
    let anchor = html
        .find("<body")
        .ok_or_else(|| format!("{}: no <body>", index.display()))?;
    html.insert_str(anchor, &preloads);
    fs::write(&index, html).map_err(io(&index))?;
    Ok(())
}

/// The `#[lazy]` split that renders a service journey (`src/pages/lazy_pages.rs`).
const JOURNEY_SPLIT: &str = "journey_renderer";

/// The wasm files the split loader fetches for `split` (by its name without the hash suffix): its
/// own module and every shared chunk whose comment names it.
pub fn files_of_split(loader_js: &str, split: &str) -> Vec<String> {
    let prefix = format!("{split}_");
    let named = |names: &str| {
        names.split(',').any(|n| {
            n.trim()
                .strip_prefix(&prefix)
                .is_some_and(|hash| hash.chars().all(|c| c.is_ascii_digit()))
        })
    };
    let mut files = Vec::new();
    let mut wanted = false;
    for line in loader_js.lines() {
        let line = line.trim();
        if let Some(names) = line.strip_prefix("/*").and_then(|l| l.strip_suffix("*/")) {
            wanted = named(names);
        } else if let Some(rest) = line.split("fetch(new URL(\"./").nth(1) {
            let file = rest.split('"').next().unwrap_or_default();
            let own = file
                .strip_prefix("split_")
                .and_then(|f| f.strip_suffix(".wasm"))
                .is_some_and(named);
            if wanted || own {
                files.push(file.to_string());
            }
            wanted = false;
        }
    }
    files
}

/// Minifies the ES module `file` in place with esbuild (`extra`: further esbuild flags).
pub fn minify_in_place(file: &Path, extra: &[&str]) -> Result<(), String> {
    let name = file.display().to_string();
    let outfile = format!("--outfile={name}");
    let mut args = vec![
        name.as_str(),
        "--minify",
        "--format=esm",
        "--log-level=warning",
        "--allow-overwrite",
    ];
    args.extend_from_slice(extra);
    args.push(&outfile);
    run("esbuild", &args)
}

#[cfg(test)]
mod tests {
    use super::{files_of_split, meta_content};

    #[test]
    fn a_splits_files_are_its_module_and_the_chunks_it_shares() {
        let loader = r#"
/* journey_renderer_85, read_page_89 */
const __chunk_6 = makeLoad(() => {
    const src = fetch(new URL("./chunk_6.wasm", import.meta.url));
}, []);
/* settings_renderer_47 */
const __chunk_7 = makeLoad(() => {
    const src = fetch(new URL("./chunk_7.wasm", import.meta.url));
}, []);
export const __wasm_split_load_read_page_89 = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_read_page_89.wasm", import.meta.url));
}, [__chunk_6]));
export const __wasm_split_load_journey_renderer_85 = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_journey_renderer_85.wasm", import.meta.url));
}, [__chunk_6]));
"#;
        assert_eq!(
            files_of_split(loader, "journey_renderer"),
            ["chunk_6.wasm", "split_journey_renderer_85.wasm"]
        );
        assert_eq!(
            files_of_split(loader, "settings_renderer"),
            ["chunk_7.wasm"]
        );
        assert!(
            files_of_split(loader, "journey").is_empty(),
            "whole names only"
        );
    }

    #[test]
    fn meta_values_are_found_quoted_or_not() {
        let minified =
            "<meta content=/a-1.js name=app-module><meta content=/a-1_bg.wasm name=app-wasm>";
        let (start, end) = meta_content(minified, "app-wasm").unwrap();
        assert_eq!(&minified[start..end], "/a-1_bg.wasm");
        let quoted = r#"<meta name="app-module" content="/b.js">"#;
        let (start, end) = meta_content(quoted, "app-module").unwrap();
        assert_eq!(&quoted[start..end], "/b.js");
    }
}
