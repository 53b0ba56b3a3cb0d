//! Passkey ceremonies under way: the server's half of each (its challenge) between the start
//! and the finish request, for five minutes at most, used once. One server keeps them in
//! memory; servers sharing a PostgreSQL database keep them there, so a ceremony started on one
//! instance can finish on another behind a load balancer.

use crate::store::WorkspaceStore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use webauthn_rs::prelude::{DiscoverableAuthentication, PasskeyRegistration};

const LIFETIME: Duration = Duration::from_secs(5 * 60);
/// At most this many ceremonies under way in all: beyond it the oldest gives way, so nobody can
/// fill the table and lock everyone out.
const MOST: usize = 10_000;
/// At most this many under way from one client address; its oldest gives way to a new one.
const MOST_PER_CLIENT: usize = 20;

#[derive(Serialize, Deserialize)]
pub enum Ceremony {
    /// Enrolling a passkey with the setup token's hash.
    Setup(String, Box<PasskeyRegistration>),
    SignIn(Box<DiscoverableAuthentication>),
}

#[derive(Default)]
pub struct Ceremonies {
    /// By id: when it started, the client that started it, and the server's half.
    pending: Mutex<HashMap<String, (Instant, String, Ceremony)>>,
    /// The database, when it keeps ceremonies for every instance.
    shared: Option<Arc<dyn WorkspaceStore>>,
}

impl Ceremonies {
    /// Ceremonies kept in `store` when it keeps them for several instances, else in memory.
    pub fn new(store: Arc<dyn WorkspaceStore>) -> Self {
        Self {
            pending: Mutex::default(),
            shared: store.keeps_ceremonies().then_some(store),
        }
    }

    /// Keeps `ceremony`, started by `client`, under a new random id; `None` when no random id
    /// can be had or the database cannot keep it.
    pub async fn start(&self, ceremony: Ceremony, client: &str) -> Option<String> {
        let id = super::random_token().ok()?;
        if let Some(store) = &self.shared {
            let state = serde_json::to_string(&ceremony).ok()?;
            // Only a hash of the client's address is kept, to bound its ceremonies.
            let client: String = Sha256::digest(client.as_bytes())[..16]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let (store, kept_id) = (store.clone(), id.clone());
            let kept = tokio::task::spawn_blocking(move || {
                store.keep_ceremony(
                    &kept_id,
                    &client,
                    &state,
                    crate::store::now(),
                    MOST_PER_CLIENT,
                )
            })
            .await;
            return match kept {
                Ok(Ok(())) => Some(id),
                Ok(Err(error)) => {
                    tracing::error!(?error, "cannot keep a passkey ceremony");
                    None
                }
                Err(_) => None,
            };
        }
        self.start_here(id, ceremony, client)
    }

    fn start_here(&self, id: String, ceremony: Ceremony, client: &str) -> Option<String> {
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
    pub async fn finish(&self, id: &str) -> Option<Ceremony> {
        if let Some(store) = &self.shared {
            let (store, id) = (store.clone(), id.to_string());
            let since = crate::store::now() - LIFETIME.as_secs() as i64;
            let taken = tokio::task::spawn_blocking(move || store.take_ceremony(&id, since)).await;
            return match taken {
                Ok(Ok(Some(state))) => serde_json::from_str(&state).ok(),
                Ok(Ok(None)) | Err(_) => None,
                Ok(Err(error)) => {
                    tracing::error!(?error, "cannot read a passkey ceremony");
                    None
                }
            };
        }
        self.finish_here(id)
    }

    fn finish_here(&self, id: &str) -> Option<Ceremony> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let (started, _, ceremony) = pending.remove(id)?;
        (started.elapsed() < LIFETIME).then_some(ceremony)
    }
}
