//! Every text the console shows exists in each of its languages: the ids in its source, the
//! statuses, roles, departments and languages it names, every refusal code the console API can
//! answer, and every audit action. A missing one fails naming the file, the language and the id.

use fluent_bundle::FluentResource;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const LANGUAGES: [&str; 2] = ["zh-CN", "en"];

fn file(language: &str) -> PathBuf {
    Path::new(ROOT).join(format!("locales/{language}/console/console.ftl"))
}

fn messages(language: &str) -> BTreeSet<String> {
    let path = file(language);
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = FluentResource::try_new(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{language}/console/console.ftl: {errors:?}"));
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn sources(folder: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            text.push_str(&sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            text.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    text
}

/// The string literals that follow `marker` in `text`.
fn literals_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let rest = rest.trim_start();
            let rest = rest.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
        .collect()
}

fn wanted_ids() -> BTreeSet<String> {
    let console = sources(&Path::new(ROOT).join("crates/console/src"));
    let mut ids = literals_after(&console, ".t(");
    ids.extend(literals_after(&console, ".t_with("));
    ids.extend(literals_after(&console, "page_shown(console.t("));
    for status in portal_forms::status::Status::ALL {
        ids.insert(format!("status-{}", status.as_str()));
    }
    for level in portal_forms::rating::LEVELS {
        ids.insert(format!("rating-level-{level}"));
    }
    for problem in portal_forms::rating::PROBLEMS {
        ids.insert(format!("rating-problem-{problem}"));
    }
    for code in portal_forms::ErrorCode::ALL {
        ids.insert(format!("insight-code-{}", code.as_str()));
    }
    for role in ["caseworker", "manager", "administrator"] {
        ids.insert(format!("role-{role}"));
    }
    let departments: portal_forms::departments::Departments = toml::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("services/departments.toml")).unwrap(),
    )
    .unwrap();
    for department in departments.departments {
        ids.insert(format!("department-{}", department.id));
    }
    let table: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("locales/languages.json")).unwrap(),
    )
    .unwrap();
    for language in table {
        ids.insert(format!("language-{}", language["code"].as_str().unwrap()));
    }
    // Every refusal the console's API can give: `error(StatusCode::…, "code")` and
    // `"code": "…"` in its source, and those of the body reader it shares with the citizens' API.
    let server = sources(&Path::new(ROOT).join("crates/server/src/console"));
    let mut codes = literals_after(&server, "\"code\": ");
    for (at, _) in server.match_indices("StatusCode::") {
        let rest = &server[at + "StatusCode::".len()..];
        let name_end = rest
            .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
            .unwrap_or(rest.len());
        let after = rest[name_end..].strip_prefix(',').map(str::trim_start);
        if let Some(after) = after.and_then(|a| a.strip_prefix('"')) {
            codes.insert(after[..after.find('"').unwrap()].to_string());
        }
    }
    codes.extend(["malformed", "too-large", "timeout", "unavailable"].map(String::from));
    assert!(
        codes.contains("setup-link-invalid") && codes.contains("not-your-department"),
        "{codes:?}"
    );
    ids.extend(codes.into_iter().map(|c| format!("error-{c}")));
    ids.extend(
        [
            "error-network",
            "error-passkey-cancelled",
            "error-unavailable",
            "error-prefix",
        ]
        .map(String::from),
    );
    for action in [
        "sign-in",
        "sign-out",
        "enrol-passkey",
        "view-application",
        "change-status",
        "export",
        "add-staff",
        "revoke-staff",
        "view-insight",
        "rekey",
    ] {
        // Actions by staff are written in the console's code; `rekey` by the command.
        let main =
            std::fs::read_to_string(Path::new(ROOT).join("crates/server/src/main.rs")).unwrap();
        assert!(
            server.contains(&format!("\"{action}\"")) || main.contains(&format!("\"{action}\"")),
            "audit action {action} not in the server"
        );
        ids.insert(format!("audit-action-{action}"));
    }
    ids
}

#[test]
fn every_text_the_console_shows_exists_in_each_of_its_languages() {
    let wanted = wanted_ids();
    let mut problems = Vec::new();
    for language in LANGUAGES {
        let have = messages(language);
        for id in wanted.difference(&have) {
            problems.push(format!(
                "locales/{language}/console/console.ftl: language {language}: message `{id}` missing"
            ));
        }
        for id in have.difference(&wanted) {
            // Service names come from the catalogue, not from here.
            problems.push(format!(
                "locales/{language}/console/console.ftl: language {language}: message `{id}` is not used"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
