//! Moving an application on: the statuses the workflow allows from here, and an optional message
//! to the citizen. The status the caseworker saw is sent along, so a change made meanwhile by
//! someone else is not overwritten.

use crate::app::use_console;
use leptos::prelude::*;
use portal_forms::status::Status;
use serde_json::json;

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
        let Some(to) = chosen else {
            problem.set(Some(console.t("status-form-choose")));
            return;
        };
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
                _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
            }
        });
    };
    let choices = next
        .into_iter()
        .map(|status| {
            let id = format!("console-status-{}", status.as_str());
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
            <fieldset>
                <legend>{console.t("status-form-legend")}</legend>
                {choices}
            </fieldset>
            <label for="console-status-message">{console.t("status-form-message")}</label>
            <p id="console-status-message-hint" class="app-console__hint">{console.t("status-form-message-hint")}</p>
            <textarea id="console-status-message" rows="4" maxlength="2000" dir="auto"
                aria-describedby="console-status-message-hint" node_ref=message></textarea>
            <button type="submit" class="app-console-button">{console.t("status-form-submit")}</button>
        </form>
    }
}
