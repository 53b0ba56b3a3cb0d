//! A page's `h1` and `<title>`. After a client-side navigation it takes focus and the view
//! scrolls to the top, so screen reader and keyboard users start at the new page's heading.

use crate::i18n::use_i18n;
use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether a page has been shown yet. The first page of a visit keeps the browser's own
/// focus (the top of the document) so that Tab reaches the skip link first.
static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H1>::new();
    heading.on_load(|heading| {
        if FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
            let _ = heading.focus();
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let full_title = move || i18n.t_with("page-title", &[("page", title.get().into())]);
    view! {
        <Title text=full_title />
        <h1 class="app-heading-xl" tabindex="-1" node_ref=heading>
            {title}
        </h1>
    }
}
