//! The outbox: an application is stored on the device (IndexedDB) before it is sent, and removed
//! only when the server has acknowledged it. Waiting entries are sent again at start-up, when the
//! connection comes back, when the citizen presses "send now", and with growing pauses between
//! tries. The idempotency key makes every retry store it once. An application the server refuses
//! while nobody is on its page is kept, marked and no longer sent, until the citizen takes it
//! back into its service to correct it (or deletes it).
//!
//! The main module only knows which applications wait; the code that sends them is a lazily
//! loaded chunk (`sending`), fetched when something is actually waiting.

mod sending;
mod storage;

pub use sending::{Handed, OutboxEntry, Refused, hand};

use crate::router::paths;
use crate::service::SessionOwner;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// An application waiting on this device: its idempotency key, its service, and whether the
/// server refused some of its answers (then it waits for the citizen, not the network).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub key: String,
    pub service: String,
    pub refused: bool,
}

/// The outbox context.
#[derive(Clone, Copy)]
pub struct Outbox {
    waiting: RwSignal<Vec<Waiting>>,
    /// Whether the device's outbox has been read once since the page loaded.
    loaded: RwSignal<bool>,
    sending: RwSignal<bool>,
    failures: StoredValue<u32>,
    /// Set when a reason to send arrives while a send is under way (the connection came back
    /// mid-try): one more round follows at once instead of waiting for the next pause.
    again: StoredValue<bool>,
}

pub fn use_outbox() -> Outbox {
    expect_context::<Outbox>()
}

/// The longest pause between automatic tries.
const LONGEST_PAUSE: Duration = Duration::from_secs(10 * 60);

impl Outbox {
    /// Loads what waits, sends it, and sends again whenever the connection returns.
    pub fn provide() -> Self {
        let outbox = Outbox {
            waiting: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            sending: RwSignal::new(false),
            failures: StoredValue::new(0),
            again: StoredValue::new(false),
        };
        provide_context(outbox);
        spawn_local(async move {
            outbox.reload().await;
            outbox.flush().await;
        });
        window_event_listener(leptos::ev::online, move |_| {
            // A new connection: start the pauses between tries again from the shortest.
            outbox.failures.set_value(0);
            spawn_local(async move { outbox.flush().await })
        });
        outbox
    }

    /// Applications waiting to be sent (reactive).
    pub fn waiting(self) -> Vec<Waiting> {
        self.waiting.get()
    }

    /// Whether a send is under way (reactive).
    pub fn sending(self) -> bool {
        self.sending.get()
    }

    pub(crate) async fn reload(self) {
        self.waiting.set(storage::summary().await);
        self.loaded.set(true);
    }

    /// Whether what waits on the device is known yet (reactive): until then an empty list
    /// means "not read yet", not "nothing waits".
    pub fn loaded(self) -> bool {
        self.loaded.get()
    }

    /// Deletes a waiting application from the device at the citizen's request; it is not sent.
    pub async fn discard(self, key: &str) {
        storage::remove(key).await;
        self.reload().await;
    }

    /// Deletes every waiting application from the device at the citizen's request (privacy
    /// notice); none of them is sent.
    pub async fn discard_all(self) {
        storage::clear().await;
        self.reload().await;
    }

    /// Takes a refused application off the outbox and back into its service's answers on this
    /// device, with the server's errors, so the citizen can correct it and send it again.
    /// Returns the address of the page to correct. The caller checks first that no other answers
    /// for the service are being typed (they would be replaced).
    pub async fn take_back(self, key: &str, sessions: SessionOwner) -> Option<String> {
        let entry = storage::all()
            .await
            .into_iter()
            .find(|e| e.idempotency_key == key)?;
        let refused = entry.refused.clone()?;
        let service = entry.service.clone();
        sessions.take_back(&entry, refused.errors);
        storage::remove(key).await;
        self.reload().await;
        Some(if refused.page.is_empty() {
            paths::check_answers(&service)
        } else {
            paths::question(&service, &refused.page)
        })
    }

    /// Tries every waiting application once ("send now", start-up, back online).
    pub async fn flush(self) {
        if self.sending.get_untracked() {
            self.again.set_value(true);
            return;
        }
        if self.waiting.with_untracked(Vec::is_empty) {
            return;
        }
        self.sending.set(true);
        let mut all_sent = sending::send_waiting().await;
        while !all_sent && std::mem::take(&mut *self.again.write_value()) {
            all_sent = sending::send_waiting().await;
        }
        self.again.set_value(false);
        self.reload().await;
        self.sending.set(false);
        if all_sent {
            self.failures.set_value(0);
        } else {
            self.schedule_retry();
        }
    }

    /// Tries again after 5 s, 10 s, 20 s… up to 10 minutes.
    pub(crate) fn schedule_retry(self) {
        let failures = self.failures.get_value();
        self.failures.set_value(failures.saturating_add(1));
        let pause = Duration::from_secs(5 << failures.min(7)).min(LONGEST_PAUSE);
        set_timeout(
            move || spawn_local(async move { self.flush().await }),
            pause,
        );
    }
}

/// Where the confirmation page finds the reference of an application sent from this tab.
pub fn reference_key(service: &str) -> String {
    format!("portal.reference.{service}")
}
