//! A per-client limit for submissions and sign-ins: generous for a person, a wall for a script.
//! On its own a server keeps a token bucket per client in memory. On a database that several
//! servers share (PostgreSQL), the count is kept there, per client and minute, so a client
//! spreading its requests over the servers meets one limit; if the database cannot count, each
//! server falls back to its own bucket.

use crate::store::SubmissionStore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
    /// The shared counts, and the name of this limit (submissions, sign-in) in them.
    shared: Option<(Arc<dyn SubmissionStore>, &'static str)>,
}

/// Beyond this many clients tracked, full buckets are forgotten.
const MAX_TRACKED: usize = 100_000;

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
            shared: None,
        }
    }

    /// A limit counted in `store` when it keeps shared counts, under the name `name`.
    pub fn shared(per_minute: u32, store: Arc<dyn SubmissionStore>, name: &'static str) -> Self {
        Self {
            shared: Some((store, name)),
            ..Self::new(per_minute)
        }
    }

    /// Counts one request of `client`; `Err` holds the seconds to wait before the next one.
    pub async fn check(&self, client: &str) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        if let Some((store, name)) = &self.shared {
            let now = crate::store::now();
            let minute = now / 60;
            // Only a hash of the client's address is kept, for two minutes.
            let bucket: String = Sha256::digest(format!("{name}:{client}").as_bytes())[..16]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let store = store.clone();
            let counted =
                tokio::task::spawn_blocking(move || store.count_request(&bucket, minute)).await;
            match counted {
                Ok(Some(Ok(hits))) if hits <= self.per_minute => return Ok(()),
                Ok(Some(Ok(_))) => return Err((60 - now % 60).max(1) as u64),
                Ok(Some(Err(error))) => {
                    tracing::warn!(
                        ?error,
                        "shared rate limit not counted: this server limits alone"
                    );
                }
                _ => {}
            }
        }
        self.check_here(client)
    }

    /// Takes one token from this server's own bucket for `client`.
    fn check_here(&self, client: &str) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let now = Instant::now();
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if buckets.len() > MAX_TRACKED {
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_second < capacity
            });
        }
        let (tokens, at) = buckets.entry(client.to_string()).or_insert((capacity, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * per_second).min(capacity);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / per_second).ceil() as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_allowance_then_waits_and_others_are_unaffected() {
        let limiter = RateLimiter::new(3);
        for _ in 0..3 {
            assert_eq!(limiter.check_here("10.0.0.1"), Ok(()));
        }
        let wait = limiter.check_here("10.0.0.1").unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        assert_eq!(limiter.check_here("10.0.0.2"), Ok(()));
    }

    #[test]
    fn zero_means_no_limit() {
        let limiter = RateLimiter::new(0);
        assert!((0..1000).all(|_| limiter.check_here("x").is_ok()));
    }
}
