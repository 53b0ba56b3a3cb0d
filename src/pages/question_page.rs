//! A question page: one question (its label is the heading) or a few related ones under a page
//! heading. Continue validates with the shared rules, shows errors GOV.UK's way, or moves on
//! along the service's routes; after a Change link it returns to check answers.

use crate::components::field::{Field, error_message};
use crate::components::{
    BackLink, DraftNotice, ErrorLink, ErrorSummary, PageTitle, QuestionField, ReadAloud,
};
use crate::i18n::{DateOrder, use_i18n};
use crate::router::{paths, use_router};
use crate::service::{ServiceSession, page_errors, today};
use leptos::prelude::*;
use portal_forms::journey::{self, PathEnd, Step};
use portal_forms::validate::{Context, validate_page};
use portal_forms::{AnswerKind, ErrorCode, Question, Service, messages};
use std::sync::Arc;

/// Where the citizen should be instead, if this page is not on their path yet (a deep link or an
/// old bookmark): the first page that still needs answers.
fn redirect_for(service: &Service, session: ServiceSession, page: &str) -> Option<String> {
    let path = session
        .answers
        .with_untracked(|answers| journey::path(service, answers, today()));
    if path.pages.iter().any(|p| p == page) {
        return None;
    }
    Some(match path.end {
        PathEnd::NeedsAnswers(first) => paths::question(&service.id, &first),
        PathEnd::CheckAnswers => paths::check_answers(&service.id),
        PathEnd::Exit(exit) => paths::exit(&service.id, &exit),
    })
}

/// The id of the first input of a question, where the error summary sends focus.
fn first_input_id(question: &Question, order: DateOrder) -> String {
    match (question.kind, order) {
        (AnswerKind::Date, DateOrder::DayMonthYear) => format!("{}-day", question.id),
        (AnswerKind::Date, DateOrder::YearMonthDay) => format!("{}-year", question.id),
        _ => question.id.clone(),
    }
}

#[component]
pub fn QuestionPage(session: ServiceSession, service: Arc<Service>, page: String) -> impl IntoView {
    let router = use_router();
    let i18n = use_i18n();
    let texts = session.texts;
    let Some(definition) = service.page(&page).cloned() else {
        router.replace(&paths::start(&service.id));
        return ().into_any();
    };
    if let Some(elsewhere) = redirect_for(&service, session, &page) {
        router.replace(&elsewhere);
        return ().into_any();
    }
    let definition = Arc::new(definition);
    let single = definition.questions.len() == 1;
    // Errors the server found in answers the browser accepted are shown here once.
    let initial_errors: Vec<(String, ErrorCode)> = session
        .server_errors
        .try_update(std::mem::take)
        .unwrap_or_default()
        .into_iter()
        .filter(|(q, _)| definition.questions.iter().any(|d| &d.id == q))
        .collect();
    let errors = RwSignal::new(initial_errors);
    let attempts = RwSignal::new(0u32);

    let fields = definition
        .questions
        .iter()
        .map(|question| {
            let question = Arc::new(question.clone());
            let error = {
                let question = question.clone();
                Signal::derive(move || {
                    errors.with(|e| {
                        e.iter()
                            .find(|(id, _)| id == &question.id)
                            .map(|(_, code)| error_message(texts, &question, *code))
                    })
                })
            };
            view! { <QuestionField field=Field { question, session, error, heading: single } /> }
        })
        .collect_view();

    let title = {
        let definition = definition.clone();
        move || {
            let title = if single {
                texts.t(&messages::label(&definition.questions[0].id))
            } else {
                texts.t(&messages::page_title(&definition.id))
            };
            if errors.with(Vec::is_empty) {
                title
            } else {
                texts.t_with("forms-error-title", &[("title", title.into())])
            }
        }
    };
    let summary_links = {
        let definition = definition.clone();
        move || -> Vec<ErrorLink> {
            let order = i18n.language().date_order;
            errors
                .get()
                .into_iter()
                .filter_map(|(id, code)| {
                    let question = definition.questions.iter().find(|q| q.id == id)?;
                    Some((
                        first_input_id(question, order),
                        error_message(texts, question, code),
                    ))
                })
                .collect()
        }
    };
    let back = session
        .answers
        .with_untracked(|answers| journey::previous_page(&service, &page, answers, today()))
        .map_or_else(
            || paths::start(&service.id),
            |previous| paths::question(&service.id, &previous),
        );
    let change_mode = router.query("change").is_some();

    let submit = {
        let (service, definition) = (service.clone(), definition.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let answers = session.answers.get_untracked();
            let context = Context {
                service: &service,
                answers: &answers,
                today: today(),
            };
            if let Err(found) = validate_page(&definition, context) {
                page_errors::report(&service.id, &definition.id, &found);
                errors.set(found);
                attempts.update(|a| *a += 1);
                return;
            }
            errors.set(Vec::new());
            let complete = journey::path(&service, &answers, today()).end == PathEnd::CheckAnswers;
            let next = if change_mode && complete {
                paths::check_answers(&service.id)
            } else {
                match journey::next_step(&service, &definition.id, &answers, today()) {
                    Step::Page(next) if change_mode => paths::change(&service.id, &next),
                    Step::Page(next) => paths::question(&service.id, &next),
                    Step::CheckAnswers => paths::check_answers(&service.id),
                    Step::Exit(exit) => paths::exit(&service.id, &exit),
                }
            };
            router.navigate(&next);
        }
    };
    let page_heading = (!single).then(|| {
        let id = messages::page_title(&definition.id);
        view! { <h1 class="app-heading-l" tabindex="-1">{texts.tr(id.clone())}</h1> }
    });
    view! {
        <BackLink href=back texts />
        {move || {
            attempts.track();
            (!errors.with(Vec::is_empty)).then(|| view! {
                <ErrorSummary title=texts.tr("forms-error-summary-title") errors=Signal::derive(summary_links.clone()) />
            })
        }}
        <PageTitle title=Signal::derive(title) />
        <ReadAloud />
        <form class="app-form" novalidate on:submit=submit>
            {page_heading}
            {fields}
            <button type="submit" class="app-button">{texts.tr("forms-continue")}</button>
        </form>
        <DraftNotice session />
    }
    .into_any()
}
