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
    match &result {
        Ok(reference) => {
            crate::storage::save_session(&reference_key(&entry.service), reference);
            storage::remove(&entry.idempotency_key).await;
        }
        // It can never be accepted as it is; its answers are in the draft to correct.
        Err(SubmitError::Rejected { .. }) => storage::remove(&entry.idempotency_key).await,
        Err(_) => {}
    }
    result
}

/// Sends every waiting entry once; `true` when none is left waiting for the network.
#[lazy]
pub async fn send_waiting() -> bool {
    let mut all_sent = true;
    for entry in storage::all().await {
        if matches!(
            send(&entry).await,
            Err(SubmitError::Network | SubmitError::Server)
        ) {
            all_sent = false;
        }
    }
    all_sent
}
