//! The header on every page: the site's name, the language switcher and display settings.

use super::{ElderModeToggle, LanguageSwitcher};
use crate::i18n::use_i18n;
use crate::router::Link;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <div class="app-header__container">
                <Link href="/" class="app-header__site-name">
                    {i18n.tr("header-site-name")}
                </Link>
                <nav class="app-header__nav" aria-label=i18n.tr("header-nav-label")>
                    <ul class="app-header__nav-list">
                        <li class="app-header__nav-item">
                            <Link href="/" class="app-header__nav-link">
                                {i18n.tr("nav-home")}
                            </Link>
                        </li>
                        <li class="app-header__nav-item">
                            <Link href="/settings" class="app-header__nav-link">
                                {i18n.tr("nav-display-settings")}
                            </Link>
                        </li>
                    </ul>
                </nav>
                <ElderModeToggle />
                <LanguageSwitcher />
            </div>
        </header>
    }
}
