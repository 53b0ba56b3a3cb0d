//! One application: what was asked and answered (question texts in the staff member's language,
//! and in the citizen's where it differs), its status and history, and the status form.

use crate::app::{page_shown, use_console};
use crate::components::rating_reply::RatingReply;
use crate::components::status_form::StatusForm;
use crate::service_texts::ServiceTexts;
use crate::texts::date_time;
use leptos::prelude::*;
use portal_forms::status::Status;
use portal_forms::{AnswerKind, messages};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone, Deserialize)]
struct Change {
    from: Status,
    to: Status,
    message: Option<String>,
    staff_name: String,
    at: i64,
}

#[derive(Debug, Clone, Deserialize)]
struct Rating {
    level: u8,
    problems: Vec<String>,
    comment: Option<String>,
    rated_at: i64,
    reply: Option<String>,
    replied_at: Option<i64>,
    replied_by: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct Loaded {
    reference: String,
    service: String,
    version: u32,
    language: String,
    received_at: i64,
    status: Status,
    history: Vec<Change>,
    answers: Value,
    next_statuses: Vec<Status>,
    rating: Option<Rating>,
}

/// How an answer reads: options by their text, dates as year-month-day, the rest as typed.
fn answer_text(
    texts: &ServiceTexts,
    question: &portal_forms::Question,
    values: &[String],
) -> String {
    match question.kind {
        kind if kind.has_options() => values
            .iter()
            .map(|v| {
                texts
                    .get(&messages::option(&question.id, v))
                    .unwrap_or_else(|| v.clone())
            })
            .collect::<Vec<_>>()
            .join("; "),
        AnswerKind::Date => match values {
            [day, month, year] => format!("{year}-{month:0>2}-{day:0>2}"),
            _ => values.join(" "),
        },
        _ => values.join(" "),
    }
}

#[component]
pub fn Application(reference: String) -> impl IntoView {
    let console = use_console();
    let title = console.t_with(
        "application-title",
        &[("reference", reference.clone().into())],
    );
    page_shown(title.clone());
    let loaded = RwSignal::new(None::<Loaded>);
    let staff_texts = RwSignal::new(None::<ServiceTexts>);
    let citizen_texts = RwSignal::new(None::<ServiceTexts>);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let reference = StoredValue::new(reference);
    let load = move || {
        leptos::task::spawn_local(async move {
            let answer = crate::api::get(&format!(
                "/console/api/applications/{}",
                reference.get_value()
            ))
            .await;
            if answer.status == 401 {
                return console.session_ended();
            }
            let Ok(application) = serde_json::from_value::<Loaded>(answer.body.clone()) else {
                return problem.set(Some(console.t(&format!("error-{}", answer.code()))));
            };
            if staff_texts.get_untracked().is_none() {
                let (service, version) = (&application.service, application.version);
                let texts = ServiceTexts::load(service, version, console.language()).await;
                if texts.is_none() {
                    problem.set(Some(console.t("application-texts-missing")));
                }
                staff_texts.set(texts);
                if application.language != console.language() {
                    citizen_texts
                        .set(ServiceTexts::load(service, version, &application.language).await);
                }
            }
            loaded.set(Some(application));
        });
    };
    load();
    let answers = move || {
        let application = loaded.get()?;
        let texts = staff_texts.get();
        let citizen = citizen_texts.get();
        let mut shown = Vec::new();
        let mut lines = Vec::new();
        if let Some(texts) = &texts {
            for question in texts.service.questions() {
                let Some(raw) = application.answers.get(&question.id) else {
                    continue;
                };
                let values: Vec<String> = serde_json::from_value(raw.clone()).unwrap_or_default();
                let label = texts
                    .get(&messages::label(&question.id))
                    .unwrap_or_else(|| question.id.clone());
                let original = citizen
                    .as_ref()
                    .and_then(|c| c.get(&messages::label(&question.id)));
                lines.push((label, original, answer_text(texts, question, &values)));
                shown.push(question.id.clone());
            }
        }
        // Whatever the definition does not name is shown too, under its id: nothing is hidden.
        if let Some(all) = application.answers.as_object() {
            for (id, raw) in all.iter().filter(|(id, _)| !shown.contains(id)) {
                let values: Vec<String> = serde_json::from_value(raw.clone()).unwrap_or_default();
                lines.push((id.clone(), None, values.join(" ")));
            }
        }
        let language = application.language.clone();
        let lines = lines
            .into_iter()
            .map(|(label, original, value)| {
                let language = language.clone();
                view! {
                    <dt>
                        {label}
                        {original.map(|o| view! { <span class="app-console__original" lang=language dir="auto">{o}</span> })}
                    </dt>
                    <dd dir="auto">{value}</dd>
                }
            })
            .collect_view();
        Some(view! { <dl class="app-console-answers">{lines}</dl> })
    };
    let history = move || {
        loaded.get().map(|application| {
            let items = application
                .history
                .into_iter()
                .map(|change| {
                    let line = console.t_with("history-line", &[
                        ("when", date_time(console.language(), change.at).into()),
                        ("from", console.t(&format!("status-{}", change.from.as_str())).into()),
                        ("to", console.t(&format!("status-{}", change.to.as_str())).into()),
                        ("name", change.staff_name.into()),
                    ]);
                    view! {
                        <li>
                            {line}
                            {change.message.map(|m| view! { <blockquote dir="auto">{m}</blockquote> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="app-console-history">{items}</ol> }
        })
    };
    let summary = move || {
        loaded.get().map(|application| {
            view! {
                <dl class="app-console-summary">
                    <dt>{console.t("application-service")}</dt>
                    <dd>{console.t(&format!("{}-name", application.service))}</dd>
                    <dt>{console.t("application-received")}</dt>
                    <dd>{date_time(console.language(), application.received_at)}</dd>
                    <dt>{console.t("application-language")}</dt>
                    <dd>{console.t(&format!("language-{}", application.language))}</dd>
                    <dt>{console.t("application-status")}</dt>
                    <dd>{console.t(&format!("status-{}", application.status.as_str()))}</dd>
                </dl>
            }
        })
    };
    let rating = move || {
        loaded.get().and_then(|a| a.rating).map(|rating| {
            let problems = rating
                .problems
                .iter()
                .map(|p| console.t(&format!("rating-problem-{p}")))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <h2>{console.t("application-rating")}</h2>
                <dl class="app-console-summary">
                    <dt>{console.t("rating-given")}</dt>
                    <dd>{console.t(&format!("rating-level-{}", rating.level))}
                        " · " {date_time(console.language(), rating.rated_at)}</dd>
                    {(!problems.is_empty()).then(|| view! {
                        <dt>{console.t("rating-problems")}</dt>
                        <dd>{problems}</dd>
                    })}
                    {rating.comment.map(|comment| view! {
                        <dt>{console.t("rating-comment")}</dt>
                        <dd dir="auto">{comment}</dd>
                    })}
                    {rating.reply.clone().map(|reply| view! {
                        <dt>{console.t("rating-answer")}</dt>
                        <dd dir="auto">{reply}
                            <span class="app-console__original">{console.t_with("rating-answered-by", &[
                                ("name", rating.replied_by.clone().unwrap_or_default().into()),
                                ("date", date_time(console.language(), rating.replied_at.unwrap_or_default()).into()),
                            ])}</span>
                        </dd>
                    })}
                </dl>
                {(rating.level <= portal_forms::rating::BAD_AT_MOST && rating.reply.is_none()).then(|| view! {
                    <RatingReply reference=reference.get_value() on_answered=Callback::new(move |()| {
                        done.set(Some(console.t("rating-reply-done")));
                        load();
                        crate::app::focus_later("console-done");
                    }) />
                })}
            }
        })
    };
    let form = move || {
        loaded
            .get()
            .filter(|a| !a.next_statuses.is_empty())
            .map(|application| {
                view! {
                    <StatusForm
                        reference=application.reference
                        current=application.status
                        next=application.next_statuses
                        on_changed=Callback::new(move |status: Status| {
                            done.set(Some(console.t_with("status-form-done", &[(
                                "status",
                                console.t(&format!("status-{}", status.as_str())).into(),
                            )])));
                            load();
                            crate::app::focus_later("console-done");
                        })
                    />
                }
            })
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{title}</h1>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        {summary}
        <h2>{console.t("application-answers")}</h2>
        {answers}
        <h2>{console.t("application-history")}</h2>
        <p role="status" id="console-done" class="app-console__done" tabindex="-1">{move || done.get()}</p>
        <Show when=move || loaded.with(|a| a.as_ref().is_some_and(|a| a.history.is_empty()))>
            <p>{console.t("application-no-history")}</p>
        </Show>
        {history}
        {rating}
        {form}
    }
}
