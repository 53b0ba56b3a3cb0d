//! Forgetting everything the portal keeps on this device, at the citizen's request (the privacy
//! notice's "delete everything"): applications waiting to be sent, answers being typed, settings
//! and the language choice, references shown in this tab, and the cached copies of the services
//! opened (which tell the next user of a shared phone what was looked at). The app itself stays
//! cached, so the portal still opens offline: it is the same for everyone and holds nothing
//! about the citizen.

use crate::display::use_display;
use crate::outbox::use_outbox;
use crate::service::SessionOwner;
use crate::storage;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The service worker's caches of definitions and texts fetched on use, of the pages read and of
/// what the citizen asked to keep (`public/sw.js`): together they tell the next user of the
/// phone what was looked at. The app's own code (`portal-assets`) is the same for everyone.
const VISITED_CACHES: [&str; 3] = ["portal-runtime", "portal-pages", "portal-kept"];

/// Deletes it all and puts the open page back to the default display settings. Call it where
/// the app's contexts are available (an event handler), not after an `.await`.
pub fn forget_everything() -> impl Future<Output = ()> {
    let (sessions, outbox, display) = (
        expect_context::<SessionOwner>(),
        use_outbox(),
        use_display(),
    );
    async move {
        // The open service's answers first: they live in memory too, and would be saved again.
        sessions.forget();
        outbox.discard_all().await;
        storage::remove_all();
        display.reset();
        if let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) {
            for name in VISITED_CACHES {
                let _ = JsFuture::from(caches.delete(name)).await;
            }
        }
    }
}
