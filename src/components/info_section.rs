//! A block of running text: a section of an information page or a statement. In a language
//! written in columns (traditional Mongolian, `style/vertical-text.css`) a section wider than the
//! screen scrolls sideways on its own, so there it is a region named `label` that takes keyboard
//! focus: arrow keys then scroll it in any browser, not only in those that make scrollers
//! focusable themselves.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The script whose running text is set in columns.
const COLUMNS: &str = "Mong";

#[component]
pub fn InfoSection(label: Signal<String>, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let columns = move || i18n.language().script == COLUMNS;
    view! {
        <section
            class="app-info__section"
            tabindex=move || columns().then_some("0")
            role=move || columns().then_some("region")
            aria-label=move || columns().then(|| label.get())
        >
            {children()}
        </section>
    }
}
