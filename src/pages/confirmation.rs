//! The confirmation: the reference number, what happens next, and a way to print or save it.

use crate::components::PageHeading;
use crate::router::{paths, use_router};
use crate::service::ServiceSession;
use leptos::prelude::*;
use portal_forms::messages;

#[component]
pub fn Confirmation(session: ServiceSession) -> impl IntoView {
    let texts = session.texts;
    let Some(reference) = session.last_reference() else {
        use_router().replace(&paths::start(&session.id()));
        return ().into_any();
    };
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
    view! {
        <div class="app-panel">
            <PageHeading title=texts.tr("forms-confirmation-title") />
            <p class="app-panel__body">
                {texts.tr("forms-confirmation-reference")}
                <br />
                <strong class="app-panel__reference" dir="ltr">{reference}</strong>
            </p>
        </div>
        <h2 class="app-heading-m">{texts.tr("forms-confirmation-next-heading")}</h2>
        {next_steps}
        <button type="button" class="app-button app-button--secondary app-no-print" on:click=print>
            {texts.tr("forms-print")}
        </button>
    }
    .into_any()
}
