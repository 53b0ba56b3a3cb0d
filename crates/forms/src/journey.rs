//! Routing through a service: where a page leads, the path a citizen takes given their answers,
//! and validation of a whole submission along that path.

use crate::answers::Answers;
use crate::date::CivilDate;
use crate::definition::{Condition, Destination, Service};
use crate::error_code::ErrorCode;
use crate::validate::{Context, parse_date, validate_page};

/// Where the journey goes after a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Page(String),
    CheckAnswers,
    Exit(String),
}

/// How far the citizen's answers take them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// The pages on the path, in order; the last may still need answers.
    pub pages: Vec<String>,
    pub end: PathEnd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathEnd {
    /// This page (the last in `pages`) has missing or invalid answers.
    NeedsAnswers(String),
    CheckAnswers,
    Exit(String),
}

fn holds(condition: &Condition, answers: &Answers, today: CivilDate) -> bool {
    if let Some(value) = &condition.is {
        return answers
            .get(&condition.question)
            .is_some_and(|values| values.iter().any(|v| v.trim() == value));
    }
    if let Some(years) = condition.age_under {
        return answers
            .get(&condition.question)
            .and_then(|fields| parse_date(fields).ok())
            .is_some_and(|born| born.age_on(today) < years as i32);
    }
    false
}

/// The step after page `page_id`, given the answers so far.
pub fn next_step(service: &Service, page_id: &str, answers: &Answers, today: CivilDate) -> Step {
    let Some(index) = service.page_index(page_id) else {
        return Step::CheckAnswers;
    };
    let page = &service.pages[index];
    let routed = page
        .routes
        .iter()
        .find(|r| holds(&r.when, answers, today))
        .map(|r| &r.to);
    match routed {
        Some(Destination::Page(id)) => Step::Page(id.clone()),
        Some(Destination::CheckAnswers) => Step::CheckAnswers,
        Some(Destination::Exit(id)) => Step::Exit(id.clone()),
        None => service
            .pages
            .get(index + 1)
            .map_or(Step::CheckAnswers, |p| Step::Page(p.id.clone())),
    }
}

/// Follows the routes from the first page for as long as the answers are valid.
pub fn path(service: &Service, answers: &Answers, today: CivilDate) -> Path {
    let mut pages: Vec<String> = Vec::new();
    let mut current = match service.pages.first() {
        Some(first) => first.id.clone(),
        None => {
            return Path {
                pages,
                end: PathEnd::CheckAnswers,
            };
        }
    };
    let context = Context {
        service,
        answers,
        today,
    };
    loop {
        // Definitions only route forwards (checked), so a repeat means a broken definition.
        if pages.contains(&current) {
            return Path {
                end: PathEnd::NeedsAnswers(current),
                pages,
            };
        }
        pages.push(current.clone());
        let Some(page) = service.page(&current) else {
            return Path {
                end: PathEnd::NeedsAnswers(current),
                pages,
            };
        };
        if validate_page(page, context).is_err() {
            return Path {
                end: PathEnd::NeedsAnswers(current),
                pages,
            };
        }
        match next_step(service, &current, answers, today) {
            Step::Page(next) => current = next,
            Step::CheckAnswers => {
                return Path {
                    pages,
                    end: PathEnd::CheckAnswers,
                };
            }
            Step::Exit(exit) => {
                return Path {
                    pages,
                    end: PathEnd::Exit(exit),
                };
            }
        }
    }
}

/// Why a submission was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmissionError {
    /// Answers on the path are invalid: the page and each question's code.
    Invalid {
        page: String,
        errors: Vec<(String, ErrorCode)>,
    },
    /// The answers lead to an exit page: this service cannot be completed online.
    Exited(String),
    /// An answer names a question the service does not have.
    UnknownQuestion(String),
}

/// Validates a whole submission and returns the normalised answers of the pages on its path;
/// answers to pages the path no longer visits (after a changed answer) are left out.
pub fn validate_submission(
    service: &Service,
    answers: &Answers,
    today: CivilDate,
) -> Result<Answers, SubmissionError> {
    if let Some(unknown) = answers.keys().find(|id| service.question(id).is_none()) {
        return Err(SubmissionError::UnknownQuestion(unknown.clone()));
    }
    let path = path(service, answers, today);
    let context = Context {
        service,
        answers,
        today,
    };
    match path.end {
        PathEnd::Exit(exit) => Err(SubmissionError::Exited(exit)),
        PathEnd::NeedsAnswers(page_id) => {
            let errors = service
                .page(&page_id)
                .and_then(|page| validate_page(page, context).err())
                .unwrap_or_default();
            Err(SubmissionError::Invalid {
                page: page_id,
                errors,
            })
        }
        PathEnd::CheckAnswers => {
            let mut valid = Answers::new();
            for page in path.pages.iter().filter_map(|id| service.page(id)) {
                valid.extend(validate_page(page, context).map_err(|errors| {
                    SubmissionError::Invalid {
                        page: page.id.clone(),
                        errors,
                    }
                })?);
            }
            Ok(valid)
        }
    }
}

/// The answers, as typed, to the questions on the citizen's path: what the browser sends. An
/// answer left on a page the path no longer visits (perhaps never valid) stays on the device.
pub fn answers_on_path(service: &Service, answers: &Answers, today: CivilDate) -> Answers {
    let path = path(service, answers, today);
    let on_path = |question: &str| {
        path.pages
            .iter()
            .filter_map(|id| service.page(id))
            .any(|page| page.questions.iter().any(|q| q.id == question))
    };
    answers
        .iter()
        .filter(|(question, _)| on_path(question))
        .map(|(question, values)| (question.clone(), values.clone()))
        .collect()
}

/// The page before `page_id` on the citizen's path, for the Back link.
pub fn previous_page(
    service: &Service,
    page_id: &str,
    answers: &Answers,
    today: CivilDate,
) -> Option<String> {
    let path = path(service, answers, today);
    let position = path.pages.iter().position(|p| p == page_id)?;
    position.checked_sub(1).map(|i| path.pages[i].clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::{AnswerKind, Exit, Page, Question, Route};
    use crate::validate::test_support::question;

    const TODAY: CivilDate = CivilDate {
        year: 2026,
        month: 11,
        day: 27,
    };

    fn q(id: &str, kind: AnswerKind, options: &[&str]) -> Question {
        let mut q = question(kind);
        q.id = id.into();
        q.options = options.iter().map(|o| o.to_string()).collect();
        q
    }

    /// reason → (changed-details → new-details) → date-of-birth (under 16 → exit) → id-number.
    fn service() -> Service {
        let page = |id: &str, question: Question, routes: Vec<Route>| Page {
            id: id.into(),
            questions: vec![question],
            routes,
        };
        Service {
            id: "id-card".into(),
            version: 1,
            topic: "identity".into(),
            suggest_elder_mode: false,
            rated_when_sent: false,
            pages: vec![
                page(
                    "reason",
                    q("reason", AnswerKind::Radios, &["lost", "changed-details"]),
                    vec![Route {
                        when: Condition {
                            question: "reason".into(),
                            is: Some("lost".into()),
                            age_under: None,
                        },
                        to: Destination::Page("date-of-birth".into()),
                    }],
                ),
                page(
                    "new-details",
                    q("new-details", AnswerKind::ShortText, &[]),
                    vec![],
                ),
                page(
                    "date-of-birth",
                    q("date-of-birth", AnswerKind::Date, &[]),
                    vec![Route {
                        when: Condition {
                            question: "date-of-birth".into(),
                            is: None,
                            age_under: Some(16),
                        },
                        to: Destination::Exit("under-16".into()),
                    }],
                ),
                page(
                    "id-number",
                    q("id-number", AnswerKind::ShortText, &[]),
                    vec![],
                ),
            ],
            exits: vec![Exit {
                id: "under-16".into(),
            }],
        }
    }

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    #[test]
    fn a_route_skips_pages_and_the_default_is_the_next_page() {
        let s = service();
        let lost = answers(&[("reason", &["lost"])]);
        assert_eq!(
            next_step(&s, "reason", &lost, TODAY),
            Step::Page("date-of-birth".into())
        );
        let changed = answers(&[("reason", &["changed-details"])]);
        assert_eq!(
            next_step(&s, "reason", &changed, TODAY),
            Step::Page("new-details".into())
        );
        assert_eq!(
            next_step(&s, "id-number", &changed, TODAY),
            Step::CheckAnswers
        );
    }

    #[test]
    fn the_path_stops_at_the_first_page_that_needs_answers() {
        let s = service();
        let a = answers(&[
            ("reason", &["lost"]),
            ("date-of-birth", &["31", "2", "1980"]),
        ]);
        let p = path(&s, &a, TODAY);
        assert_eq!(p.pages, ["reason", "date-of-birth"]);
        assert_eq!(p.end, PathEnd::NeedsAnswers("date-of-birth".into()));
    }

    #[test]
    fn an_applicant_under_16_is_sent_to_the_exit_page() {
        let s = service();
        let a = answers(&[
            ("reason", &["lost"]),
            ("date-of-birth", &["1", "1", "2015"]),
        ]);
        assert_eq!(path(&s, &a, TODAY).end, PathEnd::Exit("under-16".into()));
        assert_eq!(
            validate_submission(&s, &a, TODAY),
            Err(SubmissionError::Exited("under-16".into()))
        );
    }

    #[test]
    fn a_complete_submission_drops_answers_the_path_no_longer_visits() {
        let s = service();
        let a = answers(&[
            ("reason", &["lost"]),
            ("new-details", &["left over from a changed answer"]),
            ("date-of-birth", &["１", "1", "1980"]),
            ("id-number", &["x"]),
        ]);
        let valid = validate_submission(&s, &a, TODAY).unwrap();
        assert!(!valid.contains_key("new-details"));
        assert_eq!(valid["date-of-birth"], ["1", "1", "1980"]);
        assert_eq!(
            previous_page(&s, "id-number", &a, TODAY),
            Some("date-of-birth".into())
        );
        assert_eq!(previous_page(&s, "reason", &a, TODAY), None);
    }

    #[test]
    fn only_answers_on_the_path_are_sent() {
        let s = service();
        let too_long_to_send = "x".repeat(100_000);
        let a = answers(&[
            ("reason", &["lost"]),
            ("new-details", &[too_long_to_send.as_str()]),
            ("date-of-birth", &["1", "1", "1980"]),
            ("id-number", &["x"]),
        ]);
        let sent = answers_on_path(&s, &a, TODAY);
        assert_eq!(
            sent.keys().collect::<Vec<_>>(),
            ["date-of-birth", "id-number", "reason"]
        );
        assert_eq!(
            validate_submission(&s, &sent, TODAY),
            validate_submission(&s, &a, TODAY)
        );
    }

    #[test]
    fn unknown_questions_and_invalid_answers_are_refused_with_codes() {
        let s = service();
        let a = answers(&[("reason", &["lost"]), ("admin", &["true"])]);
        assert_eq!(
            validate_submission(&s, &a, TODAY),
            Err(SubmissionError::UnknownQuestion("admin".into()))
        );
        let a = answers(&[("reason", &["stolen"])]);
        assert_eq!(
            validate_submission(&s, &a, TODAY),
            Err(SubmissionError::Invalid {
                page: "reason".into(),
                errors: vec![("reason".into(), ErrorCode::NotAnOption)]
            })
        );
    }
}
