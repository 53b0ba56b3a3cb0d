//! A field's error message, by the form markup contract: id `{field}-error` (listed in the
//! field's `aria-describedby` after its hint), a visually hidden "Error:" before the words, and
//! nothing at all while there is no error.

use crate::app::use_console;
use leptos::prelude::*;

#[component]
pub fn FieldError(field: &'static str, message: RwSignal<Option<String>>) -> impl IntoView {
    let console = use_console();
    move || {
        message.get().map(|text| {
            view! {
                <p id=format!("{field}-error") class="app-console__field-error">
                    <span class="app-console__visually-hidden">{console.t("error-prefix")}</span>
                    {text}
                </p>
            }
        })
    }
}

/// The field's `aria-describedby`: its hint, then its error while there is one.
pub fn described_by(field: &'static str, hint: bool, error: RwSignal<Option<String>>) -> String {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{field}-hint"));
    }
    if error.with(Option::is_some) {
        ids.push(format!("{field}-error"));
    }
    ids.join(" ")
}

/// Focuses the element `id` (a field with an error) once it has been redrawn.
pub fn focus_field(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id) {
            let element: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(element);
            let _ = element.focus();
        }
    });
}
