//! The header on every page: the site's name, the language switcher and display settings.

use super::LanguageSwitcher;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <div class="app-header__container">
                <A href="/" attr:class="app-header__site-name">
                    {i18n.tr("site-name")}
                </A>
                <nav class="app-header__nav" aria-label=i18n.tr("header-nav-label")>
                    <ul class="app-header__nav-list">
                        <li class="app-header__nav-item">
                            <A href="/" attr:class="app-header__nav-link">
                                {i18n.tr("nav-home")}
                            </A>
                        </li>
                        <li class="app-header__nav-item">
                            <A href="/settings" attr:class="app-header__nav-link">
                                {i18n.tr("nav-display-settings")}
                            </A>
                        </li>
                    </ul>
                </nav>
                <LanguageSwitcher />
            </div>
        </header>
    }
}
