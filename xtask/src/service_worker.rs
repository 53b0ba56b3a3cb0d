//! Fills in `dist/sw.js`: every built file with the hash of its content and its size on the wire
//! (the worker keeps files by content, so an update downloads only what changed), what the app
//! and a service's journey need, each service's first question page, the sizes of texts and
//! pages (to say how much "keep on this phone" downloads), and a build id that changes whenever
//! any of them does, so browsers install the new version beside the old.

use crate::compress::brotli_bytes;
use crate::wasm_build::{content_hash, files_of_split, files_under};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The `#[lazy]` splits a journey needs besides its own: sending what waits and listing it, and
/// after sending, the progress page and the home page's list of sent applications (one chunk).
const OUTBOX_SPLITS: [&str; 3] = ["send_waiting", "outbox_renderer", "tracking_renderer"];

fn relative(dist: &Path, path: &Path) -> Result<String, String> {
    Ok(path
        .strip_prefix(dist)
        .map_err(|e| e.to_string())?
        .to_string_lossy()
        .replace('\\', "/"))
}

fn json_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|u| format!("{u:?}"))
            .collect::<Vec<_>>()
            .join(",")
    )
}

/// The value of `<meta name=… content=…>` in the page Trunk built, split on spaces.
fn meta_list(html: &str, name: &str) -> Vec<String> {
    let Some(at) = html.find(&format!("name={name} content=\"")) else {
        return Vec::new();
    };
    let start = at + format!("name={name} content=\"").len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn meta_value(html: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("name={name}>"))?;
    let tag = html[..at].rfind("<meta")?;
    let start = tag + html[tag..at].find("content=")? + "content=".len();
    Some(html[start..at].trim().trim_matches('"').to_string())
}

pub fn fill(dist: &Path) -> Result<(), String> {
    let index = fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    let mut content: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    for path in files_under(dist) {
        let relative = relative(dist, &path)?;
        if relative.ends_with(".br") || relative.ends_with(".gz") || relative == "sw.js" {
            continue;
        }
        let built = relative.starts_with("pkg-")
            || (!relative.contains('/')
                && [".css", ".js", ".svg"]
                    .iter()
                    .any(|ext| relative.ends_with(ext)));
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let wire = brotli_bytes(&bytes).len();
        if built {
            content.insert(
                format!("/{relative}"),
                (content_hash(std::slice::from_ref(&bytes)), wire),
            );
        } else if relative.starts_with("console/")
            || relative.contains("/console/")
            || relative == "services/departments.json"
        {
            // The department console and its texts: never on a citizen's phone.
            continue;
        } else if let Some(rest) = relative.strip_prefix("locales/") {
            // One language's size stands for every language's (the largest is kept).
            let file = rest.split_once('/').map_or(rest, |(_, file)| file);
            let key = format!("/locales/*/{file}");
            sizes
                .entry(key)
                .and_modify(|s| *s = (*s).max(wire))
                .or_insert(wire);
        } else if let Some(rest) = relative.strip_prefix("pages/") {
            let page = rest.split_once('/').map_or(rest, |(_, page)| page);
            let address = match page.trim_end_matches(".html") {
                "index" => "/".to_string(),
                name => format!("/{name}"),
            };
            sizes
                .entry(address)
                .and_modify(|s| *s = (*s).max(wire))
                .or_insert(wire);
        } else if relative.starts_with("services/") && relative.ends_with(".json") {
            sizes.insert(format!("/{relative}"), wire);
        }
    }
    let mut app: Vec<String> = ["app-module", "app-wasm"]
        .iter()
        .filter_map(|name| meta_value(&index, name))
        .collect();
    for path in content.keys() {
        let top_level = path.matches('/').count() == 1;
        let snippet = path.contains("/snippets/") || path.ends_with("/__wasm_split.js");
        if (top_level && (path.ends_with(".css") || path.ends_with(".js"))) || snippet {
            app.push(path.clone());
        }
    }
    let mut journey = meta_list(&index, "app-journey-files");
    if let Some(folder) = app.iter().find_map(|p| {
        p.strip_prefix('/')
            .and_then(|p| p.split_once('/'))
            .filter(|(folder, _)| folder.starts_with("pkg-"))
            .map(|(folder, _)| folder.to_string())
    }) {
        let loader = fs::read_to_string(dist.join(&folder).join("__wasm_split.js"))
            .map_err(|e| e.to_string())?;
        for split in OUTBOX_SPLITS {
            for file in files_of_split(&loader, split) {
                let path = format!("/{folder}/{file}");
                if !journey.contains(&path) {
                    journey.push(path);
                }
            }
        }
    }
    for path in app.iter().chain(&journey) {
        if !content.contains_key(path) {
            return Err(format!("sw.js: {path} is not a built file"));
        }
    }
    let mut services = BTreeMap::new();
    for path in files_under(&dist.join("services")) {
        let relative = relative(dist, &path)?;
        if relative.contains('/') && relative.matches('/').count() > 1
            || !relative.ends_with(".json")
        {
            continue;
        }
        let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let service: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        if let (Some(id), Some(first)) =
            (service["id"].as_str(), service["pages"][0]["id"].as_str())
        {
            services.insert(id.to_string(), first.to_string());
        }
    }
    let content_json = serde_json::to_string(
        &content
            .iter()
            .map(|(path, (hash, wire))| (path.clone(), serde_json::json!([hash, wire])))
            .collect::<serde_json::Map<_, _>>(),
    )
    .map_err(|e| e.to_string())?;
    let services_json = serde_json::to_string(&services).map_err(|e| e.to_string())?;
    let sizes_json = serde_json::to_string(&sizes).map_err(|e| e.to_string())?;
    let build = content_hash(&[
        content_json.as_bytes().to_vec(),
        services_json.as_bytes().to_vec(),
        sizes_json.as_bytes().to_vec(),
    ]);
    let worker = dist.join("sw.js");
    let source = fs::read_to_string(&worker).map_err(|e| format!("{}: {e}", worker.display()))?;
    let placeholders = [
        ("__BUILD__", build),
        ("__CONTENT__", content_json),
        ("__APP__", json_list(&app)),
        ("__JOURNEY__", json_list(&journey)),
        ("__SERVICES__", services_json),
        ("__SIZES__", sizes_json),
    ];
    let mut filled = source;
    for (placeholder, value) in placeholders {
        if !filled.contains(placeholder) {
            return Err(format!("{}: no {placeholder}", worker.display()));
        }
        filled = filled.replace(placeholder, &value);
    }
    fs::write(&worker, filled).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::{meta_list, meta_value};

    #[test]
    fn meta_tags_of_the_built_page_are_read() {
        let html = "<meta name=app-journey-files content=\"/p/a.wasm /p/b.wasm\"><meta content=/p/app_bg.wasm name=app-wasm>";
        assert_eq!(
            meta_list(html, "app-journey-files"),
            ["/p/a.wasm", "/p/b.wasm"]
        );
        assert_eq!(
            meta_value(html, "app-wasm").as_deref(),
            Some("/p/app_bg.wasm")
        );
    }
}
