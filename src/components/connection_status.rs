//! An unobtrusive line when the device is offline, announced politely through a live region that
//! is always on the page. Forms keep working offline; the line says so.

use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ConnectionStatus() -> impl IntoView {
    let i18n = use_i18n();
    // A page rendered natively is served, so the connection works.
    let online = RwSignal::new(crate::PRERENDERING || window().navigator().on_line());
    if !crate::PRERENDERING {
        window_event_listener(leptos::ev::online, move |_| online.set(true));
        window_event_listener(leptos::ev::offline, move |_| online.set(false));
    }
    view! {
        <div class="app-connection-status" role="status">
            {move || (!online.get()).then(|| view! { <p class="app-connection-status__text">{i18n.tr("offline-status")}</p> })}
        </div>
    }
}
