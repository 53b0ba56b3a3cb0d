//! Display settings. Elder mode, text size and contrast arrive with their own issue; until
//! then the page says what the browser already offers.

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn DisplaySettings() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("settings-title") />
        <p class="app-body">{i18n.tr("settings-placeholder-body")}</p>
    }
}
