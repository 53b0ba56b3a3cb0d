//! Client-side routing on the History API. leptos_router adds about 49 KB brotli to the wasm
//! (measured: see README, "Design decisions"); the portal needs six routes, links, back and
//! forward, which this module provides in a fraction of that.

mod link;

pub use link::Link;
pub use portal_forms::address::{Address, ServiceStep, paths};

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current address: the path chooses the page, the query refines it (e.g. `?change=1`).
#[derive(Clone, Copy)]
pub struct Router {
    path: RwSignal<String>,
    search: RwSignal<String>,
}

/// The router context; panics with its name if the app forgot to provide it.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

impl Router {
    /// Reads the address, follows back/forward, and takes over same-origin link clicks.
    pub fn start() -> Self {
        let router = Self {
            path: RwSignal::new(current_path()),
            search: RwSignal::new(current_search()),
        };
        window_event_listener(ev::popstate, move |_| router.sync());
        window_event_listener(ev::click, move |event| router.follow_link(&event));
        router
    }

    /// A router that stays at `path`: for rendering a page natively (the prerender).
    pub fn at(path: &str) -> Self {
        Self {
            path: RwSignal::new(path.to_string()),
            search: RwSignal::new(String::new()),
        }
    }

    /// The current path (reactive).
    pub fn path(self) -> String {
        self.path.get()
    }

    /// The value of query parameter `name`, if present (reactive).
    pub fn query(self, name: &str) -> Option<String> {
        let search = self.search.get();
        if search.is_empty() {
            return None;
        }
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
    }

    /// The page for the current path (reactive).
    pub fn route(self) -> Address {
        self.path.with(|path| Address::from_path(path))
    }

    /// Goes to `path` (same origin) and adds it to the history.
    pub fn navigate(self, path: &str) {
        let pushed = window().history().and_then(|history| {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        });
        match pushed {
            Ok(()) => {
                self.sync();
                keep_page(path);
            }
            Err(_) => {
                let _ = window().location().set_href(path);
            }
        }
    }

    /// Goes to `path` in place of the current history entry (for redirects).
    pub fn replace(self, path: &str) {
        let path = path.to_string();
        // After the current render, so a page can redirect while it is being built.
        request_animation_frame(move || {
            let replaced = window().history().and_then(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
            });
            if replaced.is_ok() {
                self.sync();
            }
        });
    }

    /// A click on a same-origin link becomes an in-app navigation. Clicks that a handler already
    /// took (default prevented), opened elsewhere (modifier keys, `target`, `download`) or that
    /// only move within the page (hash) are left to the browser.
    fn follow_link(self, event: &web_sys::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        // A link on the complete page the app is still preparing to take over is followed by the
        // browser: the app's copy is out of sight, so navigating it would look like nothing.
        if !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || anchor
                .closest("[data-prerendered]")
                .ok()
                .flatten()
                .is_some()
        {
            return;
        }
        let location = window().location();
        let same_origin = location
            .origin()
            .is_ok_and(|origin| origin == anchor.origin());
        let same_page = location.pathname().is_ok_and(|p| p == anchor.pathname())
            && location.search().is_ok_and(|s| s == anchor.search());
        if !same_origin || (same_page && !anchor.hash().is_empty()) {
            return;
        }
        event.prevent_default();
        self.navigate(&format!(
            "{}{}{}",
            anchor.pathname(),
            anchor.search(),
            anchor.hash()
        ));
    }
}

impl Router {
    /// Reads the address bar into the signals (after a navigation or back/forward).
    fn sync(self) {
        self.search.set(current_search());
        self.path.set(current_path());
    }
}

/// Asks the service worker (through `start.js`) to keep a copy of the page shown at `path`, which
/// an in-app navigation did not fetch, so that it opens again offline.
fn keep_page(path: &str) {
    let keep = js_sys::Reflect::get(&window(), &"portalKeepPage".into()).ok();
    if let Some(keep) = keep.and_then(|k| k.dyn_into::<js_sys::Function>().ok()) {
        let _ = keep.call1(&wasm_bindgen::JsValue::NULL, &path.into());
    }
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}
