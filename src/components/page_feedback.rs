//! "Was this page useful?" under an information page: yes or no, sent as a count for the service
//! and nothing else. The answer is said in a status line that exists from the start, so screen
//! readers announce it; focus stays on the page (the status line takes it when the buttons go).
//! Below it, a link to tell us about a problem in words.

use crate::fetch::post_json;
use crate::i18n::Texts;
use crate::router::paths;
use leptos::prelude::*;
use leptos::task::spawn_local;

const ENDPOINT: &str = "/api/feedback";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    NotYet,
    Sending,
    Thanked,
    NotSent,
}

async fn send(service: &str, useful: bool) -> bool {
    let body = format!(r#"{{"service":"{service}","useful":{useful}}}"#);
    post_json(ENDPOINT, &body).await.is_some_and(|r| r.ok())
}

#[component]
pub fn PageFeedback(service: String, texts: Texts) -> impl IntoView {
    // Every information page links to the problem report, except the report's own.
    let report = service != paths::REPORT_PROBLEM;
    let answer = RwSignal::new(Answer::NotYet);
    let status = NodeRef::<leptos::html::P>::new();
    let choose = move |useful: bool| {
        let service = service.clone();
        answer.set(Answer::Sending);
        spawn_local(async move {
            let sent = send(&service, useful).await;
            // The citizen may have left the page while the answer was on its way.
            let outcome = if sent {
                Answer::Thanked
            } else {
                Answer::NotSent
            };
            if answer.try_set(outcome).is_some() {
                return;
            }
            if let (true, Some(Some(status))) = (sent, status.try_get_untracked()) {
                let _ = status.focus();
            }
        });
    };
    let button = move |useful: bool, label: &'static str| {
        let choose = choose.clone();
        view! {
            <button
                type="button"
                class="app-button app-button--secondary"
                aria-disabled=move || (answer.get() == Answer::Sending).then_some("true")
                on:click=move |_| if answer.get_untracked() != Answer::Sending { choose(useful) }
            >
                {texts.tr(label)}
            </button>
        }
    };
    let said = move || match answer.get() {
        Answer::Thanked => texts.t("forms-feedback-thanks"),
        Answer::NotSent => texts.t("forms-feedback-not-sent"),
        _ => String::new(),
    };
    view! {
        <section class="app-feedback" aria-labelledby="app-feedback-question">
            <h2 id="app-feedback-question" class="app-heading-s">{texts.tr("forms-feedback-question")}</h2>
            <Show when=move || answer.get() != Answer::Thanked>
                <div class="app-feedback__buttons">
                    {button(true, "forms-feedback-yes")}
                    {button(false, "forms-feedback-no")}
                </div>
            </Show>
            <p class="app-feedback__status" role="status" tabindex="-1" node_ref=status>{said}</p>
            {report.then(|| view! {
                <p class="app-body">
                    <a class="app-link" href=paths::start(paths::REPORT_PROBLEM)>{texts.tr("forms-feedback-report")}</a>
                </p>
            })}
        </section>
    }
}
