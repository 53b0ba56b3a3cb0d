//! The accessibility statement: how the portal is tested, known gaps, translation status of
//! each language, and how to report a problem.

use crate::components::{InfoSection, PageHeading, ReadAloud};
use crate::i18n::dates::long_date;
use crate::i18n::{I18n, Texts, offered_languages, use_i18n};
use crate::router::paths;
use leptos::prelude::*;
use portal_forms::CivilDate;

/// When this statement was last reviewed against the test results.
const PREPARED_ON: CivilDate = CivilDate {
    year: 2026,
    month: 12,
    day: 2,
};

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = use_i18n();
    // The statements' texts are fetched with the page, not with the first load.
    let texts = Texts::load(i18n, vec!["statements".into()]);
    // Shown once the page's texts have arrived, so no empty heading is announced or focused; a
    // memo, so a later language switch changes the words without rebuilding the page.
    let ready = Memo::new(move |_| texts.ready());
    move || ready.get().then(|| statement(i18n, texts))
}

fn statement(i18n: I18n, texts: Texts) -> impl IntoView + use<> {
    let prepared = move || {
        let date = long_date(i18n, PREPARED_ON);
        texts.t_with("accessibility-prepared", &[("date", date.into())])
    };
    let translations = offered_languages()
        .iter()
        .map(|language| {
            let status = move || {
                if language.draft_translation {
                    texts.t("accessibility-translation-draft")
                } else {
                    texts.t("accessibility-translation-source")
                }
            };
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">
                        <span lang=language.code dir=language.dir.as_str()>{language.endonym}</span>
                    </dt>
                    <dd class="app-summary-list__value">{status}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageHeading title=texts.tr("accessibility-title") />
        <ReadAloud />
        <InfoSection label=texts.tr("accessibility-title")>
            <p class="app-body">{texts.tr("accessibility-intro")}</p>
        </InfoSection>
        <InfoSection label=texts.tr("accessibility-testing-heading")>
            <h2 class="app-heading-m">{texts.tr("accessibility-testing-heading")}</h2>
            <p class="app-body">{texts.tr("accessibility-testing-body")}</p>
        </InfoSection>
        <InfoSection label=texts.tr("accessibility-gaps-heading")>
            <h2 class="app-heading-m">{texts.tr("accessibility-gaps-heading")}</h2>
            <p class="app-body">{texts.tr("accessibility-gaps-body")}</p>
        </InfoSection>
        <InfoSection label=texts.tr("accessibility-translations-heading")>
            <h2 class="app-heading-m">{texts.tr("accessibility-translations-heading")}</h2>
            <dl class="app-summary-list">{translations}</dl>
        </InfoSection>
        <InfoSection label=texts.tr("accessibility-report-heading")>
            <h2 class="app-heading-m">{texts.tr("accessibility-report-heading")}</h2>
            <p class="app-body">{texts.tr("accessibility-report-body")}</p>
            <p class="app-body">
                <a class="app-link" href=paths::start(paths::REPORT_PROBLEM)>{texts.tr("accessibility-report-link")}</a>
            </p>
            <p class="app-body app-body--secondary">{prepared}</p>
        </InfoSection>
    }
}
