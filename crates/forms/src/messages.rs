//! The Fluent messages a service's texts must provide, by convention from its ids, so a
//! department writes texts, not message lists. Used by the checks and by the app.

use crate::definition::{Question, Service};

/// The service's name (catalogue, start page heading).
pub const NAME: &str = "name";
/// One line under the name in the catalogue.
pub const SUMMARY: &str = "summary";
/// Words people may search with that are not in the name or summary (space-separated).
pub const KEYWORDS: &str = "keywords";
/// The information page's sections, in the order they are shown; each is one paragraph per line.
/// What the service is, who can apply, what to bring or upload, fees, how long it takes, how to
/// apply online, in person and by phone, and whom to contact.
pub const INFO_SECTIONS: [&str; 9] = [
    "info-what",
    "info-who",
    "info-bring",
    "info-fees",
    "info-time",
    "info-online",
    "info-in-person",
    "info-phone",
    "info-contact",
];
/// What the citizen confirms by sending.
pub const DECLARATION: &str = "declaration";
/// What happens after sending (confirmation page): one paragraph per line.
pub const NEXT_STEPS: &str = "next-steps";

/// Messages every language's `services/<id>.ftl` must have.
pub fn required_messages(service: &Service) -> Vec<String> {
    let mut ids: Vec<String> = [NAME, SUMMARY, DECLARATION, NEXT_STEPS]
        .iter()
        .chain(INFO_SECTIONS.iter())
        .map(|id| id.to_string())
        .collect();
    for page in &service.pages {
        if page.questions.len() > 1 {
            ids.push(page_title(&page.id));
        }
        for question in &page.questions {
            ids.push(label(&question.id));
            if question.kind.has_options() {
                ids.extend(question.options.iter().map(|o| option(&question.id, o)));
            }
        }
    }
    for exit in &service.exits {
        ids.push(exit_title(&exit.id));
        ids.push(exit_body(&exit.id));
    }
    ids
}

/// Whether an optional message id (hints, error overrides) belongs to this service.
pub fn is_optional_message(service: &Service, id: &str) -> bool {
    id == KEYWORDS
        || service.questions().any(|q| {
            id == hint(&q.id)
                || id
                    .strip_prefix(&format!("{}-error-", q.id))
                    .is_some_and(|code| crate::ErrorCode::ALL.iter().any(|c| c.as_str() == code))
                || (q.kind.has_options() && q.options.iter().any(|o| id == option_hint(&q.id, o)))
        })
}

pub fn page_title(page: &str) -> String {
    format!("page-{page}-title")
}

pub fn label(question: &str) -> String {
    format!("{question}-label")
}

pub fn hint(question: &str) -> String {
    format!("{question}-hint")
}

pub fn option(question: &str, value: &str) -> String {
    format!("{question}-option-{value}")
}

pub fn option_hint(question: &str, value: &str) -> String {
    format!("{question}-option-{value}-hint")
}

/// A question's own wording for an error, preferred over the generic one when present.
pub fn error_override(question: &Question, code: crate::ErrorCode) -> String {
    format!("{}-error-{}", question.id, code.as_str())
}

pub fn exit_title(exit: &str) -> String {
    format!("exit-{exit}-title")
}

pub fn exit_body(exit: &str) -> String {
    format!("exit-{exit}-body")
}

/// Whether the question's label is the page heading (a page with one question, GOV.UK style).
pub fn label_is_heading(service: &Service, question: &Question) -> bool {
    service
        .page_of(&question.id)
        .is_some_and(|p| p.questions.len() == 1)
}
