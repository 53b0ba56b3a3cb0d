//! The department's answer to a bad rating, which the citizen reads on their progress page.

use crate::app::use_console;
use leptos::prelude::*;
use serde_json::json;

#[component]
pub fn RatingReply(reference: String, on_answered: Callback<()>) -> impl IntoView {
    let console = use_console();
    let text = NodeRef::<leptos::html::Textarea>::new();
    let problem = RwSignal::new(None::<String>);
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
                    on_answered.run(());
                }
                401 => console.session_ended(),
                _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
            }
        });
    };
    view! {
        <form class="app-console-form" on:submit=submit novalidate>
            <h2>{console.t("rating-reply-title")}</h2>
            <p class="app-console__problem" role="alert">{move || problem.get()}</p>
            <label for="console-rating-reply">{console.t("rating-reply-label")}</label>
            <p id="console-rating-reply-hint" class="app-console__hint">{console.t("rating-reply-hint")}</p>
            <textarea id="console-rating-reply" rows="4" maxlength="2000" dir="auto"
                aria-describedby="console-rating-reply-hint" node_ref=text></textarea>
            <button type="submit" class="app-console-button">{console.t("rating-reply-submit")}</button>
        </form>
    }
}
