//! The first stop for keyboard users: jumps past the header to the page's content.

use crate::app::MAIN_ID;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    // Handled on the link itself (Leptos does not delegate events unless asked), before the router: a hash change would add a history entry, and
    // browsers do not reliably move keyboard focus to the target.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let main = document().get_element_by_id(MAIN_ID);
        if let Some(main) =
            main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
        {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="app-skip-link" href=format!("#{MAIN_ID}") on:click=skip>
            {i18n.tr("skip-link")}
        </a>
    }
}
