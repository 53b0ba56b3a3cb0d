//! What a service's form pages say where the form cannot run (scripts off, or a browser without
//! WebAssembly): plainly that the online form needs a newer browser, then the service's own
//! in-person and phone channels, and the way back to its information page. Rendered natively
//! into the form pages' `<noscript>`; `public/start.js` shows it when WebAssembly is missing.

use crate::components::PageHeading;
use crate::i18n::{Texts, use_i18n};
use crate::router::paths;
use leptos::prelude::*;
use portal_forms::messages;

#[component]
pub fn FormUnavailable(service: String) -> impl IntoView {
    let texts = Texts::load(
        use_i18n(),
        vec!["forms".into(), format!("services/{service}")],
    );
    let [.., in_person, phone, _] = messages::INFO_SECTIONS;
    let lines = move |id: &'static str| {
        texts
            .t(id)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p class="app-body">{line.to_string()}</p> })
            .collect_view()
    };
    view! {
        <PageHeading title=texts.tr(messages::NAME) />
        <p class="app-body-l">{texts.tr("forms-unavailable-body")}</p>
        <h2 class="app-heading-m">{texts.tr("forms-info-in-person")}</h2>
        {lines(in_person)}
        <h2 class="app-heading-m">{texts.tr("forms-info-phone")}</h2>
        {lines(phone)}
        <p class="app-body">
            <a class="app-link" href=paths::start(&service)>{texts.tr("forms-unavailable-back")}</a>
        </p>
    }
}
