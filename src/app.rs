//! The app: shell around the routes, with the i18n context provided to everything inside.

use crate::components::{SiteFooter, SiteHeader, SkipLink};
use crate::i18n::I18n;
use crate::pages::{AccessibilityStatement, DisplaySettings, Home, NotFound, PrivacyNotice, ServicePage};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// Id of `main`, the target of the skip link.
pub const MAIN_ID: &str = "main-content";

#[component]
pub fn App(i18n: I18n) -> impl IntoView {
    provide_meta_context();
    provide_context(i18n);
    view! {
        <Router>
            <SkipLink />
            <SiteHeader />
            <main id=MAIN_ID class="app-main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/services/:id") view=ServicePage />
                    <Route path=path!("/settings") view=DisplaySettings />
                    <Route path=path!("/accessibility") view=AccessibilityStatement />
                    <Route path=path!("/privacy") view=PrivacyNotice />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
