//! One tap to elder mode (长辈版) from every page, labelled in words in the current language; a
//! toggle button whose pressed state screen readers announce.

use crate::display::use_display;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ElderModeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let toggle = move |_| display.update(|s| s.elder = !s.elder);
    view! {
        <button
            type="button"
            class="app-header__elder-toggle"
            aria-pressed=move || if display.get().elder { "true" } else { "false" }
            on:click=toggle
        >
            {i18n.tr("elder-mode-toggle")}
        </button>
    }
}
