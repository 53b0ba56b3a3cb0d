//! A page's `<title>` and `h1`. After a client-side navigation the page's `h1` takes focus and the
//! view scrolls to the top, so screen reader and keyboard users start at the new page's heading.

use crate::app::MAIN_ID;
use crate::i18n::use_i18n;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;

/// Whether a page has been shown yet. The first page of a visit keeps the browser's own
/// focus (the top of the document) so that Tab reaches the skip link first.
static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

/// Sets the title to "page – site" and, after a navigation, focuses the page's `h1` (wherever the
/// page put it: in a label or legend on question pages).
#[component]
pub fn PageTitle(#[prop(into)] title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let marker = NodeRef::<Div>::new();
    marker.on_load(|_| {
        if FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
            let heading = document()
                .query_selector(&format!("#{MAIN_ID} h1"))
                .ok()
                .flatten();
            if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = heading.focus();
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let full_title = move || i18n.t_with("page-title", &[("page", title.get().into())]);
    #[cfg(feature = "ssr")]
    if let Some(rendered) = use_context::<crate::prerender::RenderedTitle>() {
        rendered.0.set_value(Some(full_title()));
    }
    // The document's title, set directly: leptos_meta's title handling cost about a kilobyte of
    // the first load for a page that only ever has one title.
    if !crate::PRERENDERING {
        Effect::new(move |_| document().set_title(&full_title()));
    }
    view! {
        <div class="app-page-marker" node_ref=marker hidden></div>
    }
}

/// A page's `h1` with its title.
#[component]
pub fn PageHeading(#[prop(into)] title: Signal<String>) -> impl IntoView {
    view! {
        <PageTitle title />
        <h1 class="app-heading-xl" tabindex="-1">
            {title}
        </h1>
    }
}
