//! The footer on every page: help for people who cannot use the site, and the statements.

use crate::i18n::use_i18n;
use crate::router::Link;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="app-footer">
            <div class="app-footer__container">
                <h2 class="app-footer__heading">{i18n.tr("footer-help-heading")}</h2>
                <p class="app-footer__help">{i18n.tr("footer-hotline")}</p>
                <nav class="app-footer__nav" aria-label=i18n.tr("footer-nav-label")>
                    <ul class="app-footer__list">
                        <li class="app-footer__item">
                            <Link href="/accessibility" class="app-footer__link">
                                {i18n.tr("footer-accessibility")}
                            </Link>
                        </li>
                        <li class="app-footer__item">
                            <Link href="/privacy" class="app-footer__link">
                                {i18n.tr("footer-privacy")}
                            </Link>
                        </li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
