//! One tap to elder mode (长辈版) from every page, labelled in words in the current language; a
//! toggle button whose pressed state screen readers announce. It is a form the server answers
//! (a cookie, then back to the same page), so it works before the app runs and without
//! scripts; the app, and `public/start.js` before it, switch in place instead.

use crate::display::use_display;
use crate::i18n::use_i18n;
use crate::router::use_router;
use leptos::prelude::*;

/// Where the server takes display settings posted by a form.
pub const DISPLAY_ENDPOINT: &str = "/display";

#[component]
pub fn ElderModeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let router = use_router();
    let toggle = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        display.update(|s| s.elder = !s.elder);
    };
    let elder = move || display.get().elder;
    view! {
        <form class="app-header__elder-form" method="post" action=DISPLAY_ENDPOINT on:submit=toggle>
            <input type="hidden" name="elder" value=move || if elder() { "off" } else { "on" } />
            <input type="hidden" name="return" value=move || router.path() />
            <button
                type="submit"
                class="app-header__elder-toggle"
                aria-pressed=move || if elder() { "true" } else { "false" }
            >
                {i18n.tr("elder-mode-toggle")}
            </button>
        </form>
    }
}
