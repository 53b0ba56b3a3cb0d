//! Checks that a definition makes sense before it reaches a browser: ids, limits, routes that go
//! nowhere or backwards, pages nobody can reach. Each problem names the service, the page or
//! question, and the reason, so a department's IT team can fix the file.

use crate::definition::{AnswerKind, Destination, Question, Service};
use crate::validate::size::{SUBMISSION_BODY_LIMIT, largest_submission};
use std::collections::BTreeSet;
use std::fmt;

/// One thing wrong with a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub service: String,
    pub page: Option<String>,
    pub question: Option<String>,
    pub reason: Reason,
}

/// Why a definition is refused. Developer-facing codes with their details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    BadId(String),
    /// Page ids that would clash with the journey's own addresses.
    ReservedPageId,
    BadVersion,
    NoPages,
    EmptyPage,
    DuplicatePage,
    DuplicateQuestion,
    DuplicateExit,
    DuplicateOption(String),
    TooFewOptions,
    OptionsNotAllowed,
    ExclusiveNotAnOption(String),
    ExclusiveNotAllowed,
    LimitNotAllowed(&'static str),
    ImpossibleLimits(&'static str),
    MatchesNotADateQuestion(String),
    ConditionOnUnknownQuestion(String),
    ConditionOnLaterQuestion(String),
    ConditionNeedsOneTest,
    ConditionValueNotAnOption(String),
    AgeConditionNotOnADate,
    RouteToUnknownPage(String),
    RouteBackwards(String),
    RouteToUnknownExit(String),
    UnreachablePage,
    UnusedExit(String),
    /// Every answer at its limit would make a submission of this many bytes, over
    /// [`SUBMISSION_BODY_LIMIT`].
    SubmissionTooLarge(usize),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::BadId(id) => write!(
                f,
                "id {id:?} must be lower-case letters, digits and single hyphens"
            ),
            Reason::ReservedPageId => write!(
                f,
                "page ids {RESERVED_PAGE_IDS:?} are taken by the journey's own pages"
            ),
            Reason::BadVersion => write!(f, "version must be 1 or more"),
            Reason::NoPages => write!(f, "the service has no pages"),
            Reason::EmptyPage => write!(f, "the page has no questions"),
            Reason::DuplicatePage => write!(f, "another page has the same id"),
            Reason::DuplicateQuestion => write!(f, "another question has the same id"),
            Reason::DuplicateExit => write!(f, "another exit has the same id"),
            Reason::DuplicateOption(o) => write!(f, "option {o:?} is listed twice"),
            Reason::TooFewOptions => {
                write!(f, "radios, checkboxes and select need at least two options")
            }
            Reason::OptionsNotAllowed => {
                write!(f, "only radios, checkboxes and select take options")
            }
            Reason::ExclusiveNotAnOption(o) => {
                write!(f, "exclusive option {o:?} is not one of the options")
            }
            Reason::ExclusiveNotAllowed => write!(f, "only checkboxes take an exclusive option"),
            Reason::LimitNotAllowed(limit) => {
                write!(f, "`{limit}` does not apply to this answer type")
            }
            Reason::ImpossibleLimits(which) => write!(f, "impossible limits: {which}"),
            Reason::MatchesNotADateQuestion(q) => write!(
                f,
                "`matches` names {q:?}, which is not a date question on this or an earlier page"
            ),
            Reason::ConditionOnUnknownQuestion(q) => {
                write!(f, "a route's condition names unknown question {q:?}")
            }
            Reason::ConditionOnLaterQuestion(q) => {
                write!(f, "a route's condition names {q:?}, asked on a later page")
            }
            Reason::ConditionNeedsOneTest => write!(
                f,
                "a route's condition needs exactly one of `is` and `age_under`"
            ),
            Reason::ConditionValueNotAnOption(v) => write!(
                f,
                "a route's condition tests for {v:?}, which is not an option of that question"
            ),
            Reason::AgeConditionNotOnADate => {
                write!(f, "`age_under` applies only to date questions")
            }
            Reason::RouteToUnknownPage(p) => write!(f, "a route goes to unknown page {p:?}"),
            Reason::RouteBackwards(p) => write!(
                f,
                "a route goes back to page {p:?}; routes may only go forwards"
            ),
            Reason::RouteToUnknownExit(e) => write!(f, "a route goes to unknown exit {e:?}"),
            Reason::UnreachablePage => write!(f, "no route reaches this page"),
            Reason::UnusedExit(e) => write!(f, "no route leads to exit {e:?}"),
            Reason::SubmissionTooLarge(bytes) => write!(
                f,
                "with every answer at its limit a submission takes {bytes} bytes, over the \
                 {SUBMISSION_BODY_LIMIT} the server accepts: lower some `max_length`"
            ),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "service {}", self.service)?;
        if let Some(page) = &self.page {
            write!(f, ", page {page}")?;
        }
        if let Some(question) = &self.question {
            write!(f, ", question {question}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Addresses under `/services/<id>/` that are not question pages.
pub const RESERVED_PAGE_IDS: [&str; 3] = ["check-answers", "confirmation", "exit"];

/// Lower-case ASCII words joined by single hyphens: safe in addresses and Fluent ids.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every problem found in `service`; empty when the definition is sound.
pub fn check(service: &Service) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |page: Option<&str>, question: Option<&str>, reason: Reason| {
        problems.push(Problem {
            service: service.id.clone(),
            page: page.map(String::from),
            question: question.map(String::from),
            reason,
        });
    };
    if !is_valid_id(&service.id) {
        report(None, None, Reason::BadId(service.id.clone()));
    }
    if service.version == 0 {
        report(None, None, Reason::BadVersion);
    }
    if service.pages.is_empty() {
        report(None, None, Reason::NoPages);
    }
    let largest = largest_submission(service);
    if largest > SUBMISSION_BODY_LIMIT {
        report(None, None, Reason::SubmissionTooLarge(largest));
    }
    let mut page_ids = BTreeSet::new();
    let mut question_ids = BTreeSet::new();
    for page in &service.pages {
        let p = Some(page.id.as_str());
        if !is_valid_id(&page.id) {
            report(p, None, Reason::BadId(page.id.clone()));
        }
        if RESERVED_PAGE_IDS.contains(&page.id.as_str()) {
            report(p, None, Reason::ReservedPageId);
        }
        if !page_ids.insert(page.id.as_str()) {
            report(p, None, Reason::DuplicatePage);
        }
        if page.questions.is_empty() {
            report(p, None, Reason::EmptyPage);
        }
        for question in &page.questions {
            if !question_ids.insert(question.id.as_str()) {
                report(p, Some(&question.id), Reason::DuplicateQuestion);
            }
            for reason in question_problems(service, question) {
                report(p, Some(&question.id), reason);
            }
        }
    }
    let mut exit_ids = BTreeSet::new();
    for exit in &service.exits {
        if !is_valid_id(&exit.id) {
            report(None, None, Reason::BadId(exit.id.clone()));
        }
        if !exit_ids.insert(exit.id.as_str()) {
            report(None, None, Reason::DuplicateExit);
        }
    }
    for (index, page) in service.pages.iter().enumerate() {
        for route in &page.routes {
            for reason in route_problems(service, index, &route.when, &route.to) {
                report(Some(&page.id), None, reason);
            }
        }
    }
    let (reached_pages, reached_exits) = reachable(service);
    for page in service
        .pages
        .iter()
        .filter(|p| !reached_pages.contains(p.id.as_str()))
    {
        report(Some(&page.id), None, Reason::UnreachablePage);
    }
    for exit in service
        .exits
        .iter()
        .filter(|e| !reached_exits.contains(e.id.as_str()))
    {
        report(None, None, Reason::UnusedExit(exit.id.clone()));
    }
    problems
}

fn question_problems(service: &Service, question: &Question) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let kind = question.kind;
    if !is_valid_id(&question.id) {
        reasons.push(Reason::BadId(question.id.clone()));
    }
    if kind.has_options() {
        if question.options.len() < 2 {
            reasons.push(Reason::TooFewOptions);
        }
        let mut seen = BTreeSet::new();
        for option in &question.options {
            if !is_valid_id(option) {
                reasons.push(Reason::BadId(option.clone()));
            }
            if !seen.insert(option) {
                reasons.push(Reason::DuplicateOption(option.clone()));
            }
        }
    } else if !question.options.is_empty() {
        reasons.push(Reason::OptionsNotAllowed);
    }
    match (&question.exclusive, kind) {
        (Some(exclusive), AnswerKind::Checkboxes) if !question.options.contains(exclusive) => {
            reasons.push(Reason::ExclusiveNotAnOption(exclusive.clone()))
        }
        (Some(_), AnswerKind::Checkboxes) | (None, _) => {}
        (Some(_), _) => reasons.push(Reason::ExclusiveNotAllowed),
    }
    let number = matches!(kind, AnswerKind::WholeNumber | AnswerKind::DecimalNumber);
    let text = matches!(
        kind,
        AnswerKind::ShortText | AnswerKind::LongText | AnswerKind::FullName
    );
    let date = kind == AnswerKind::Date;
    let limits: [(&'static str, bool, bool); 9] = [
        ("min", question.min.is_some(), number),
        ("max", question.max.is_some(), number),
        (
            "decimal_places",
            question.decimal_places.is_some(),
            kind == AnswerKind::DecimalNumber,
        ),
        ("max_length", question.max_length.is_some(), text),
        ("not_in_future", question.not_in_future, date),
        ("not_in_past", question.not_in_past, date),
        ("min_age", question.min_age.is_some(), date),
        ("max_age", question.max_age.is_some(), date),
        (
            "matches",
            question.matches.is_some(),
            kind == AnswerKind::ResidentId,
        ),
    ];
    for (name, set, applies) in limits {
        if set && !applies {
            reasons.push(Reason::LimitNotAllowed(name));
        }
    }
    if question
        .min
        .zip(question.max)
        .is_some_and(|(min, max)| min > max)
    {
        reasons.push(Reason::ImpossibleLimits("min is above max"));
    }
    if question.max_length == Some(0) {
        reasons.push(Reason::ImpossibleLimits("max_length is 0"));
    }
    if question.not_in_future && question.not_in_past {
        reasons.push(Reason::ImpossibleLimits(
            "not_in_future and not_in_past leave only today",
        ));
    }
    if question
        .min_age
        .zip(question.max_age)
        .is_some_and(|(min, max)| min > max)
    {
        reasons.push(Reason::ImpossibleLimits("min_age is above max_age"));
    }
    if let Some(other) = &question.matches {
        let own_page = service
            .page_of(&question.id)
            .and_then(|p| service.page_index(&p.id));
        let other_page = service
            .page_of(other)
            .and_then(|p| service.page_index(&p.id));
        let is_date = service
            .question(other)
            .is_some_and(|q| q.kind == AnswerKind::Date);
        if !is_date || other_page.zip(own_page).is_none_or(|(o, m)| o > m) {
            reasons.push(Reason::MatchesNotADateQuestion(other.clone()));
        }
    }
    reasons
}

fn route_problems(
    service: &Service,
    index: usize,
    when: &crate::Condition,
    to: &Destination,
) -> Vec<Reason> {
    let mut reasons = Vec::new();
    match service.question(&when.question) {
        None => reasons.push(Reason::ConditionOnUnknownQuestion(when.question.clone())),
        Some(question) => {
            let asked_on = service
                .page_of(&question.id)
                .and_then(|p| service.page_index(&p.id));
            if asked_on.is_some_and(|asked| asked > index) {
                reasons.push(Reason::ConditionOnLaterQuestion(question.id.clone()));
            }
            match (&when.is, when.age_under) {
                (Some(value), None) => {
                    let options = if question.kind == AnswerKind::YesNo {
                        vec!["yes".to_string(), "no".to_string()]
                    } else {
                        question.options.clone()
                    };
                    if !options.contains(value) {
                        reasons.push(Reason::ConditionValueNotAnOption(value.clone()));
                    }
                }
                (None, Some(_)) if question.kind != AnswerKind::Date => {
                    reasons.push(Reason::AgeConditionNotOnADate)
                }
                (None, Some(_)) => {}
                _ => reasons.push(Reason::ConditionNeedsOneTest),
            }
        }
    }
    match to {
        Destination::Page(target) => match service.page_index(target) {
            None => reasons.push(Reason::RouteToUnknownPage(target.clone())),
            Some(target_index) if target_index <= index => {
                reasons.push(Reason::RouteBackwards(target.clone()))
            }
            Some(_) => {}
        },
        Destination::Exit(exit) if !service.exits.iter().any(|e| &e.id == exit) => {
            reasons.push(Reason::RouteToUnknownExit(exit.clone()))
        }
        Destination::Exit(_) | Destination::CheckAnswers => {}
    }
    reasons
}

/// Whether the page's routes leave no answer for the default step: they test every option of a
/// required single-choice question.
fn routes_cover_every_answer(service: &Service, page: &crate::Page) -> bool {
    page.routes.iter().any(|route| {
        let Some(question) = service.question(&route.when.question) else {
            return false;
        };
        let options = match question.kind {
            AnswerKind::YesNo => vec!["yes".to_string(), "no".to_string()],
            AnswerKind::Radios | AnswerKind::Select => question.options.clone(),
            _ => return false,
        };
        question.required
            && options.iter().all(|option| {
                page.routes
                    .iter()
                    .any(|r| r.when.question == question.id && r.when.is.as_ref() == Some(option))
            })
    })
}

/// Pages and exits reachable from the first page along default steps and routes.
fn reachable(service: &Service) -> (BTreeSet<&str>, BTreeSet<&str>) {
    let mut pages = BTreeSet::new();
    let mut exits = BTreeSet::new();
    let mut pending: Vec<usize> = if service.pages.is_empty() {
        vec![]
    } else {
        vec![0]
    };
    while let Some(index) = pending.pop() {
        let page = &service.pages[index];
        if !pages.insert(page.id.as_str()) {
            continue;
        }
        if index + 1 < service.pages.len() && !routes_cover_every_answer(service, page) {
            pending.push(index + 1);
        }
        for route in &page.routes {
            match &route.to {
                Destination::Page(target) => pending.extend(service.page_index(target)),
                Destination::Exit(exit) => {
                    exits.insert(exit.as_str());
                }
                Destination::CheckAnswers => {}
            }
        }
    }
    (pages, exits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::{Condition, Exit, Page, Route};
    use crate::validate::test_support::question;

    fn q(id: &str, kind: AnswerKind) -> Question {
        let mut q = question(kind);
        q.id = id.into();
        if kind.has_options() {
            q.options = vec!["a".into(), "b".into()];
        }
        q
    }

    fn service(pages: Vec<Page>) -> Service {
        Service {
            id: "test-service".into(),
            version: 1,
            topic: "t".into(),
            suggest_elder_mode: false,
            rated_when_sent: false,
            pages,
            exits: vec![],
        }
    }

    fn page(id: &str, questions: Vec<Question>) -> Page {
        Page {
            id: id.into(),
            questions,
            routes: vec![],
        }
    }

    fn reasons(service: &Service) -> Vec<Reason> {
        check(service).into_iter().map(|p| p.reason).collect()
    }

    #[test]
    fn a_sound_definition_has_no_problems() {
        let s = service(vec![
            page("one", vec![q("a", AnswerKind::Radios)]),
            page("two", vec![q("b", AnswerKind::ShortText)]),
        ]);
        assert_eq!(check(&s), vec![]);
    }

    #[test]
    fn duplicate_ids_are_reported_with_their_question() {
        let s = service(vec![
            page("one", vec![q("a", AnswerKind::ShortText)]),
            page("one", vec![q("a", AnswerKind::ShortText)]),
        ]);
        let problems = check(&s);
        assert!(problems.iter().any(|p| p.reason == Reason::DuplicatePage));
        let duplicate = problems
            .iter()
            .find(|p| p.reason == Reason::DuplicateQuestion)
            .unwrap();
        assert_eq!(duplicate.question.as_deref(), Some("a"));
        assert_eq!(
            duplicate.to_string(),
            "service test-service, page one, question a: another question has the same id"
        );
    }

    #[test]
    fn a_service_whose_answers_could_outgrow_a_request_is_refused() {
        let long = |id: &str| {
            let mut text = q(id, AnswerKind::LongText);
            text.max_length = Some(5000);
            text
        };
        let fits = service(vec![page("one", vec![long("a"), long("b")])]);
        assert_eq!(check(&fits), vec![]);
        let too_much = service(vec![page("one", vec![long("a"), long("b"), long("c")])]);
        let problems = check(&too_much);
        assert!(
            matches!(problems[..], [Problem { reason: Reason::SubmissionTooLarge(bytes), .. }] if bytes > SUBMISSION_BODY_LIMIT),
            "{problems:?}"
        );
    }

    #[test]
    fn impossible_limits_and_misplaced_rules() {
        let mut number = q("n", AnswerKind::WholeNumber);
        number.min = Some(10.0);
        number.max = Some(1.0);
        let mut text = q("t", AnswerKind::ShortText);
        text.min_age = Some(3);
        let mut radios = q("r", AnswerKind::Radios);
        radios.exclusive = Some("zzz".into());
        let s = service(vec![page("p", vec![number, text, radios])]);
        let found = reasons(&s);
        assert!(found.contains(&Reason::ImpossibleLimits("min is above max")));
        assert!(found.contains(&Reason::LimitNotAllowed("min_age")));
        assert!(found.contains(&Reason::ExclusiveNotAllowed));
    }

    #[test]
    fn routes_to_unknown_or_earlier_pages_and_unreachable_pages() {
        let mut first = page("first", vec![q("a", AnswerKind::Radios)]);
        let route = |is: &str, to: Destination| Route {
            when: Condition {
                question: "a".into(),
                is: Some(is.into()),
                age_under: None,
            },
            to,
        };
        first.routes = vec![
            route("a", Destination::Page("missing".into())),
            route("zzz", Destination::Exit("nowhere".into())),
        ];
        let mut second = page("second", vec![q("b", AnswerKind::ShortText)]);
        second.routes = vec![Route {
            when: Condition {
                question: "a".into(),
                is: Some("a".into()),
                age_under: None,
            },
            to: Destination::Page("first".into()),
        }];
        let found = reasons(&service(vec![first, second]));
        assert!(found.contains(&Reason::RouteToUnknownPage("missing".into())));
        assert!(found.contains(&Reason::RouteToUnknownExit("nowhere".into())));
        assert!(found.contains(&Reason::ConditionValueNotAnOption("zzz".into())));
        assert!(found.contains(&Reason::RouteBackwards("first".into())));

        // A page skipped by a route that covers every answer, with no other way in.
        let mut start = page("start", vec![q("a", AnswerKind::YesNo)]);
        start.routes = vec![Route {
            when: Condition {
                question: "a".into(),
                is: Some("yes".into()),
                age_under: None,
            },
            to: Destination::Page("end".into()),
        }];
        let s = service(vec![
            start,
            page("middle", vec![q("m", AnswerKind::ShortText)]),
            page("end", vec![q("e", AnswerKind::ShortText)]),
        ]);
        assert_eq!(
            check(&s),
            vec![],
            "middle is still reachable when the answer is no"
        );
        let mut covered = s.clone();
        covered.pages[0].routes.push(Route {
            when: Condition {
                question: "a".into(),
                is: Some("no".into()),
                age_under: None,
            },
            to: Destination::Page("end".into()),
        });
        let unreachable = check(&covered);
        assert_eq!(unreachable.len(), 1);
        assert_eq!(
            (unreachable[0].page.as_deref(), &unreachable[0].reason),
            (Some("middle"), &Reason::UnreachablePage)
        );
        let mut s2 = s.clone();
        s2.exits.push(Exit {
            id: "unused".into(),
        });
        assert!(reasons(&s2).contains(&Reason::UnusedExit("unused".into())));
    }

    #[test]
    fn a_page_cannot_take_the_address_of_check_answers() {
        let s = service(vec![page(
            "check-answers",
            vec![q("a", AnswerKind::ShortText)],
        )]);
        assert_eq!(reasons(&s), vec![Reason::ReservedPageId]);
    }

    #[test]
    fn ids_must_be_safe_for_addresses_and_message_ids() {
        for bad in [
            "",
            "Upper",
            "with space",
            "-lead",
            "trail-",
            "dou--ble",
            "中文",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert!(is_valid_id("id-card-replacement2"));
    }
}
