//! Sending what the outbox holds. Only the service journey and `send_waiting` (a lazy split
//! point) reach this code, so it stays out of the main wasm. Each entry is sent by one sender at
//! a time: the citizen's own send and a background round never overlap on the same entry.

use super::storage::{self, OutboxEntry, Refused};
use super::{Outbox, reference_key};
use crate::service::submit::{self, Submission, SubmitError};
use leptos::logging::warn;
use leptos::prelude::*;
use portal_forms::ErrorCode;

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
    /// The server takes no application this large: some answer is too long.
    TooLarge,
    /// An application with this key was already sent with other answers.
    AlreadySent { reference: Option<String> },
    /// Refused for another reason (the status code); sending it again cannot help.
    Refused(u16),
    /// The device could not store it (storage full or blocked); the answers are still on screen.
    NotStored,
}

/// Stores the application on the device, then tries to send it.
pub async fn hand(outbox: Outbox, entry: OutboxEntry) -> Handed {
    // Claimed before it is stored, so that a background round reading the store leaves it alone.
    let Some(_claim) = outbox.claim(&entry.idempotency_key) else {
        return Handed::Waiting;
    };
    if let Err(reason) = storage::put(&entry).await {
        warn!("outbox: not stored: {reason}");
        return Handed::NotStored;
    }
    outbox.reload().await;
    let sent = send(&entry).await;
    if sent.as_ref().is_err_and(|e| !e.is_temporary()) {
        // The citizen is on the page, and the answers are still there to correct.
        storage::remove(&entry.idempotency_key).await;
    }
    outbox.reload().await;
    match sent {
        Ok(reference) => Handed::Delivered(reference),
        Err(SubmitError::Rejected { page, errors }) => Handed::Rejected { page, errors },
        Err(SubmitError::TooLarge) => Handed::TooLarge,
        Err(SubmitError::AlreadySent { reference }) => Handed::AlreadySent { reference },
        Err(SubmitError::Refused(status)) => Handed::Refused(status),
        Err(SubmitError::Network | SubmitError::Server) => {
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
    let receipt = submit::send(&submission).await?;
    crate::storage::save_session(&reference_key(&entry.service), &receipt.reference);
    // Kept for the progress look-up and the home page's list, before the outbox lets it go.
    crate::tracking::remember(&receipt.reference, &receipt.secret, &entry.service);
    storage::remove(&entry.idempotency_key).await;
    Ok(receipt.reference)
}

/// Sends every waiting entry that nobody else is sending, once; `true` when none is left
/// waiting for the network. An entry the server refuses is kept and marked, never dropped:
/// nobody is looking at its answers now.
#[lazy]
pub async fn send_waiting(outbox: Outbox) -> bool {
    let mut all_sent = true;
    for listed in storage::all().await {
        let Some(_claim) = outbox.claim(&listed.idempotency_key) else {
            continue;
        };
        // Read again now that it is ours: another sender may have delivered or marked it.
        let Some(entry) = storage::get(&listed.idempotency_key).await else {
            continue;
        };
        if entry.refused.is_some() {
            continue;
        }
        let refused = match send(&entry).await {
            Ok(_) => continue,
            Err(SubmitError::Network | SubmitError::Server) => {
                all_sent = false;
                continue;
            }
            Err(SubmitError::Rejected { page, errors }) => Refused {
                page,
                errors,
                already_sent: None,
            },
            // The page to correct is worked out when the citizen takes it back.
            Err(SubmitError::TooLarge | SubmitError::Refused(_)) => Refused {
                page: String::new(),
                errors: Vec::new(),
                already_sent: None,
            },
            Err(SubmitError::AlreadySent { reference }) => Refused {
                page: String::new(),
                errors: Vec::new(),
                already_sent: Some(reference.unwrap_or_default()),
            },
        };
        let _ = storage::put(&OutboxEntry {
            refused: Some(refused),
            ..entry
        })
        .await;
    }
    all_sent
}
