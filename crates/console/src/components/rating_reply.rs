//! The department's answer to a bad rating, which the citizen reads on their progress page.

use crate::app::use_console;
use crate::components::field_error::{FieldError, described_by, focus_field};
use leptos::prelude::*;
use serde_json::json;

const FIELD: &str = "console-rating-reply";

#[component]
pub fn RatingReply(reference: String, on_answered: Callback<()>) -> impl IntoView {
    let console = use_console();
    let text = NodeRef::<leptos::html::Textarea>::new();
    let problem = RwSignal::new(None::<String>);
    let field_error = RwSignal::new(None::<String>);
    let reference = StoredValue::new(reference);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let reply = text.get_untracked().map(|t| t.value()).unwrap_or_default();
        leptos::task::spawn_local(async move {
            let answer = crate::api::post(
                &format!(
                    "/console/api/applications/{}/rating-reply",
                    reference.get_value()
                ),
                &json!({ "reply": reply }),
                console.csrf().as_deref(),
            )
            .await;
            match answer.status {
                200 => {
                    problem.set(None);
                    field_error.set(None);
                    on_answered.run(());
                }
                401 => console.session_ended(),
                _ => {
                    let code = answer.code();
                    let words = console.t(&format!("error-{code}"));
                    if code.starts_with("message-") || code == "reply-missing" {
                        problem.set(None);
                        field_error.set(Some(words));
                        focus_field(FIELD);
                    } else {
                        problem.set(Some(words));
                    }
                }
            }
        });
    };
    view! {
        <form class="app-console-form" on:submit=submit novalidate>
            <h2>{console.t("rating-reply-title")}</h2>
            <p class="app-console__problem" role="alert">{move || problem.get()}</p>
            <label for="console-rating-reply">{console.t("rating-reply-label")}</label>
            <p id="console-rating-reply-hint" class="app-console__hint">{console.t("rating-reply-hint")}</p>
            <FieldError field=FIELD message=field_error />
            <textarea id=FIELD rows="4" maxlength="2000" dir="auto"
                aria-describedby=move || described_by(FIELD, true, field_error)
                aria-invalid=move || field_error.with(Option::is_some).then_some("true")
                node_ref=text></textarea>
            <button type="submit" class="app-console-button">{console.t("rating-reply-submit")}</button>
        </form>
    }
}
