//! Enrolling a passkey through the one-time setup link an administrator gave.

use crate::app::{page_shown, use_console};
use leptos::prelude::*;
use serde_json::json;

#[component]
pub fn Setup(token: String) -> impl IntoView {
    let console = use_console();
    page_shown(console.t("setup-title"));
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let token = StoredValue::new(token);
    let enrol = move |_| {
        // While a passkey ceremony is under way a second press does nothing (the button stays
        // focusable: a disabled one would drop focus to the page).
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let outcome = async {
                let token = token.get_value();
                let start =
                    crate::api::post("/console/api/setup/start", &json!({ "token": token }), None)
                        .await;
                if start.status != 200 {
                    return Err(start.code());
                }
                let credential = crate::passkeys::create(&start.body["options"])
                    .await
                    .ok_or_else(|| "passkey-cancelled".to_string())?;
                let finish = crate::api::post(
                    "/console/api/setup/finish",
                    &json!({ "ceremony": start.body["ceremony"], "credential": credential }),
                    None,
                )
                .await;
                if finish.status != 201 {
                    return Err(finish.code());
                }
                Ok(())
            }
            .await;
            busy.set(false);
            match outcome {
                Ok(()) => {
                    // The link has done its work: it must not stay in the address or history.
                    if let Ok(history) = window().history() {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some("/console/"),
                        );
                    }
                    console.start_session().await;
                }
                Err(code) => problem.set(Some(console.t(&format!("error-{code}")))),
            }
        });
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{console.t("setup-title")}</h1>
        <p>{console.t("setup-intro")}</p>
        <button type="button" class="app-console-button" on:click=enrol aria-disabled=move || busy.get().then_some("true")>
            {console.t("setup-button")}
        </button>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
    }
}
