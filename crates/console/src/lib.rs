//! Citizen Portal's department console: staff sign in with a passkey and process their own
//! department's applications. A Leptos app of its own, served under `/console/`, so nothing of
//! it reaches a citizen's phone.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod passkeys;
pub mod service_texts;
pub mod texts;
pub mod view;

use leptos::prelude::*;

/// Replaces the loading line with the running console.
pub fn mount(texts: texts::Texts) {
    let Some(root) = document().get_element_by_id("console-root") else {
        return;
    };
    root.set_inner_html("");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, move || view! { <app::App texts /> }).forget();
}
