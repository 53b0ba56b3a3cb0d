//! Compiles `locales/languages.json` into a static Rust table, so the wasm carries the language
//! table without a JSON parser, and `services/catalogue.toml` with each listed service's topic
//! into the home page's list (no catalogue download or parser in the first load). A malformed
//! table fails the build, naming the problem; `cargo xtask build` checks the services fully.

use std::fmt::Write;
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    code: String,
    endonym: String,
    dir: String,
    script: String,
    fallback: Vec<String>,
    draft_translation: bool,
    date_order: String,
}

fn main() {
    let source = "locales/languages.json";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let rows: Vec<Row> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    assert!(
        !rows.is_empty(),
        "{source}: the table is empty; its first row is the default language"
    );
    let mut out = String::from("pub static LANGUAGES: &[Language] = &[\n");
    for row in &rows {
        let dir = match row.dir.as_str() {
            "ltr" => "Direction::Ltr",
            "rtl" => "Direction::Rtl",
            other => panic!(
                "{source}: {}: dir must be ltr or rtl, not {other:?}",
                row.code
            ),
        };
        let date_order = match row.date_order.as_str() {
            "dmy" => "DateOrder::DayMonthYear",
            "ymd" => "DateOrder::YearMonthDay",
            other => panic!(
                "{source}: {}: date_order must be dmy or ymd, not {other:?}",
                row.code
            ),
        };
        for code in &row.fallback {
            assert!(
                rows.iter().any(|r| &r.code == code),
                "{source}: {}: unknown fallback {code}",
                row.code
            );
        }
        writeln!(
            out,
            "    Language {{ code: {:?}, endonym: {:?}, dir: {dir}, script: {:?}, fallback: &{:?}, draft_translation: {}, date_order: {date_order} }},",
            row.code, row.endonym, row.script, row.fallback, row.draft_translation
        )
        .unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("languages.rs");
    std::fs::write(target, out).unwrap();
    catalogue();
}

#[derive(serde::Deserialize)]
struct CatalogueSource {
    topics: Vec<String>,
    services: Vec<String>,
}

/// `CATALOGUE`: each topic with its services, in the catalogue's order.
fn catalogue() {
    let source = "services/catalogue.toml";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let catalogue: CatalogueSource =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut topics: Vec<(String, Vec<String>)> = catalogue
        .topics
        .iter()
        .map(|t| (t.clone(), Vec::new()))
        .collect();
    let is_id = |id: &str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    for id in catalogue.topics.iter().chain(&catalogue.services) {
        assert!(
            is_id(id),
            "{source}: {id:?} is not lower-case words joined by hyphens"
        );
    }
    for id in &catalogue.services {
        let file = format!("services/{id}.toml");
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let topic = value
            .get("topic")
            .and_then(|t| t.as_str())
            .unwrap_or_else(|| panic!("{file}: no topic"));
        topics
            .iter_mut()
            .find(|(t, _)| t == topic)
            .unwrap_or_else(|| panic!("{file}: topic {topic:?} is not in {source}"))
            .1
            .push(id.clone());
    }
    let mut out = String::from("pub static CATALOGUE: &[(&str, &[&str])] = &[\n");
    for (topic, services) in &topics {
        writeln!(out, "    ({topic:?}, &{services:?}),").unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(target, out).unwrap();
}
