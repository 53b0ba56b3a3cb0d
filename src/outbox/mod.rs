//! The outbox: an application is stored on the device (IndexedDB) before it is sent, and removed
//! only when the server has acknowledged it. Waiting entries are sent again at start-up, when the
//! connection comes back, when the citizen presses "send now", and after growing pauses (one
//! timer, never several). Each entry is sent by one sender at a time, and the idempotency key
//! makes every retry store it once. An application the server refuses while nobody is on its
//! page is kept, marked and no longer sent, until the citizen takes it back into its service to
//! correct it (or deletes it).
//!
//! The main module only knows which applications wait; the code that sends them is a lazily
//! loaded chunk (`sending`), fetched when something is actually waiting.

mod sending;
mod storage;

pub use sending::{Handed, hand};
pub use storage::{OutboxEntry, Refused};

use crate::router::paths;
use crate::service::SessionOwner;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// An application waiting on this device: its idempotency key, its service, and whether the
/// server refused it (then it waits for the citizen, not the network).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub key: String,
    pub service: String,
    pub refused: bool,
    /// Refused because an application with its key was already sent with other answers: that
    /// one's reference (empty if the server did not say).
    pub already_sent: Option<String>,
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
    /// The one timer for the next automatic try.
    retry: StoredValue<Option<TimeoutHandle>>,
    /// Keys of the entries being sent now, each by exactly one sender.
    in_flight: StoredValue<Vec<String>>,
    /// Sending rounds finished since the page loaded.
    rounds: StoredValue<u32>,
}

/// An entry claimed by one sender; given back when dropped.
pub(crate) struct Claim {
    outbox: Outbox,
    key: String,
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.outbox
            .in_flight
            .try_update_value(|keys| keys.retain(|k| *k != self.key));
    }
}

pub fn use_outbox() -> Outbox {
    expect_context::<Outbox>()
}

/// Where finished sending rounds are counted.
const ROUNDS_ATTRIBUTE: &str = "data-outbox-rounds";

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
            retry: StoredValue::new(None),
            in_flight: StoredValue::new(Vec::new()),
            rounds: StoredValue::new(0),
        };
        provide_context(outbox);
        if crate::PRERENDERING {
            // Nothing waits on a page rendered natively: the device's outbox is read in the browser.
            return outbox;
        }
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
        let entry = storage::get(key).await?;
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

    /// Claims the entry with `key` for one sender; `None` while another is sending it.
    pub(crate) fn claim(self, key: &str) -> Option<Claim> {
        let claimed = self.in_flight.try_update_value(|keys| {
            let free = !keys.iter().any(|k| k == key);
            if free {
                keys.push(key.to_string());
            }
            free
        });
        claimed.unwrap_or(false).then(|| Claim {
            outbox: self,
            key: key.to_string(),
        })
    }

    /// Tries every waiting application once ("send now", start-up, back online, the timer).
    pub async fn flush(self) {
        if self.sending.get_untracked() {
            self.again.set_value(true);
            return;
        }
        if self.waiting.with_untracked(Vec::is_empty) {
            self.round_done();
            return;
        }
        // This round replaces the pending automatic try; it schedules the next if it must.
        self.cancel_retry();
        self.sending.set(true);
        let mut all_sent = sending::send_waiting(self).await;
        while !all_sent && std::mem::take(&mut *self.again.write_value()) {
            all_sent = sending::send_waiting(self).await;
        }
        self.again.set_value(false);
        self.reload().await;
        self.sending.set(false);
        if all_sent {
            self.failures.set_value(0);
        } else {
            self.schedule_retry();
        }
        self.round_done();
    }

    /// Counts a finished round on `<html data-outbox-rounds>`: what a sending round does is
    /// over when the number grows, so a test (or a script of the citizen's own) can tell that
    /// something was not sent without waiting for a fixed time.
    fn round_done(self) {
        let done = self.rounds.get_value() + 1;
        self.rounds.set_value(done);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(ROUNDS_ATTRIBUTE, &done.to_string());
        }
    }

    /// Tries again after 5 s, 10 s, 20 s… up to 10 minutes, replacing any try already planned.
    pub(crate) fn schedule_retry(self) {
        self.cancel_retry();
        let failures = self.failures.get_value();
        self.failures.set_value(failures.saturating_add(1));
        let pause = Duration::from_secs(5 << failures.min(7)).min(LONGEST_PAUSE);
        let handle = set_timeout_with_handle(
            move || {
                self.retry.try_set_value(None);
                spawn_local(async move { self.flush().await })
            },
            pause,
        );
        self.retry.set_value(handle.ok());
    }

    fn cancel_retry(self) {
        if let Some(handle) = self.retry.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

/// Where the confirmation page finds the reference of an application sent from this tab.
pub fn reference_key(service: &str) -> String {
    format!("portal.reference.{service}")
}
