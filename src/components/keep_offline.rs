//! "Keep on this phone": for a citizen about to go somewhere without a signal, a plain control
//! that downloads a whole service (on its information page) or everything (on the settings
//! page), saying first how much it will download, in KB, then showing progress; it can be
//! undone. With Save-Data on it says that nothing else is downloaded unasked. The work is the
//! service worker's (`public/keep.js` asks it).

use crate::i18n::{Texts, use_i18n};
use js_sys::{Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/public/keep.js")]
extern "C" {
    #[wasm_bindgen(js_name = keepAvailable)]
    fn keep_available() -> bool;
    #[wasm_bindgen(js_name = savingData)]
    fn saving_data() -> bool;
    #[wasm_bindgen(js_name = keepPlan)]
    fn keep_plan(scope: &JsValue) -> Promise;
    #[wasm_bindgen(js_name = keepScope)]
    fn keep_scope(scope: &JsValue, progress: &Closure<dyn FnMut(u32, u32)>) -> Promise;
    #[wasm_bindgen(js_name = unkeepScope)]
    fn unkeep_scope(scope: &JsValue) -> Promise;
    #[wasm_bindgen(js_name = isKept)]
    fn is_kept(scope: &JsValue) -> Promise;
}

/// What to keep: one service, or everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeepScope {
    Service(String),
    Everything,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keeping {
    Idle,
    Asking,
    /// Asked how much: the KB it will download.
    Planned(u32),
    Downloading(u32, u32),
    Kept,
    Removed,
    Failed,
    Unavailable,
}

impl KeepScope {
    /// The scope as the service worker reads it, in the language on screen.
    fn to_js(&self, language: &str) -> JsValue {
        let scope = Object::new();
        let _ = Reflect::set(&scope, &"language".into(), &language.into());
        match self {
            KeepScope::Service(id) => {
                let _ = Reflect::set(&scope, &"service".into(), &id.as_str().into());
            }
            KeepScope::Everything => {
                let _ = Reflect::set(&scope, &"everything".into(), &true.into());
            }
        }
        scope.into()
    }

    /// The texts that differ by scope: heading, explanation, button.
    fn texts(&self, texts: Texts) -> [Signal<String>; 3] {
        match self {
            KeepScope::Service(_) => [
                texts.tr("keep-service-heading"),
                texts.tr("keep-service-body"),
                texts.tr("keep-service-button"),
            ],
            KeepScope::Everything => [
                texts.tr("keep-everything-heading"),
                texts.tr("keep-everything-body"),
                texts.tr("keep-everything-button"),
            ],
        }
    }
}

#[component]
pub fn KeepOffline(scope: KeepScope) -> impl IntoView {
    let i18n = use_i18n();
    let texts = Texts::load(i18n, vec!["keep".into()]);
    let state = RwSignal::new(Keeping::Idle);
    let [heading, body, button] = scope.texts(texts);
    let scope = StoredValue::new(scope);
    let js_scope = move || scope.with_value(|s| s.to_js(i18n.language_untracked().code));
    if !crate::PRERENDERING {
        // Already kept from an earlier visit: say so and offer to remove it.
        Effect::new(move |_| {
            if !keep_available() {
                return;
            }
            let asked = is_kept(&js_scope());
            spawn_local(async move {
                if JsFuture::from(asked).await.ok().and_then(|v| v.as_bool()) == Some(true) {
                    state.try_set(Keeping::Kept);
                }
            });
        });
    }
    let ask = move |_| {
        if !keep_available() {
            state.set(Keeping::Unavailable);
            return;
        }
        state.set(Keeping::Asking);
        let asked = keep_plan(&js_scope());
        spawn_local(async move {
            let bytes = JsFuture::from(asked)
                .await
                .ok()
                .and_then(|plan| Reflect::get(&plan, &"bytes".into()).ok())
                .and_then(|b| b.as_f64());
            state.try_set(match bytes {
                Some(bytes) => Keeping::Planned((bytes / 1024.0).ceil() as u32),
                None => Keeping::Failed,
            });
        });
    };
    let download = move |_| {
        state.set(Keeping::Downloading(0, 0));
        let progress = Closure::<dyn FnMut(u32, u32)>::new(move |done, total| {
            state.try_set(Keeping::Downloading(done, total));
        });
        let kept = keep_scope(&js_scope(), &progress);
        spawn_local(async move {
            let done = JsFuture::from(kept).await.is_ok();
            drop(progress);
            state.try_set(if done { Keeping::Kept } else { Keeping::Failed });
        });
    };
    let remove = move |_| {
        let removed = unkeep_scope(&js_scope());
        spawn_local(async move {
            let _ = JsFuture::from(removed).await;
            state.try_set(Keeping::Removed);
        });
    };
    let cancel = move |_| state.set(Keeping::Idle);
    let secondary = "app-button app-button--secondary";
    let controls = move || {
        match state.get() {
        Keeping::Idle | Keeping::Removed | Keeping::Asking => view! {
            <button type="button" class=secondary on:click=ask
                aria-disabled=move || (state.get() == Keeping::Asking).then_some("true")>
                {button}
            </button>
        }
        .into_any(),
        Keeping::Planned(kb) => view! {
            <p class="app-body">{texts.t_with("keep-size", &[("size", kb.into())])}</p>
            {saving_data().then(|| view! { <p class="app-body">{texts.t("keep-save-data")}</p> })}
            <div class="app-button-group">
                <button type="button" class="app-button" on:click=download>
                    {texts.t_with("keep-confirm", &[("size", kb.into())])}
                </button>
                <button type="button" class=secondary on:click=cancel>{texts.tr("keep-cancel")}</button>
            </div>
        }
        .into_any(),
        Keeping::Downloading(..) => ().into_any(),
        Keeping::Kept => view! {
            <button type="button" class=secondary on:click=remove>{texts.tr("keep-remove")}</button>
        }
        .into_any(),
        Keeping::Failed => view! {
            <button type="button" class=secondary on:click=ask>{texts.tr("keep-retry")}</button>
        }
        .into_any(),
        Keeping::Unavailable => ().into_any(),
    }
    };
    // Said through a live region that is always there, so every change is announced.
    let said = move || match state.get() {
        Keeping::Downloading(done, total) => texts.t_with(
            "keep-progress",
            &[("done", done.into()), ("total", total.into())],
        ),
        Keeping::Kept => texts.t("keep-done"),
        Keeping::Removed => texts.t("keep-removed"),
        Keeping::Failed => texts.t("keep-failed"),
        Keeping::Unavailable => texts.t("keep-unavailable"),
        _ => String::new(),
    };
    view! {
        // Busy until its texts arrive: the app takes a page over only once nothing is busy.
        <section class="app-keep" aria-labelledby="keep-heading"
            aria-busy=move || (!texts.ready()).then_some("true")>
            <h2 id="keep-heading" class="app-heading-s">{heading}</h2>
            <p class="app-body">{body}</p>
            <p class="app-body app-keep__status" role="status">{said}</p>
            {controls}
        </section>
    }
}
