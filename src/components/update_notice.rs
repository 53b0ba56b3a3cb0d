//! A new version of the portal has installed in the background: say so, and let the citizen
//! choose when to use it. Never a pop-up, never a forced reload; drafts are kept either way.

use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(false);
    // `public/start.js` fires this when a new service worker has installed and waits.
    if !crate::PRERENDERING {
        window_event_listener(
            leptos::ev::Custom::<leptos::ev::Event>::new("portal-update-ready"),
            move |_| ready.set(true),
        );
    }
    let apply = move |_| {
        if let Ok(function) = js_sys::Reflect::get(&window(), &"portalApplyUpdate".into())
            && let Some(function) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&function)
        {
            let _ = function.call0(&wasm_bindgen::JsValue::NULL);
        }
    };
    view! {
        <div class="app-update-notice" role="status">
            {move || ready.get().then(|| view! {
                <div class="app-update-notice__body">
                    <p class="app-update-notice__text">{i18n.tr("update-available")}</p>
                    <button type="button" class="app-button app-button--secondary" on:click=apply>{i18n.tr("update-apply")}</button>
                </div>
            })}
        </div>
    }
}
