//! Check your answers: every answer on the citizen's path with a Change link, then the
//! declaration and "Accept and send". A failed send keeps everything and says what happened.

use crate::components::{BackLink, PageHeading};
use crate::i18n::dates::long_date;
use crate::i18n::{Texts, use_i18n};
use crate::outbox::Handed;
use crate::router::{paths, use_router};
use crate::service::{ServiceSession, today};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::journey::{self, PathEnd};
use portal_forms::validate::parse_date;
use portal_forms::{AnswerKind, Question, Service, messages};
use std::sync::Arc;

/// An answer as the citizen should read it back.
fn shown_value(
    texts: Texts,
    question: &Question,
    values: Option<&Vec<String>>,
    i18n: crate::i18n::I18n,
) -> Vec<String> {
    let Some(values) = values.filter(|v| !v.is_empty()) else {
        return vec![texts.t("forms-check-answers-not-answered")];
    };
    match question.kind {
        AnswerKind::Date => match parse_date(values) {
            Ok(date) => vec![long_date(i18n, date)],
            Err(_) => values.clone(),
        },
        AnswerKind::YesNo => values
            .iter()
            .map(|v| texts.t(if v == "yes" { "forms-yes" } else { "forms-no" }))
            .collect(),
        kind if kind.has_options() => values
            .iter()
            .map(|v| texts.t(&messages::option(&question.id, v)))
            .collect(),
        _ => values.clone(),
    }
}

/// Why the application did not go: said under the answers, which are all kept.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    /// Refused as a whole, to be checked against the service (e.g. it changed meanwhile).
    Rejected,
    /// An application with the same key was sent before with other answers.
    AlreadySent(Option<String>),
    /// Refused for another reason: the status, for the helpline.
    Refused(u16),
    /// The device could not store it.
    NotStored,
}

#[component]
pub fn CheckAnswers(session: ServiceSession, service: Arc<Service>) -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let texts = session.texts;
    let path = session
        .answers
        .with_untracked(|answers| journey::path(&service, answers, today()));
    match &path.end {
        PathEnd::CheckAnswers => {}
        PathEnd::NeedsAnswers(page) => {
            router.replace(&paths::question(&service.id, page));
            return ().into_any();
        }
        PathEnd::Exit(exit) => {
            router.replace(&paths::exit(&service.id, exit));
            return ().into_any();
        }
    }
    let normalized = session
        .answers
        .with_untracked(|answers| journey::validate_submission(&service, answers, today()))
        .unwrap_or_default();
    let rows = path
        .pages
        .iter()
        .filter_map(|id| service.page(id))
        .flat_map(|page| {
            page.questions
                .iter()
                .map(move |q| (page.id.clone(), q.clone()))
        })
        .map(|(page, question)| {
            let values = normalized.get(&question.id).cloned();
            let label_id = messages::label(&question.id);
            let label = move || texts.t(&label_id);
            let value = {
                let question = question.clone();
                move || {
                    shown_value(texts, &question, values.as_ref(), i18n)
                        .into_iter()
                        .map(|line| view! { <span class="app-summary-list__line">{line}</span> })
                        .collect_view()
                }
            };
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{label.clone()}</dt>
                    <dd class="app-summary-list__value">{value}</dd>
                    <dd class="app-summary-list__actions">
                        <a class="app-link" href=paths::change(&service.id, &page)>
                            {texts.tr("forms-check-answers-change")}
                            <span class="app-visually-hidden">" " {label}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let sending = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let service_id = service.id.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        problem.set(None);
        let service_id = service_id.clone();
        spawn_local(async move {
            let handed = session.send(i18n.language_untracked().code).await;
            sending.set(false);
            match handed {
                // Sent, or kept on the device to send later: the confirmation page says which.
                Handed::Delivered(_) | Handed::Waiting => {
                    router.navigate(&paths::confirmation(&service_id))
                }
                Handed::Rejected { page, errors } if !page.is_empty() => {
                    session.server_errors.set(errors);
                    router.navigate(&paths::question(&service_id, &page));
                }
                Handed::Rejected { .. } => problem.set(Some(Problem::Rejected)),
                Handed::AlreadySent { reference } => {
                    problem.set(Some(Problem::AlreadySent(reference)))
                }
                Handed::Refused(status) => problem.set(Some(Problem::Refused(status))),
                Handed::TooLarge => problem.set(Some(Problem::Refused(413))),
                Handed::NotStored => problem.set(Some(Problem::NotStored)),
            }
        });
    };
    let failure_message = move || {
        problem.get().map(|problem| {
            let text = match problem {
                Problem::Rejected => texts.t("forms-send-rejected"),
                Problem::NotStored => texts.t("forms-storage-full"),
                Problem::AlreadySent(Some(reference)) => texts.t_with(
                    "forms-send-already-sent",
                    &[("reference", reference.into())],
                ),
                Problem::AlreadySent(None) => texts.t("forms-send-already-sent-no-reference"),
                Problem::Refused(status) => {
                    texts.t_with("forms-send-refused", &[("status", status.into())])
                }
            };
            view! { <p class="app-notification app-notification--error">{text}</p> }
        })
    };
    let back = path
        .pages
        .last()
        .map(|page| paths::question(&service.id, page))
        .unwrap_or_default();
    view! {
        <BackLink href=back texts />
        <PageHeading title=texts.tr("forms-check-answers-title") />
        // After a refused application was taken back into a service that has changed since.
        {move || session.draft_from_earlier_version.get().then(|| view! {
            <p class="app-body">{texts.tr("forms-draft-changed")}</p>
        })}
        <dl class="app-summary-list app-summary-list--answers">{rows}</dl>
        <h2 class="app-heading-m">{texts.tr("forms-declaration-heading")}</h2>
        <p class="app-body">{texts.tr(messages::DECLARATION)}</p>
        // Announced when it changes, without taking focus.
        <div role="status">{failure_message}</div>
        <form class="app-form" novalidate on:submit=send>
            <button type="submit" class="app-button" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() { texts.t("forms-sending") } else { texts.t("forms-send") }}
            </button>
        </form>
    }
    .into_any()
}
