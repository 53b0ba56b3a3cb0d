//! Switches the language in place: every language named in its own script, the current one
//! marked, the new text swapped in without a reload so nothing typed is lost.

use crate::i18n::{offered_languages, use_i18n};
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let links = offered_languages()
        .iter()
        .map(|language| {
            let is_current = move || i18n.language() == language;
            // Links, so a language can be opened in a new tab or shared; with the app running,
            // the click switches in place instead of loading the page again.
            let switch = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                i18n.switch_to(language);
            };
            view! {
                <li class="app-language-switcher__item">
                    <a
                        class="app-language-switcher__link"
                        href=format!("?lang={}", language.code)
                        hreflang=language.code
                        lang=language.code
                        dir=language.dir.as_str()
                        aria-current=move || is_current().then_some("true")
                        on:click=switch
                    >
                        {language.endonym}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class="app-language-switcher"
            aria-label=i18n.tr("language-switcher-label")
            aria-busy=move || i18n.switching_to().is_some().then_some("true")
        >
            <ul class="app-language-switcher__list">{links}</ul>
        </nav>
    }
}
