//! A link back to the previous page of the journey. Its arrow points to the inline start, so it
//! mirrors in right-to-left languages.

use crate::i18n::Texts;
use leptos::prelude::*;

#[component]
pub fn BackLink(href: String, texts: Texts) -> impl IntoView {
    view! { <a class="app-back-link" href=href>{texts.tr("forms-back")}</a> }
}
