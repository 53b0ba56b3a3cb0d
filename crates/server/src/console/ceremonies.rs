//! Passkey ceremonies under way: the server's half of each (its challenge) between the start
//! and the finish request, for five minutes at most, used once. Kept in memory: a ceremony
//! started on one instance must finish on the same one (sticky sessions, or one instance).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use webauthn_rs::prelude::{DiscoverableAuthentication, PasskeyRegistration};

const LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Beyond this many ceremonies under way, new ones are refused until old ones expire.
const MOST: usize = 10_000;

pub enum Ceremony {
    /// Enrolling a passkey with the setup token's hash.
    Setup(String, Box<PasskeyRegistration>),
    SignIn(Box<DiscoverableAuthentication>),
}

#[derive(Default)]
pub struct Ceremonies {
    pending: Mutex<HashMap<String, (Instant, Ceremony)>>,
}

impl Ceremonies {
    /// Keeps `ceremony` under a new random id; `None` when too many are under way.
    pub fn start(&self, ceremony: Ceremony) -> Option<String> {
        let id = super::random_token().ok()?;
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        pending.retain(|_, (started, _)| now.duration_since(*started) < LIFETIME);
        if pending.len() >= MOST {
            return None;
        }
        pending.insert(id.clone(), (now, ceremony));
        Some(id)
    }

    /// Takes the ceremony `id` if it is still under way: a second finish finds nothing.
    pub fn finish(&self, id: &str) -> Option<Ceremony> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let (started, ceremony) = pending.remove(id)?;
        (started.elapsed() < LIFETIME).then_some(ceremony)
    }
}
