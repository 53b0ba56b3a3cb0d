//! Checks the Fluent files against each other, against the app's source and against the
//! static shell in index.html. Every failure names the file, the language and the message id.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// Methods of `I18n` that take a message id as their first argument.
const LOOKUPS: &[&str] = &[".tr(", ".t(", ".t_with("];

#[derive(serde::Deserialize)]
struct LanguageRow {
    code: String,
    draft_translation: bool,
}

fn languages() -> Vec<LanguageRow> {
    let table = fs::read_to_string(Path::new(ROOT).join("locales/languages.json")).unwrap();
    serde_json::from_str(&table).expect("locales/languages.json: not a valid language table")
}

/// One parsed interface file: its messages and terms, each with the variables it uses.
struct FtlFile {
    path: String,
    source: String,
    messages: BTreeMap<String, BTreeSet<String>>,
    terms: BTreeSet<String>,
    references: BTreeSet<String>,
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn parse_ftl(path: &Path) -> Result<FtlFile, Vec<String>> {
    let display = path.strip_prefix(ROOT).unwrap().display().to_string();
    parse_source(display, fs::read_to_string(path).unwrap())
}

fn parse_source(display: String, source: String) -> Result<FtlFile, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    format!(
                        "{display}:{}: cannot parse: {:?}",
                        line_of(&source, e.pos.start),
                        e.kind
                    )
                })
                .collect());
        }
    };
    let mut file = FtlFile {
        path: display,
        source: source.clone(),
        messages: BTreeMap::new(),
        terms: BTreeSet::new(),
        references: BTreeSet::new(),
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_pattern(pattern, &mut variables, &mut file.references);
                }
                file.messages.insert(message.id.name.to_string(), variables);
            }
            ast::Entry::Term(term) => {
                collect_pattern(&term.value, &mut BTreeSet::new(), &mut file.references);
                file.terms.insert(term.id.name.to_string());
            }
            _ => {}
        }
    }
    Ok(file)
}

fn collect_pattern(
    pattern: &ast::Pattern<&str>,
    variables: &mut BTreeSet<String>,
    references: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, variables, references);
        }
    }
}

fn collect_expression(
    expression: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
    references: &mut BTreeSet<String>,
) {
    let inline = match expression {
        ast::Expression::Select { selector, variants } => {
            for variant in variants {
                collect_pattern(&variant.value, variables, references);
            }
            selector
        }
        ast::Expression::Inline(inline) => inline,
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            references.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, .. } => {
            references.insert(format!("-{}", id.name));
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression(expression, variables, references)
        }
        _ => {}
    }
}

/// The interface files (not service texts) of one language, by file name.
fn interface_files(code: &str) -> (BTreeMap<String, FtlFile>, Vec<String>) {
    let dir = Path::new(ROOT).join("locales").join(code);
    let mut files = BTreeMap::new();
    let mut errors = Vec::new();
    let entries = fs::read_dir(&dir).unwrap_or_else(|_| panic!("locales/{code}: folder missing"));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            match parse_ftl(&path) {
                Ok(file) => {
                    files.insert(name, file);
                }
                Err(problems) => errors.extend(problems),
            }
        }
    }
    (files, errors)
}

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Message ids the app's source asks for, with the file that asks: every literal passed to a
/// lookup, and every literal naming a shared form text.
fn ids_used_in_source() -> BTreeMap<String, String> {
    let mut sources = Vec::new();
    rust_sources(&Path::new(ROOT).join("src"), &mut sources);
    let mut used = BTreeMap::new();
    for path in sources {
        let text = fs::read_to_string(&path).unwrap();
        let display = path.strip_prefix(ROOT).unwrap().display().to_string();
        for lookup in LOOKUPS {
            for (start, _) in text.match_indices(lookup) {
                let rest = text[start + lookup.len()..].trim_start();
                if let Some(literal) = rest.strip_prefix('"') {
                    let id = &literal[..literal.find('"').unwrap()];
                    used.entry(id.to_string())
                        .or_insert_with(|| display.clone());
                }
            }
        }
        for literal in text
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|l| l.starts_with("forms-") || l.starts_with("track-"))
        {
            used.entry(literal.to_string())
                .or_insert_with(|| display.clone());
        }
    }
    // The home page heads each topic of the catalogue with `topic-<id>`.
    let catalogue: toml::Table = toml::from_str(
        &fs::read_to_string(Path::new(ROOT).join("services/catalogue.toml")).unwrap(),
    )
    .expect("services/catalogue.toml");
    for topic in catalogue["topics"].as_array().expect("topics").iter() {
        let topic = topic.as_str().expect("a topic id");
        used.entry(format!("topic-{topic}"))
            .or_insert_with(|| "services/catalogue.toml".to_string());
    }
    used
}

/// Elements of index.html that carry a message: (id, language, text).
fn static_shell_messages() -> Vec<(String, String, String)> {
    let html = fs::read_to_string(Path::new(ROOT).join("index.html")).unwrap();
    let attribute = |tag: &str, name: &str| {
        let marker = format!("{name}=\"");
        tag.find(&marker).map(|i| {
            let value = &tag[i + marker.len()..];
            value[..value.find('"').unwrap()].to_string()
        })
    };
    let mut found = Vec::new();
    for (start, _) in html.match_indices("data-l10n-id=\"") {
        let tag_start = html[..start].rfind('<').unwrap();
        let tag_end = start + html[start..].find('>').unwrap();
        let tag = &html[tag_start..tag_end];
        let id = attribute(tag, "data-l10n-id").unwrap();
        let lang = attribute(tag, "lang").unwrap_or_else(|| "zh-CN".to_string());
        let text_end = tag_end + 1 + html[tag_end + 1..].find('<').unwrap();
        found.push((id, lang, html[tag_end + 1..text_end].to_string()));
    }
    found
}

fn fail_if_any(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_ftl_file_parses() {
    let mut problems = Vec::new();
    for language in languages() {
        problems.extend(interface_files(&language.code).1);
    }
    fail_if_any(problems);
}

#[test]
fn every_language_has_the_same_files_messages_and_variables() {
    let languages = languages();
    let reference = &languages[0].code;
    let (reference_files, _) = interface_files(reference);
    let mut problems = Vec::new();
    for language in &languages[1..] {
        let (files, _) = interface_files(&language.code);
        for (name, source) in &reference_files {
            let Some(file) = files.get(name) else {
                problems.push(format!(
                    "locales/{}/{name}: file missing (present in {reference})",
                    language.code
                ));
                continue;
            };
            for (id, variables) in &source.messages {
                match file.messages.get(id) {
                    None => problems.push(format!("{}: language {}: message `{id}` missing", file.path, language.code)),
                    Some(found) if found != variables => problems.push(format!(
                        "{}: language {}: message `{id}` uses variables {found:?}, {reference} uses {variables:?}",
                        file.path, language.code
                    )),
                    Some(_) => {}
                }
            }
            for id in file
                .messages
                .keys()
                .filter(|id| !source.messages.contains_key(*id))
            {
                problems.push(format!(
                    "{}: language {}: message `{id}` is not in {reference}",
                    file.path, language.code
                ));
            }
            for term in source.terms.symmetric_difference(&file.terms) {
                problems.push(format!(
                    "{}: language {}: term `-{term}` differs from {reference}",
                    file.path, language.code
                ));
            }
        }
        for name in files
            .keys()
            .filter(|name| !reference_files.contains_key(*name))
        {
            problems.push(format!(
                "locales/{}/{name}: file not in {reference}",
                language.code
            ));
        }
    }
    fail_if_any(problems);
}

#[test]
fn every_id_the_app_uses_exists_in_every_language() {
    let mut problems = Vec::new();
    for language in languages() {
        let (files, _) = interface_files(&language.code);
        for (id, user) in ids_used_in_source() {
            if !files.values().any(|f| f.messages.contains_key(&id)) {
                problems.push(format!(
                    "{user}: language {}: message `{id}` not found in locales/{}/*.ftl",
                    language.code, language.code
                ));
            }
        }
    }
    fail_if_any(problems);
}

#[test]
fn every_message_and_term_is_used() {
    let used_in_source = ids_used_in_source();
    let used_in_html: BTreeSet<String> = static_shell_messages()
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let mut problems = Vec::new();
    for language in languages() {
        let (files, _) = interface_files(&language.code);
        let referenced: BTreeSet<&String> = files.values().flat_map(|f| &f.references).collect();
        for file in files.values() {
            for id in file.messages.keys() {
                if !used_in_source.contains_key(id)
                    && !used_in_html.contains(id)
                    && !referenced.contains(id)
                {
                    problems.push(format!(
                        "{}: language {}: message `{id}` is not used",
                        file.path, language.code
                    ));
                }
            }
            for term in &file.terms {
                if !referenced.contains(&format!("-{term}")) {
                    problems.push(format!(
                        "{}: language {}: term `-{term}` is not used",
                        file.path, language.code
                    ));
                }
            }
        }
    }
    fail_if_any(problems);
}

#[test]
fn the_static_shell_in_index_html_matches_the_messages_of_every_language() {
    use fluent_bundle::{FluentBundle, FluentResource};
    let mut problems = Vec::new();
    let shown = static_shell_messages();
    for language in languages() {
        let (files, _) = interface_files(&language.code);
        let mut bundle = FluentBundle::new(vec![language.code.parse().unwrap()]);
        bundle.set_use_isolating(false);
        for file in files.values() {
            bundle
                .add_resource(FluentResource::try_new(file.source.clone()).unwrap())
                .unwrap();
        }
        let ids: BTreeSet<&String> = shown.iter().map(|(id, _, _)| id).collect();
        for id in ids {
            if id == "header-site-name" {
                continue; // The shell names the site once, in the default language.
            }
            let Some((_, _, text)) = shown
                .iter()
                .find(|(i, lang, _)| i == id && lang == &language.code)
            else {
                problems.push(format!(
                    "index.html: language {}: no element for message `{id}`",
                    language.code
                ));
                continue;
            };
            let message = bundle.get_message(id).and_then(|m| m.value());
            let Some(pattern) = message else {
                problems.push(format!(
                    "index.html: language {}: message `{id}` not in the locale files",
                    language.code
                ));
                continue;
            };
            let expected = bundle.format_pattern(pattern, None, &mut vec![]);
            if text != &expected {
                problems.push(format!("index.html: language {}: message `{id}` reads {text:?}, the locale file says {expected:?}", language.code));
            }
        }
    }
    fail_if_any(problems);
}

#[test]
fn each_file_states_its_translation_status_as_the_language_table_does() {
    let mut problems = Vec::new();
    for language in languages() {
        let (files, _) = interface_files(&language.code);
        // The interface files and every service's texts.
        let mut sources: Vec<(String, String)> = files
            .values()
            .map(|f| (f.path.clone(), f.source.clone()))
            .collect();
        let services = Path::new(ROOT)
            .join("locales")
            .join(&language.code)
            .join("services");
        for entry in fs::read_dir(&services).unwrap() {
            let path = entry.unwrap().path();
            let display = path.strip_prefix(ROOT).unwrap().display().to_string();
            sources.push((display, fs::read_to_string(&path).unwrap()));
        }
        for (path, source) in sources {
            let says_draft = source
                .lines()
                .any(|l| l.starts_with("###") && l.contains("draft translation"));
            let says_status = source
                .lines()
                .any(|l| l.starts_with("###") && (l.contains("Status:") || l.contains("状态：")));
            if !says_status {
                problems.push(format!(
                    "{path}: language {}: no `### Status:` line",
                    language.code
                ));
            } else if says_draft != language.draft_translation {
                problems.push(format!(
                    "{path}: language {}: status line says draft={says_draft}, locales/languages.json says {}",
                    language.code, language.draft_translation
                ));
            }
        }
    }
    fail_if_any(problems);
}

#[test]
fn a_malformed_file_is_reported_with_its_file_and_line() {
    let errors = parse_source(
        "locales/xx/broken.ftl".into(),
        "good = Fine\n\nbroken = { $\n".into(),
    )
    .err()
    .expect("a broken placeable parsed");
    assert!(
        errors[0].starts_with("locales/xx/broken.ftl:3: cannot parse"),
        "{errors:?}"
    );
}

#[test]
fn every_language_loads_into_the_app_localizer_without_problems() {
    use citizen_portal::i18n::language::language_by_code;
    use citizen_portal::i18n::localizer::{INTERFACE_FILES, Localizer};
    let mut problems = Vec::new();
    for language in languages() {
        let language = language_by_code(&language.code).expect("in the compiled table");
        let sources = INTERFACE_FILES
            .iter()
            .map(|area| {
                let path = Path::new(ROOT).join(format!("locales/{}/{area}.ftl", language.code));
                fs::read_to_string(&path)
                    .unwrap_or_else(|_| panic!("locales/{}/{area}.ftl: missing", language.code))
            })
            .collect();
        let mut localizer = Localizer::new(language);
        problems.extend(
            localizer
                .add_language(language, sources)
                .into_iter()
                .map(|p| format!("locales/{}: {p}", language.code)),
        );
    }
    fail_if_any(problems);
}
