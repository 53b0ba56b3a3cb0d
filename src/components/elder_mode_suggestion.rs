//! On the information page of a service most of whose users are elderly: elder mode offered in
//! words, with one button, until it is on.

use crate::display::use_display;
use crate::i18n::Texts;
use leptos::prelude::*;

#[component]
pub fn ElderModeSuggestion(texts: Texts) -> impl IntoView {
    let display = use_display();
    let turn_on = move |_| display.update(|s| s.elder = true);
    move || {
        (!display.get().elder).then(|| {
            view! {
                <aside class="app-elder-suggestion">
                    <p class="app-body">{texts.tr("forms-elder-suggestion")}</p>
                    <button type="button" class="app-button" on:click=turn_on>
                        {texts.tr("forms-elder-suggestion-button")}
                    </button>
                </aside>
            }
        })
    }
}
