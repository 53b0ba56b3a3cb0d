//! The accessibility statement: how the portal is tested, known gaps, translation status of
//! each language, and how to report a problem.

use crate::components::{PageHeading, ReadAloud};
use crate::i18n::intl::format_long_date;
use crate::i18n::{offered_languages, use_i18n};
use leptos::prelude::*;

/// When this statement was last reviewed against the test results (year, month, day).
const PREPARED_ON: (u32, u32, u32) = (2026, 11, 27);

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = use_i18n();
    let prepared = move || {
        let (year, month, day) = PREPARED_ON;
        let date = format_long_date(i18n.language(), year, month, day);
        i18n.t_with("accessibility-prepared", &[("date", date.into())])
    };
    let translations = offered_languages()
        .iter()
        .map(|language| {
            let status = move || {
                if language.draft_translation {
                    i18n.t("accessibility-translation-draft")
                } else {
                    i18n.t("accessibility-translation-source")
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
        <PageHeading title=i18n.tr("accessibility-title") />
        <ReadAloud />
        <p class="app-body">{i18n.tr("accessibility-intro")}</p>
        <h2 class="app-heading-m">{i18n.tr("accessibility-testing-heading")}</h2>
        <p class="app-body">{i18n.tr("accessibility-testing-body")}</p>
        <h2 class="app-heading-m">{i18n.tr("accessibility-gaps-heading")}</h2>
        <p class="app-body">{i18n.tr("accessibility-gaps-body")}</p>
        <h2 class="app-heading-m">{i18n.tr("accessibility-translations-heading")}</h2>
        <dl class="app-summary-list">{translations}</dl>
        <h2 class="app-heading-m">{i18n.tr("accessibility-report-heading")}</h2>
        <p class="app-body">{i18n.tr("accessibility-report-body")}</p>
        <p class="app-body app-body--secondary">{prepared}</p>
    }
}
