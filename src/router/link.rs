//! A link inside the portal. It is a plain `<a href>` (the router follows the click), marked
//! `aria-current="page"` when it points at the page being shown.

use super::use_router;
use leptos::prelude::*;

#[component]
pub fn Link(href: &'static str, class: &'static str, children: Children) -> impl IntoView {
    let router = use_router();
    view! {
        <a class=class href=href aria-current=move || (router.path() == href).then_some("page")>
            {children()}
        </a>
    }
}
