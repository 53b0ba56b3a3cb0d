//! Shown for any address the portal does not know.

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("not-found-title") />
        <p class="app-body">{i18n.tr("not-found-body")}</p>
        <p class="app-body">
            <A href="/" attr:class="app-link">{i18n.tr("not-found-home-link")}</A>
        </p>
    }
}
