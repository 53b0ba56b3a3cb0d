//! Moving focus after the view changes, for controls that replace themselves (a button that
//! turns into a confirmation, a confirmation that disappears).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the first element matching `selector` once the view has updated.
pub fn focus_later(selector: &str) {
    let selector = selector.to_string();
    request_animation_frame(move || {
        let target = document().query_selector(&selector).ok().flatten();
        if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = target.focus();
        }
    });
}
