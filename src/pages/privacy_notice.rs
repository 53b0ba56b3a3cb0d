//! The privacy notice: what is kept on the device, what is sent, and how to delete it.

use crate::components::{PageHeading, ReadAloud};
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn PrivacyNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("privacy-title") />
        <ReadAloud />
        <p class="app-body">{i18n.tr("privacy-intro")}</p>
        <h2 class="app-heading-m">{i18n.tr("privacy-device-heading")}</h2>
        <p class="app-body">{i18n.tr("privacy-device-body")}</p>
        <h2 class="app-heading-m">{i18n.tr("privacy-third-parties-heading")}</h2>
        <p class="app-body">{i18n.tr("privacy-third-parties-body")}</p>
        <h2 class="app-heading-m">{i18n.tr("privacy-delete-heading")}</h2>
        <p class="app-body">{i18n.tr("privacy-delete-body")}</p>
    }
}
