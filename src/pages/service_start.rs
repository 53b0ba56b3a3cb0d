//! A service's information page, the same sections in the same order for every service: what it
//! is, who can apply, what to bring, fees, how long it takes, how to apply (online with Start now,
//! in person, by phone) and contact; then "Was this page useful?". Start now is offered under the
//! summary as well as in "How to apply".

use crate::components::{
    DraftNotice, ElderModeSuggestion, InfoSection, KeepOffline, KeepScope, PageFeedback,
    PageHeading, ReadAloud,
};
use crate::i18n::Texts;
use crate::router::paths;
use crate::service::ServiceSession;
use leptos::prelude::*;
use portal_forms::{Service, messages};
use std::sync::Arc;

/// One paragraph per line of a message.
fn paragraphs(texts: Texts, id: &'static str) -> impl IntoView {
    move || {
        texts
            .t(id)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p class="app-body">{line.to_string()}</p> })
            .collect_view()
    }
}

#[component]
pub fn ServiceStart(session: ServiceSession, service: Arc<Service>) -> impl IntoView {
    let texts = session.texts;
    let first_page = service
        .pages
        .first()
        .map(|p| paths::question(&service.id, &p.id))
        .unwrap_or_default();
    let [
        what,
        who,
        bring,
        fees,
        time,
        online,
        in_person,
        phone,
        contact,
    ] = messages::INFO_SECTIONS;
    let section = move |id: &'static str, heading: &'static str| {
        view! {
            <InfoSection label=texts.tr(heading)>
                <h2 class="app-heading-m">{texts.tr(heading)}</h2>
                {paragraphs(texts, id)}
            </InfoSection>
        }
    };
    let has_draft = move || !session.answers.with(|a| a.is_empty());
    view! {
        <PageHeading title=texts.tr(messages::NAME) />
        <ReadAloud />
        {service.suggest_elder_mode.then(|| view! { <ElderModeSuggestion texts /> })}
        {move || session.draft_deleted.get().then(|| view! {
            <p class="app-notification" role="status">{texts.t("forms-draft-deleted")}</p>
        })}
        <p class="app-body-l">{texts.tr(messages::SUMMARY)}</p>
        // Also at the top: on a phone the "How to apply" section is several screens down, and
        // someone who has read this page before should not have to scroll to begin.
        <a class="app-button app-button--start" href=first_page.clone()>{texts.tr("forms-start-now")}</a>
        {move || has_draft().then(|| view! { <DraftNotice session /> })}
        {section(what, "forms-info-what")}
        {section(who, "forms-info-who")}
        {section(bring, "forms-info-bring")}
        {section(fees, "forms-info-fees")}
        {section(time, "forms-info-time")}
        <InfoSection label=texts.tr("forms-info-apply")>
            <h2 class="app-heading-m">{texts.tr("forms-info-apply")}</h2>
            <h3 class="app-heading-s">{texts.tr("forms-info-online")}</h3>
            {paragraphs(texts, online)}
            <a class="app-button app-button--start" href=first_page>{texts.tr("forms-start-now")}</a>
            <h3 class="app-heading-s">{texts.tr("forms-info-in-person")}</h3>
            {paragraphs(texts, in_person)}
            <h3 class="app-heading-s">{texts.tr("forms-info-phone")}</h3>
            {paragraphs(texts, phone)}
        </InfoSection>
        {section(contact, "forms-info-contact")}
        <KeepOffline scope=KeepScope::Service(service.id.clone()) />
        <PageFeedback service=service.id.clone() texts />
    }
}
