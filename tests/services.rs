//! Checks the service definitions in `services/` and their texts in every language, as the build
//! does: a failure names the file, the service, the language and the message or question.

use portal_forms::messages::{is_optional_message, required_messages};
use portal_forms::source::{SourceError, compile};
use portal_forms::{ErrorCode, Service};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[derive(serde::Deserialize)]
struct Catalogue {
    topics: Vec<String>,
    services: Vec<String>,
}

#[derive(serde::Deserialize)]
struct LanguageRow {
    code: String,
}

fn languages() -> Vec<String> {
    let table = fs::read_to_string(Path::new(ROOT).join("locales/languages.json")).unwrap();
    serde_json::from_str::<Vec<LanguageRow>>(&table)
        .unwrap()
        .into_iter()
        .map(|l| l.code)
        .collect()
}

fn definition_files() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir(Path::new(ROOT).join("services"))
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".toml"))
                .map(String::from)
        })
        .filter(|id| id != "catalogue" && id != "departments")
        .collect();
    ids.sort();
    ids
}

fn load(id: &str) -> Service {
    let file = format!("services/{id}.toml");
    let text = fs::read_to_string(Path::new(ROOT).join(&file)).unwrap();
    match compile(&file, &text) {
        Ok(service) => service,
        Err(SourceError::Syntax(message)) => panic!("{message}"),
        Err(SourceError::Problems(problems)) => panic!("\n{}\n", problems.join("\n")),
    }
}

/// Message ids in a Fluent file, or the parse errors with their lines.
fn message_ids(path: &Path) -> Result<Vec<(String, bool)>, Vec<String>> {
    let source = fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let resource = fluent_syntax::parser::parse(source.as_str()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                format!(
                    "{}:{}: cannot parse: {:?}",
                    path.display(),
                    line_of(e.pos.start),
                    e.kind
                )
            })
            .collect::<Vec<_>>()
    })?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let multiline = m.value.as_ref().is_some_and(|v| {
                    v.elements.iter().any(|e| matches!(e, fluent_syntax::ast::PatternElement::TextElement { value } if value.contains('\n')))
                });
                Some((m.id.name.to_string(), multiline))
            }
            _ => None,
        })
        .collect())
}

#[test]
fn every_definition_compiles_and_passes_its_checks() {
    for id in definition_files() {
        let service = load(&id);
        assert_eq!(
            service.id, id,
            "services/{id}.toml: id differs from the file name"
        );
    }
}

#[test]
fn the_catalogue_lists_exactly_the_services_in_the_folder() {
    let text = fs::read_to_string(Path::new(ROOT).join("services/catalogue.toml")).unwrap();
    let catalogue: Catalogue = toml::from_str(&text).expect("services/catalogue.toml");
    let mut listed = catalogue.services.clone();
    listed.sort();
    assert_eq!(
        listed,
        definition_files(),
        "services/catalogue.toml and the files in services/ differ"
    );
    let unique: BTreeSet<_> = catalogue.services.iter().collect();
    assert_eq!(
        unique.len(),
        catalogue.services.len(),
        "services/catalogue.toml lists a service twice"
    );
}

#[test]
fn every_service_has_all_its_texts_in_every_language_and_no_others() {
    let mut problems = Vec::new();
    for id in definition_files() {
        let service = load(&id);
        let required: BTreeSet<String> = required_messages(&service).into_iter().collect();
        let mut optional_by_language = Vec::new();
        for language in languages() {
            let path = Path::new(ROOT).join(format!("locales/{language}/services/{id}.ftl"));
            let shown = format!("locales/{language}/services/{id}.ftl");
            let messages = match message_ids(&path) {
                Ok(messages) => messages,
                Err(errors) => {
                    problems.extend(errors);
                    continue;
                }
            };
            let ids: BTreeSet<String> = messages.iter().map(|(id, _)| id.clone()).collect();
            for missing in required.difference(&ids) {
                problems.push(format!(
                    "{shown}: service {id}, language {language}: message `{missing}` missing"
                ));
            }
            for (message, multiline) in &messages {
                if !required.contains(message) && !is_optional_message(&service, message) {
                    problems.push(format!("{shown}: service {id}, language {language}: message `{message}` belongs to no question"));
                }
                if *multiline && matches!(message.as_str(), "name" | "summary") {
                    problems.push(format!(
                        "{shown}: service {id}, language {language}: `{message}` must be one line"
                    ));
                }
            }
            let optional: BTreeSet<String> = ids.difference(&required).cloned().collect();
            optional_by_language.push((language, optional));
        }
        if let Some((first, expected)) = optional_by_language.first().cloned() {
            for (language, optional) in &optional_by_language[1..] {
                for differing in expected.symmetric_difference(optional) {
                    problems.push(format!(
                        "locales/{language}/services/{id}.ftl: service {id}, language {language}: optional message `{differing}` differs from {first}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_error_code_has_a_message_in_the_shared_form_texts() {
    let mut problems = Vec::new();
    for language in languages() {
        let path = Path::new(ROOT).join(format!("locales/{language}/forms.ftl"));
        let ids: BTreeSet<String> = message_ids(&path)
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        for code in ErrorCode::ALL {
            let id = format!("forms-error-{}", code.as_str());
            // Required is worded per answer type (forms-error-required-choice, …).
            if !ids.contains(&id) {
                problems.push(format!(
                    "locales/{language}/forms.ftl: language {language}: message `{id}` missing"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_service_is_under_one_of_the_catalogues_topics_and_no_topic_is_empty() {
    let text = fs::read_to_string(Path::new(ROOT).join("services/catalogue.toml")).unwrap();
    let catalogue: Catalogue = toml::from_str(&text).expect("services/catalogue.toml");
    let topics: Vec<String> = definition_files().iter().map(|id| load(id).topic).collect();
    for (id, topic) in definition_files().iter().zip(&topics) {
        assert!(
            catalogue.topics.contains(topic),
            "services/{id}.toml: topic {topic:?} is not in services/catalogue.toml"
        );
    }
    for topic in &catalogue.topics {
        assert!(
            topics.contains(topic),
            "services/catalogue.toml: no service under topic {topic:?}"
        );
    }
}
