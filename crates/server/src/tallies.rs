//! Counts insight reads, kept in memory and written to the database once a second: views of
//! information pages (per service and day) and refusals on question pages (per service, page,
//! error code and day). A page never waits for a count, and however many requests come, the
//! database sees at most a few writes a second. A crash loses at most a second's.

use crate::store::SubmissionStore;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What one count is of. Nothing about who: no address, no time finer than the day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tally {
    /// A view of `service`'s information page.
    View { service: String, day: String },
    /// A question page that refused an answer with `code`.
    Error {
        service: String,
        page: String,
        code: &'static str,
        day: String,
    },
}

pub struct Tallies {
    pending: Mutex<HashMap<Tally, u64>>,
    store: Arc<dyn SubmissionStore>,
}

impl Tallies {
    /// Counts for `store`, written by a task on the current runtime (none outside one).
    pub fn new(store: Arc<dyn SubmissionStore>) -> Arc<Self> {
        let tallies = Arc::new(Self {
            pending: Mutex::default(),
            store,
        });
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let writer = tallies.clone();
            runtime.spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    writer.write().await;
                }
            });
        }
        tallies
    }

    fn add(&self, tally: Tally) {
        *self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(tally)
            .or_default() += 1;
    }

    /// One view of `service`'s information page on `day` (YYYY-MM-DD).
    pub fn view(&self, service: &str, day: String) {
        self.add(Tally::View {
            service: service.to_string(),
            day,
        });
    }

    /// One refusal with `code` on question page `page` of `service` on `day` (YYYY-MM-DD).
    pub fn error(&self, service: &str, page: &str, code: &'static str, day: String) {
        self.add(Tally::Error {
            service: service.to_string(),
            page: page.to_string(),
            code,
            day,
        });
    }

    async fn write(&self) {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        if pending.is_empty() {
            return;
        }
        let store = self.store.clone();
        let _ = tokio::task::spawn_blocking(move || {
            for (tally, count) in pending {
                let written = match &tally {
                    Tally::View { service, day } => store.count_page_views(service, day, count),
                    Tally::Error {
                        service,
                        page,
                        code,
                        day,
                    } => store.count_page_errors(service, page, code, day, count),
                };
                if let Err(error) = written {
                    tracing::warn!(?error, ?tally, count, "not counted");
                }
            }
        })
        .await;
    }
}
