//! Sending what the outbox holds. Only the service journey and `send_waiting` (a lazy split
//! point) reach this code, so it stays out of the main wasm.

use super::{Outbox, reference_key, storage};
use crate::service::submit::{self, Submission, SubmitError};
use leptos::logging::warn;
use leptos::prelude::*;
use portal_forms::{Answers, ErrorCode};
use serde::{Deserialize, Serialize};

/// An application waiting to be sent, as stored on the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub idempotency_key: String,
    pub service: String,
    pub version: u32,
    pub language: String,
    pub answers: Answers,
    /// When it was queued, in milliseconds since 1970.
    pub queued_at: f64,
    /// Set when the server refused some answers while it was being sent in the background:
    /// then it is kept, no longer sent, and shown on the home page until the citizen corrects it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<Refused>,
}

/// What the server refused: the page to show again and each question's code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refused {
    pub page: String,
    pub errors: Vec<(String, ErrorCode)>,
}

/// What happened when an application was handed to the outbox.
#[derive(Debug, Clone, PartialEq)]
pub enum Handed {
    /// The server acknowledged it: here is the reference.
    Delivered(String),
    /// Kept on the device; it will be sent when possible.
    Waiting,
    /// The server refused some answers: the page to show again and each question's code.
    Rejected {
        page: String,
        errors: Vec<(String, ErrorCode)>,
    },
    /// The device could not store it (storage full or blocked); the answers are still on screen.
    NotStored,
}

/// Stores the application on the device, then tries to send it.
pub async fn hand(outbox: Outbox, entry: OutboxEntry) -> Handed {
    if let Err(reason) = storage::put(&entry).await {
        warn!("outbox: not stored: {reason}");
        return Handed::NotStored;
    }
    outbox.reload().await;
    let sent = send(&entry).await;
    if let Err(SubmitError::Rejected { .. }) = sent {
        // The citizen is on the page: the answers are still on screen to correct.
        storage::remove(&entry.idempotency_key).await;
    }
    outbox.reload().await;
    match sent {
        Ok(reference) => Handed::Delivered(reference),
        Err(SubmitError::Rejected { page, errors }) => Handed::Rejected { page, errors },
        Err(_) => {
            outbox.schedule_retry();
            Handed::Waiting
        }
    }
}

/// Sends one entry; on acknowledgement removes it and remembers the reference for this tab.
async fn send(entry: &OutboxEntry) -> Result<String, SubmitError> {
    let submission = Submission {
        service: &entry.service,
        version: entry.version,
        language: &entry.language,
        idempotency_key: &entry.idempotency_key,
        answers: &entry.answers,
    };
    let result = submit::send(&submission).await;
    if let Ok(reference) = &result {
        crate::storage::save_session(&reference_key(&entry.service), reference);
        storage::remove(&entry.idempotency_key).await;
    }
    result
}

/// Sends every waiting entry once; `true` when none is left waiting for the network. An entry
/// the server refuses is kept and marked, never dropped: nobody is looking at its answers now.
#[lazy]
pub async fn send_waiting() -> bool {
    let mut all_sent = true;
    for entry in storage::all().await {
        if entry.refused.is_some() {
            continue;
        }
        match send(&entry).await {
            Err(SubmitError::Network | SubmitError::Server) => all_sent = false,
            Err(SubmitError::Rejected { page, errors }) => {
                let refused = Some(Refused { page, errors });
                let _ = storage::put(&OutboxEntry { refused, ..entry }).await;
            }
            Ok(_) => {}
        }
    }
    all_sent
}
