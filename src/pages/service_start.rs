//! A service's start page: what it is for, what you need, and a Start now link.

use crate::components::{DraftNotice, PageHeading, ReadAloud};
use crate::router::paths;
use crate::service::ServiceSession;
use leptos::prelude::*;
use portal_forms::{Service, messages};
use std::sync::Arc;

#[component]
pub fn ServiceStart(session: ServiceSession, service: Arc<Service>) -> impl IntoView {
    let texts = session.texts;
    let first_page = service
        .pages
        .first()
        .map(|p| paths::question(&service.id, &p.id))
        .unwrap_or_default();
    let paragraphs = move || {
        texts
            .t(messages::START_BODY)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p class="app-body">{line.to_string()}</p> })
            .collect_view()
    };
    let has_draft = move || !session.answers.with(|a| a.is_empty());
    view! {
        <PageHeading title=texts.tr(messages::NAME) />
        <ReadAloud />
        {move || session.draft_deleted.get().then(|| view! {
            <p class="app-notification" role="status">{texts.t("forms-draft-deleted")}</p>
        })}
        {paragraphs}
        <a class="app-button app-button--start" href=first_page>{texts.tr("forms-start-now")}</a>
        {move || has_draft().then(|| view! { <DraftNotice session /> })}
    }
}
