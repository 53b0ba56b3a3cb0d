//! Reading a definition from the TOML a department writes. Only the build (`cargo xtask build`)
//! and tests use this (feature `source`); the browser and portal-server load the compiled JSON. Unknown keys are errors, so a
//! typo such as `max_lenght` is caught instead of silently ignored.

use crate::check::{Problem, check};
use crate::definition::{AnswerKind, Condition, Destination, Exit, Page, Question, Route, Service};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: String,
    version: u32,
    topic: String,
    #[serde(default)]
    suggest_elder_mode: bool,
    #[serde(default)]
    rated_when_sent: bool,
    pages: Vec<RawPage>,
    #[serde(default)]
    exits: Vec<Exit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    id: String,
    questions: Vec<RawQuestion>,
    #[serde(default)]
    routes: Vec<RawRoute>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default = "yes")]
    required: bool,
    #[serde(default)]
    options: Vec<String>,
    exclusive: Option<String>,
    min: Option<f64>,
    max: Option<f64>,
    decimal_places: Option<u8>,
    max_length: Option<u32>,
    #[serde(default)]
    not_in_future: bool,
    #[serde(default)]
    not_in_past: bool,
    min_age: Option<u32>,
    max_age: Option<u32>,
    matches: Option<String>,
    autocomplete: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    when: Condition,
    goto: Option<String>,
    exit: Option<String>,
}

/// Why a definition file was not compiled: text for the person who wrote it.
#[derive(Debug)]
pub enum SourceError {
    /// The file is not valid TOML or has unknown or missing keys (with line and column).
    Syntax(String),
    /// The file parsed but makes no sense; each problem names its page or question.
    Problems(Vec<String>),
}

/// Reads and checks a definition. `file` is only used to name the file in messages.
pub fn compile(file: &str, text: &str) -> Result<Service, SourceError> {
    let raw: RawService =
        toml::from_str(text).map_err(|e| SourceError::Syntax(format!("{file}: {e}")))?;
    let mut problems = Vec::new();
    let pages = raw
        .pages
        .into_iter()
        .map(|page| Page {
            questions: page
                .questions
                .into_iter()
                .filter_map(|q| match kind_named(&q.kind) {
                    Some(kind) => Some(question(q, kind)),
                    None => {
                        let known: Vec<&str> = AnswerKind::ALL.iter().map(|k| k.name()).collect();
                        problems.push(format!(
                            "{file}: service {}, page {}, question {}: unknown answer type {:?} (known: {})",
                            raw.id,
                            page.id,
                            q.id,
                            q.kind,
                            known.join(", ")
                        ));
                        None
                    }
                })
                .collect(),
            routes: page
                .routes
                .into_iter()
                .filter_map(|r| match (r.goto, r.exit) {
                    (Some(goto), None) if goto == "check-answers" => Some(Route { when: r.when, to: Destination::CheckAnswers }),
                    (Some(goto), None) => Some(Route { when: r.when, to: Destination::Page(goto) }),
                    (None, Some(exit)) => Some(Route { when: r.when, to: Destination::Exit(exit) }),
                    _ => {
                        problems.push(format!("{file}: service {}, page {}: a route needs exactly one of `goto` and `exit`", raw.id, page.id));
                        None
                    }
                })
                .collect(),
            id: page.id,
        })
        .collect();
    let service = Service {
        id: raw.id,
        version: raw.version,
        topic: raw.topic,
        suggest_elder_mode: raw.suggest_elder_mode,
        rated_when_sent: raw.rated_when_sent,
        pages,
        exits: raw.exits,
    };
    problems.extend(
        check(&service)
            .iter()
            .map(|p: &Problem| format!("{file}: {p}")),
    );
    if problems.is_empty() {
        Ok(service)
    } else {
        Err(SourceError::Problems(problems))
    }
}

fn kind_named(name: &str) -> Option<AnswerKind> {
    AnswerKind::ALL.into_iter().find(|k| k.name() == name)
}

fn question(raw: RawQuestion, kind: AnswerKind) -> Question {
    Question {
        id: raw.id,
        kind,
        required: raw.required,
        options: raw.options,
        exclusive: raw.exclusive,
        min: raw.min,
        max: raw.max,
        decimal_places: raw.decimal_places,
        max_length: raw.max_length,
        not_in_future: raw.not_in_future,
        not_in_past: raw.not_in_past,
        min_age: raw.min_age,
        max_age: raw.max_age,
        matches: raw.matches,
        autocomplete: raw.autocomplete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "example"
version = 2
topic = "identity"

[[pages]]
id = "reason"
[[pages.questions]]
id = "reason"
type = "radios"
options = ["lost", "damaged"]
[[pages.routes]]
when = { question = "reason", is = "lost" }
exit = "in-person"

[[pages]]
id = "name"
[[pages.questions]]
id = "full-name"
type = "full-name"
autocomplete = "name"

[[exits]]
id = "in-person"
"#;

    #[test]
    fn a_sound_file_compiles() {
        let service = compile("services/example.toml", GOOD).unwrap();
        assert_eq!(service.version, 2);
        assert_eq!(
            service.pages[0].routes[0].to,
            Destination::Exit("in-person".into())
        );
        assert_eq!(service.pages[1].questions[0].kind, AnswerKind::FullName);
    }

    #[test]
    fn an_unknown_answer_type_names_file_service_page_and_question() {
        let text = GOOD.replace("type = \"full-name\"", "type = \"fullname\"");
        let Err(SourceError::Problems(problems)) = compile("services/example.toml", &text) else {
            panic!("compiled")
        };
        assert!(problems[0].starts_with("services/example.toml: service example, page name, question full-name: unknown answer type \"fullname\""), "{problems:?}");
    }

    #[test]
    fn a_misspelt_key_is_a_syntax_error_with_its_line() {
        let text = GOOD.replace("autocomplete = \"name\"", "autocomplte = \"name\"");
        let Err(SourceError::Syntax(message)) = compile("services/example.toml", &text) else {
            panic!("compiled")
        };
        assert!(
            message.starts_with("services/example.toml: ")
                && message.contains("autocomplte")
                && message.contains("line"),
            "{message}"
        );
    }

    #[test]
    fn checks_run_on_the_compiled_definition() {
        let text = GOOD.replace("exit = \"in-person\"", "exit = \"nowhere\"");
        let Err(SourceError::Problems(problems)) = compile("services/example.toml", &text) else {
            panic!("compiled")
        };
        assert!(
            problems
                .iter()
                .any(|p| p.contains("page reason: a route goes to unknown exit \"nowhere\"")),
            "{problems:?}"
        );
    }
}
