//! The message ids that name statuses, rating levels and what went wrong, in `track.ftl`.

use portal_forms::status::Status;

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Received => "track-status-received",
        Status::InProgress => "track-status-in-progress",
        Status::MoreInformationNeeded => "track-status-more-information-needed",
        Status::Approved => "track-status-approved",
        Status::Refused => "track-status-refused",
        Status::Completed => "track-status-completed",
    }
}

/// Levels from 1 (very dissatisfied) to 5 (very satisfied).
pub fn level(level: u8) -> &'static str {
    match level {
        1 => "track-level-1",
        2 => "track-level-2",
        3 => "track-level-3",
        4 => "track-level-4",
        _ => "track-level-5",
    }
}

/// What went wrong, by `portal_forms::rating::PROBLEMS` code.
pub fn problem(code: &str) -> &'static str {
    match code {
        "slow" => "track-problem-slow",
        "unclear" => "track-problem-unclear",
        "documents" => "track-problem-documents",
        "staff" => "track-problem-staff",
        "outcome" => "track-problem-outcome",
        _ => "track-problem-other",
    }
}
