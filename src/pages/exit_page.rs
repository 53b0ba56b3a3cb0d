//! An exit page: the service cannot be completed online for this citizen, and says what to do
//! instead, with a way back to change the answer that led here.

use crate::components::{BackLink, PageHeading, ReadAloud};
use crate::router::paths;
use crate::service::{ServiceSession, today};
use leptos::prelude::*;
use portal_forms::{Service, journey, messages};
use std::sync::Arc;

#[component]
pub fn ExitPage(session: ServiceSession, service: Arc<Service>, exit: String) -> impl IntoView {
    let texts = session.texts;
    if !service.exits.iter().any(|e| e.id == exit) {
        crate::router::use_router().replace(&paths::start(&service.id));
        return ().into_any();
    }
    let path = session
        .answers
        .with_untracked(|answers| journey::path(&service, answers, today()));
    let back = path.pages.last().map_or_else(
        || paths::start(&service.id),
        |page| paths::question(&service.id, page),
    );
    let (title, body) = (messages::exit_title(&exit), messages::exit_body(&exit));
    view! {
        <BackLink href=back.clone() texts />
        <PageHeading title=texts.tr(title.clone()) />
        <ReadAloud />
        <p class="app-body">{texts.tr(body.clone())}</p>
        <p class="app-body">
            <a class="app-link" href=back>{texts.tr("forms-exit-change-answer")}</a>
        </p>
    }
    .into_any()
}
