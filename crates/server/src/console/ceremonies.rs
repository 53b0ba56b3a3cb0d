//! Passkey ceremonies under way: the server's half of each (its challenge) between the start
//! and the finish request, for five minutes at most, used once. Kept in memory: a ceremony
//! started on one instance must finish on the same one (sticky sessions, or one instance).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use webauthn_rs::prelude::{DiscoverableAuthentication, PasskeyRegistration};

const LIFETIME: Duration = Duration::from_secs(5 * 60);
/// At most this many ceremonies under way in all: beyond it the oldest gives way, so nobody can
/// fill the table and lock everyone out.
const MOST: usize = 10_000;
/// At most this many under way from one client address; its oldest gives way to a new one.
const MOST_PER_CLIENT: usize = 20;

pub enum Ceremony {
    /// Enrolling a passkey with the setup token's hash.
    Setup(String, Box<PasskeyRegistration>),
    SignIn(Box<DiscoverableAuthentication>),
}

#[derive(Default)]
pub struct Ceremonies {
    /// By id: when it started, the client that started it, and the server's half.
    pending: Mutex<HashMap<String, (Instant, String, Ceremony)>>,
}

impl Ceremonies {
    /// Keeps `ceremony`, started by `client`, under a new random id; `None` only when no random
    /// id can be had.
    pub fn start(&self, ceremony: Ceremony, client: &str) -> Option<String> {
        let id = super::random_token().ok()?;
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        pending.retain(|_, (started, _, _)| now.duration_since(*started) < LIFETIME);
        let oldest = |pending: &HashMap<String, (Instant, String, Ceremony)>, of: Option<&str>| {
            pending
                .iter()
                .filter(|(_, (_, by, _))| of.is_none_or(|c| c == by))
                .min_by_key(|(_, (started, _, _))| *started)
                .map(|(id, _)| id.clone())
        };
        let by_client = pending.values().filter(|(_, by, _)| by == client).count();
        if by_client >= MOST_PER_CLIENT
            && let Some(old) = oldest(&pending, Some(client))
        {
            pending.remove(&old);
        }
        if pending.len() >= MOST
            && let Some(old) = oldest(&pending, None)
        {
            pending.remove(&old);
        }
        pending.insert(id.clone(), (now, client.to_string(), ceremony));
        Some(id)
    }

    /// Takes the ceremony `id` if it is still under way: a second finish finds nothing.
    pub fn finish(&self, id: &str) -> Option<Ceremony> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let (started, _, ceremony) = pending.remove(id)?;
        (started.elapsed() < LIFETIME).then_some(ceremony)
    }
}
