//! The service journey's code is split out of the main wasm and fetched the first time a service
//! is opened (Leptos `#[lazy]` + wasm-split in `cargo xtask build`), so the first load of the
//! portal does not carry the forms engine.

use super::ServiceJourney;
use crate::i18n::use_i18n;
use crate::router::ServiceStep;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::OnceLock;

type RenderJourney = fn(String, ServiceStep) -> AnyView;

/// Lives in the split chunk; what it returns points into that chunk.
#[lazy]
fn journey_renderer() -> RenderJourney {
    |id, step| view! { <ServiceJourney id step /> }.into_any()
}

/// Once loaded, later pages of a service render at once, without a loading state.
static LOADED: OnceLock<RenderJourney> = OnceLock::new();

#[component]
pub fn LazyJourney(id: String, step: ServiceStep) -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(LOADED.get().is_some());
    if !ready.get_untracked() {
        spawn_local(async move {
            let render = journey_renderer().await;
            let _ = LOADED.set(render);
            ready.set(true);
        });
    }
    move || match (ready.get(), LOADED.get()) {
        (true, Some(render)) => render(id.clone(), step.clone()),
        _ => {
            view! { <p class="app-body" role="status">{i18n.tr("service-loading")}</p> }.into_any()
        }
    }
}
