//! Signing in with a passkey: one button, no user name (the passkey names its owner).

use crate::app::{page_shown, use_console};
use leptos::prelude::*;
use serde_json::json;

#[component]
pub fn SignIn() -> impl IntoView {
    let console = use_console();
    page_shown(console.t("sign-in-title"));
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let sign_in = move |_| {
        // While a passkey ceremony is under way a second press does nothing (the button stays
        // focusable: a disabled one would drop focus to the page).
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let outcome = async {
                let start = crate::api::post("/console/api/sign-in/start", &json!({}), None).await;
                if start.status != 200 {
                    return Err(start.code());
                }
                let credential = crate::passkeys::sign(&start.body["options"])
                    .await
                    .ok_or_else(|| "passkey-cancelled".to_string())?;
                let finish = crate::api::post(
                    "/console/api/sign-in/finish",
                    &json!({ "ceremony": start.body["ceremony"], "credential": credential }),
                    None,
                )
                .await;
                if finish.status != 200 {
                    return Err(finish.code());
                }
                Ok(())
            }
            .await;
            busy.set(false);
            match outcome {
                Ok(()) => console.start_session().await,
                Err(code) => problem.set(Some(console.t(&format!("error-{code}")))),
            }
        });
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{console.t("sign-in-title")}</h1>
        <p>{console.t("sign-in-intro")}</p>
        <button type="button" class="app-console-button" on:click=sign_in aria-disabled=move || busy.get().then_some("true")>
            {console.t("sign-in-button")}
        </button>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        <p>{console.t("sign-in-no-passkey")}</p>
    }
}
