//! Citizen Portal web app: a Leptos client-side rendered single-page app.

pub mod app;
pub mod components;
pub mod device;
pub mod display;
pub mod fetch;
pub mod focus;
pub mod i18n;
pub mod outbox;
pub mod pages;
pub mod router;
pub mod service;
pub mod storage;

use i18n::I18n;
use leptos::prelude::*;

/// Id of the static shell in `index.html`, shown until the app has its language loaded.
const STATIC_SHELL_ID: &str = "app-static-shell";

/// Replaces the static loading shell with the running app.
pub fn mount(i18n: I18n) {
    if let Some(shell) = document().get_element_by_id(STATIC_SHELL_ID) {
        shell.remove();
    }
    leptos::mount::mount_to_body(move || view! { <app::App i18n /> });
}
