//! Shown for any address the portal does not know.

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::router::Link;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("not-found-title") />
        <p class="app-body">{i18n.tr("not-found-body")}</p>
        <p class="app-body">
            <Link href="/" class="app-link">{i18n.tr("not-found-home-link")}</Link>
        </p>
    }
}
