//! The confirmation: the reference number, what happens next, and a way to print or save it.

use crate::components::PageHeading;
use crate::outbox::use_outbox;
use crate::router::{paths, use_router};
use crate::service::ServiceSession;
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::messages;

#[component]
pub fn Confirmation(session: ServiceSession) -> impl IntoView {
    let texts = session.texts;
    let outbox = use_outbox();
    let service = session.id();
    let waiting = {
        let service = service.clone();
        move || {
            outbox
                .waiting()
                .iter()
                .any(|entry| entry.service == service)
        }
    };
    // Read again when the outbox changes: a waiting application gets its reference when sent.
    let reference = move || {
        outbox.waiting();
        session.last_reference()
    };
    // Nothing sent from this tab and nothing waiting (once the device's outbox has been read):
    // there is nothing to confirm, so back to the service's start.
    let nothing = {
        let waiting = waiting.clone();
        move || outbox.loaded() && reference().is_none() && !waiting()
    };
    let router = use_router();
    Effect::new({
        let nothing = nothing.clone();
        move |_| {
            if nothing() {
                router.replace(&paths::start(&service));
            }
        }
    });
    let send_now = move |_| spawn_local(async move { outbox.flush().await });
    let page = move || {
        if let (Some(reference), false) = (reference(), waiting()) {
            return sent(session, reference).into_any();
        }
        if !outbox.loaded() || nothing() {
            return ().into_any();
        }
        view! {
            <PageHeading title=texts.tr("forms-confirmation-waiting-title") />
            <p class="app-body" role="status">
                {move || if outbox.sending() { texts.t("forms-sending") } else { texts.t("forms-confirmation-waiting-body") }}
            </p>
            <button type="button" class="app-button" on:click=send_now aria-disabled=move || outbox.sending().then_some("true")>
                {texts.tr("forms-send-now")}
            </button>
        }
        .into_any()
    };
    page.into_any()
}

/// The confirmation of a sent application.
fn sent(session: ServiceSession, reference: String) -> impl IntoView {
    let texts = session.texts;
    let next_steps = move || {
        texts
            .t(messages::NEXT_STEPS)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p class="app-body">{line.to_string()}</p> })
            .collect_view()
    };
    let print = move |_| {
        let _ = window().print();
    };
    // The tracking code given with the reference, kept on this device for the progress page.
    let secret = crate::tracking::all()
        .into_iter()
        .find(|sent| sent.reference == reference)
        .map(|sent| sent.secret)
        .filter(|secret| !secret.is_empty());
    let track = format!("{}?reference={reference}", paths::TRACK);
    let code = secret.clone().map(|secret| {
        view! {
            <p class="app-panel__body">
                {texts.tr("forms-confirmation-secret")}
                <br />
                <strong class="app-panel__code" dir="ltr">{secret}</strong>
            </p>
        }
    });
    // A service that decides nothing is rated now, from here (the progress page opens with its
    // rating form); the others are followed there and rated once decided.
    let rated_now = session.service().is_some_and(|s| s.rated_when_sent);
    let follow = secret.map(|_| {
        let (heading, body, link) = if rated_now {
            (
                "forms-confirmation-rate-heading",
                "forms-confirmation-rate-body",
                "forms-confirmation-rate-link",
            )
        } else {
            (
                "forms-confirmation-track-heading",
                "forms-confirmation-track-body",
                "forms-confirmation-track-link",
            )
        };
        view! {
            <h2 class="app-heading-m">{texts.tr(heading)}</h2>
            <p class="app-body">{texts.tr(body)}</p>
            <p class="app-body"><a class="app-link" href=track>{texts.tr(link)}</a></p>
        }
    });
    view! {
        <div class="app-panel">
            <PageHeading title=texts.tr("forms-confirmation-title") />
            <p class="app-panel__body">
                {texts.tr("forms-confirmation-reference")}
                <br />
                <strong class="app-panel__reference" dir="ltr">{reference.clone()}</strong>
            </p>
            {code}
        </div>
        <h2 class="app-heading-m">{texts.tr("forms-confirmation-next-heading")}</h2>
        {next_steps}
        {follow}
        <button type="button" class="app-button app-button--secondary app-no-print" on:click=print>
            {texts.tr("forms-print")}
        </button>
    }
    .into_any()
}
