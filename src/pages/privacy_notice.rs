//! The privacy notice: what is kept on the device, what is sent, and how to delete it.

use crate::components::{ForgetDevice, InfoSection, PageHeading, ReadAloud};
use crate::i18n::{Texts, use_i18n};
use leptos::prelude::*;

#[component]
pub fn PrivacyNotice() -> impl IntoView {
    let i18n = use_i18n();
    // The statements' texts are fetched with the page, not with the first load.
    let texts = Texts::load(i18n, vec!["statements".into()]);
    // Shown once the page's texts have arrived, so no empty heading is announced or focused; a
    // memo, so a later language switch changes the words without rebuilding the page.
    let ready = Memo::new(move |_| texts.ready());
    move || ready.get().then(|| notice(texts))
}

fn notice(texts: Texts) -> impl IntoView + use<> {
    view! {
        <PageHeading title=texts.tr("privacy-title") />
        <ReadAloud />
        <InfoSection label=texts.tr("privacy-title")>
            <p class="app-body">{texts.tr("privacy-intro")}</p>
        </InfoSection>
        <InfoSection label=texts.tr("privacy-device-heading")>
            <h2 class="app-heading-m">{texts.tr("privacy-device-heading")}</h2>
            <p class="app-body">{texts.tr("privacy-device-body")}</p>
            <p class="app-body">{texts.tr("privacy-outbox-body")}</p>
            <p class="app-body">{texts.tr("privacy-sent-body")}</p>
        </InfoSection>
        <InfoSection label=texts.tr("privacy-third-parties-heading")>
            <h2 class="app-heading-m">{texts.tr("privacy-third-parties-heading")}</h2>
            <p class="app-body">{texts.tr("privacy-third-parties-body")}</p>
        </InfoSection>
        <ForgetDevice texts />
    }
}
