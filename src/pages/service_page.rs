//! A service's page. Until the forms engine lands it tells the citizen how to get the service
//! by phone or in person, so a link to it is never a dead end.

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::router::Link;
use leptos::prelude::*;

#[component]
pub fn ServicePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("service-title") />
        <p class="app-body">{i18n.tr("service-placeholder-body")}</p>
        <p class="app-body">
            <Link href="/" class="app-link">{i18n.tr("service-back-home")}</Link>
        </p>
    }
}
