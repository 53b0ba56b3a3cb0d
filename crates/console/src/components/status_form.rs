//! Moving an application on: the statuses the workflow allows from here, and an optional message
//! to the citizen. The status the caseworker saw is sent along, so a change made meanwhile by
//! someone else is not overwritten.

use crate::app::use_console;
use crate::components::field_error::{FieldError, described_by, focus_field};
use leptos::prelude::*;
use portal_forms::status::Status;
use serde_json::json;

/// The message field's id, and the first choice's (where an unanswered choice sends focus).
const MESSAGE: &str = "console-status-message";
const FIRST_CHOICE: &str = "console-status-first";

#[component]
pub fn StatusForm(
    reference: String,
    current: Status,
    next: Vec<Status>,
    on_changed: Callback<Status>,
) -> impl IntoView {
    let console = use_console();
    let message = NodeRef::<leptos::html::Textarea>::new();
    let problem = RwSignal::new(None::<String>);
    let choice_error = RwSignal::new(None::<String>);
    let message_error = RwSignal::new(None::<String>);
    let reference = StoredValue::new(reference);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // Read from the form itself: what is on screen is what is sent.
        let chosen = document()
            .query_selector("input[name=console-status]:checked")
            .ok()
            .flatten()
            .and_then(|input| input.get_attribute("value"))
            .and_then(|code| Status::parse(&code));
        problem.set(None);
        message_error.set(None);
        let Some(to) = chosen else {
            choice_error.set(Some(console.t("status-form-choose")));
            focus_field(FIRST_CHOICE);
            return;
        };
        choice_error.set(None);
        let text = message
            .get_untracked()
            .map(|m| m.value())
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let body = json!({
                "from": current,
                "to": to,
                "message": Some(text).filter(|m| !m.trim().is_empty()),
            });
            let answer = crate::api::post(
                &format!("/console/api/applications/{}/status", reference.get_value()),
                &body,
                console.csrf().as_deref(),
            )
            .await;
            match answer.status {
                200 => {
                    problem.set(None);
                    on_changed.run(to);
                }
                401 => console.session_ended(),
                _ => {
                    let code = answer.code();
                    let words = console.t(&format!("error-{code}"));
                    if code.starts_with("message-") {
                        message_error.set(Some(words));
                        focus_field(MESSAGE);
                    } else {
                        problem.set(Some(words));
                    }
                }
            }
        });
    };
    let choices = next
        .into_iter()
        .enumerate()
        .map(|(index, status)| {
            let id = if index == 0 {
                FIRST_CHOICE.to_string()
            } else {
                format!("console-status-{}", status.as_str())
            };
            view! {
                <div class="app-console-choice">
                    <input type="radio" name="console-status" id=id.clone() value=status.as_str() />
                    <label for=id>{console.t(&format!("status-{}", status.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="app-console-form" on:submit=submit novalidate>
            <h2>{console.t("status-form-title")}</h2>
            <p class="app-console__problem" role="alert">{move || problem.get()}</p>
            <fieldset aria-describedby=move || described_by("console-status-choice", false, choice_error)>
                <legend>{console.t("status-form-legend")}</legend>
                <FieldError field="console-status-choice" message=choice_error />
                {choices}
            </fieldset>
            <label for="console-status-message">{console.t("status-form-message")}</label>
            <p id="console-status-message-hint" class="app-console__hint">{console.t("status-form-message-hint")}</p>
            <FieldError field="console-status-message" message=message_error />
            <textarea id="console-status-message" rows="4" maxlength="2000" dir="auto"
                aria-describedby=move || described_by(MESSAGE, true, message_error)
                aria-invalid=move || message_error.with(Option::is_some).then_some("true") node_ref=message></textarea>
            <button type="submit" class="app-console-button">{console.t("status-form-submit")}</button>
        </form>
    }
}
