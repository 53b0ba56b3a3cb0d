//! Citizen Portal web app: a Leptos client-side rendered single-page app.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod device;
pub mod display;
pub mod fetch;
pub mod focus;
pub mod i18n;
pub mod outbox;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod router;
pub mod service;
pub mod storage;
pub mod tracking;

use i18n::I18n;
use leptos::prelude::*;

/// Whether this build renders pages to HTML natively (`cargo xtask build`'s prerender, feature
/// `ssr`), where there is no browser: nothing may touch the DOM, storage or the network then.
pub const PRERENDERING: bool = cfg!(feature = "ssr");

/// Id of the static shell in `index.html`, shown until the app has its language loaded, or of
/// the page portal-server sent complete (`data-prerendered`), which the app takes over.
const STATIC_SHELL_ID: &str = "app-static-shell";
/// Id of the element the app renders into while it prepares to take a complete page over.
const APP_ROOT_ID: &str = "app-root";

/// Replaces the static loading shell with the running app, or takes a complete page over.
pub fn mount(i18n: I18n) {
    let shell = document().get_element_by_id(STATIC_SHELL_ID);
    match shell {
        Some(page) if page.has_attribute("data-prerendered") => take_over(page, i18n),
        shell => {
            if let Some(shell) = shell {
                shell.remove();
            }
            leptos::mount::mount_to_body(move || view! { <app::App i18n /> });
        }
    }
}

/// The page arrived complete from the server: the app renders the same page out of sight, and
/// `start.js` (`portalTakeOver`) swaps it in, in one step, once its texts have arrived, so that
/// nothing flashes or moves, and focus and scroll stay where the citizen left them. (In script,
/// not here: measured, the same in Rust added about a kilobyte to the first load.)
fn take_over(page: web_sys::Element, i18n: I18n) {
    use wasm_bindgen::JsCast;
    let Ok(root) = document().create_element("div") else {
        return;
    };
    root.set_id(APP_ROOT_ID);
    root.set_class_name("app-prerendered");
    let _ = root.set_attribute("hidden", "");
    let _ = document().body().map(|body| body.append_child(&root));
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root.clone(), move || view! { <app::App i18n /> }).forget();
    let swap = js_sys::Reflect::get(&window(), &"portalTakeOver".into()).ok();
    match swap.and_then(|s| s.dyn_into::<js_sys::Function>().ok()) {
        Some(swap) => {
            let _ = swap.call2(&wasm_bindgen::JsValue::NULL, &page, &root);
        }
        None => {
            page.remove();
            let _ = root.remove_attribute("hidden");
        }
    }
}
