//! The app: shell around the current page, with the i18n and router contexts provided to
//! everything inside.

use crate::components::{ConnectionStatus, SiteFooter, SiteHeader, SkipLink, UpdateNotice};
use crate::i18n::I18n;
use crate::pages::{
    Home, LazyJourney, LazySearch, LazySettings, LazyStatement, LazyTrack, NotFound, Statement,
};
use crate::router::{Address, Router};
use crate::service::SessionOwner;
use leptos::prelude::*;

/// Id of `main`, the target of the skip link.
pub const MAIN_ID: &str = "main-content";

#[component]
pub fn App(
    i18n: I18n,
    /// The address to render when rendering natively (the prerender); in the browser, the
    /// address bar's.
    #[prop(optional)]
    at: Option<String>,
) -> impl IntoView {
    provide_context(i18n);
    let router = match at {
        Some(path) => Router::at(&path),
        None => Router::start(),
    };
    provide_context(router);
    provide_context(SessionOwner::new());
    crate::display::Display::provide();
    crate::outbox::Outbox::provide();
    // A memo, so that only a change of page (not of query or hash) renders a new page.
    let route = Memo::new(move |_| router.route());
    let page = move || match route.get() {
        Address::Home => view! { <Home /> }.into_any(),
        Address::Search => view! { <LazySearch /> }.into_any(),
        Address::Track => view! { <LazyTrack /> }.into_any(),
        Address::Service { id, step } => view! { <LazyJourney id step /> }.into_any(),
        Address::DisplaySettings => view! { <LazySettings /> }.into_any(),
        Address::AccessibilityStatement => {
            view! { <LazyStatement statement=Statement::Accessibility /> }.into_any()
        }
        Address::PrivacyNotice => {
            view! { <LazyStatement statement=Statement::Privacy /> }.into_any()
        }
        Address::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! {
        <SkipLink />
        <SiteHeader />
        <ConnectionStatus />
        <UpdateNotice />
        <main id=MAIN_ID class="app-main" tabindex="-1">
            {page}
        </main>
        <SiteFooter />
    }
}
