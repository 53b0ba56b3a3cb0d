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
/// How long the app waits for its page to be ready before taking over anyway.
const TAKE_OVER_WITHIN_MS: f64 = 10_000.0;

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
/// swaps it in, in one step, once its texts have arrived, so nothing flashes or moves, and
/// focus and scroll stay where the citizen left them.
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
    let started = js_sys::Date::now();
    swap_when_ready(page, root, started);
}

fn swap_when_ready(page: web_sys::Element, root: web_sys::HtmlElement, started: f64) {
    let ready = root
        .query_selector("main h1")
        .ok()
        .flatten()
        .is_some_and(|h1| !h1.text_content().unwrap_or_default().trim().is_empty())
        && root
            .query_selector("[aria-busy=\"true\"]")
            .ok()
            .flatten()
            .is_none();
    if ready || js_sys::Date::now() - started > TAKE_OVER_WITHIN_MS {
        swap(&page, &root);
    } else {
        request_animation_frame(move || swap_when_ready(page, root, started));
    }
}

/// What can take focus, in document order, to find the same control in the app's page.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

fn swap(page: &web_sys::Element, root: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    let focused = document()
        .active_element()
        .filter(|el| page.contains(Some(el)));
    let place = focused.as_ref().map(|el| {
        let id = el.id();
        let index = page.query_selector_all(FOCUSABLE).ok().and_then(|all| {
            (0..all.length()).find(|i| all.item(*i).is_some_and(|n| n.is_same_node(Some(el))))
        });
        (id, index)
    });
    let scroll = window().scroll_y().unwrap_or(0.0);
    page.remove();
    let _ = root.remove_attribute("hidden");
    if let Some((id, index)) = place {
        let same = if id.is_empty() {
            index.and_then(|i| root.query_selector_all(FOCUSABLE).ok()?.item(i))
        } else {
            root.query_selector(&format!("#{id}"))
                .ok()
                .flatten()
                .map(Into::into)
        };
        if let Some(same) = same.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = same.focus_with_options(&options);
        }
    }
    if (window().scroll_y().unwrap_or(0.0) - scroll).abs() > 0.5 {
        window().scroll_to_with_x_and_y(0.0, scroll);
    }
}
