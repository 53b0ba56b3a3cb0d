//! The app: shell around the current page, with the i18n and router contexts provided to
//! everything inside.

use crate::components::{SiteFooter, SiteHeader, SkipLink};
use crate::i18n::I18n;
use crate::pages::{
    AccessibilityStatement, Home, LazyJourney, LazySettings, NotFound, PrivacyNotice,
};
use crate::router::{Route, Router};
use crate::service::SessionOwner;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;

/// Id of `main`, the target of the skip link.
pub const MAIN_ID: &str = "main-content";

#[component]
pub fn App(i18n: I18n) -> impl IntoView {
    provide_meta_context();
    provide_context(i18n);
    let router = Router::start();
    provide_context(router);
    provide_context(SessionOwner::new());
    crate::display::Display::provide();
    // A memo, so that only a change of page (not of query or hash) renders a new page.
    let route = Memo::new(move |_| router.route());
    let page = move || match route.get() {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Service { id, step } => view! { <LazyJourney id step /> }.into_any(),
        Route::DisplaySettings => view! { <LazySettings /> }.into_any(),
        Route::AccessibilityStatement => view! { <AccessibilityStatement /> }.into_any(),
        Route::PrivacyNotice => view! { <PrivacyNotice /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! {
        <SkipLink />
        <SiteHeader />
        <main id=MAIN_ID class="app-main" tabindex="-1">
            {page}
        </main>
        <SiteFooter />
    }
}
