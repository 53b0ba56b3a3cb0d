//! Views of information pages, counted in memory and written to the database once a second
//! (one row per service and day): a page never waits for the count, and however many requests
//! come, the database sees at most a few writes a second. A crash loses at most a second's.

use crate::store::SubmissionStore;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct PageViews {
    pending: Mutex<HashMap<(String, String), u64>>,
    store: Arc<dyn SubmissionStore>,
}

impl PageViews {
    /// Counts for `store`, written by a task on the current runtime (none outside one).
    pub fn new(store: Arc<dyn SubmissionStore>) -> Arc<Self> {
        let views = Arc::new(Self {
            pending: Mutex::default(),
            store,
        });
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let writer = views.clone();
            runtime.spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    writer.write().await;
                }
            });
        }
        views
    }

    /// One view of `service`'s information page on `day` (YYYY-MM-DD).
    pub fn add(&self, service: &str, day: String) {
        *self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry((service.to_string(), day))
            .or_default() += 1;
    }

    async fn write(&self) {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        if pending.is_empty() {
            return;
        }
        let store = self.store.clone();
        let _ = tokio::task::spawn_blocking(move || {
            for ((service, day), views) in pending {
                if let Err(error) = store.count_page_views(&service, &day, views) {
                    tracing::warn!(?error, views, "information page views not counted");
                }
            }
        })
        .await;
    }
}
