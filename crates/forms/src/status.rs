//! Where an application stands in its department, and which moves between standings are allowed.
//! Shared by the server (which refuses any other move) and the browser (which names the status in
//! the citizen's language with the message `status-<code>`).

use serde::{Deserialize, Serialize};

/// An application's status. Every application starts `Received`; it ends `Refused` or
/// `Completed` (an approval is completed once what was asked for has been delivered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Received,
    InProgress,
    MoreInformationNeeded,
    Approved,
    Refused,
    Completed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Received,
        Status::InProgress,
        Status::MoreInformationNeeded,
        Status::Approved,
        Status::Refused,
        Status::Completed,
    ];

    /// The code as written in JSON, in the database and in message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InProgress => "in-progress",
            Status::MoreInformationNeeded => "more-information-needed",
            Status::Approved => "approved",
            Status::Refused => "refused",
            Status::Completed => "completed",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == code)
    }

    /// Whether a caseworker may move an application from `self` to `next`. Work starts, may
    /// wait for the citizen and resume, and ends in a decision; an approval is completed when
    /// the document or service has been delivered. Nothing moves out of `Refused` or
    /// `Completed`, and nothing goes back to `Received`.
    pub fn can_move_to(self, next: Status) -> bool {
        use Status::*;
        matches!(
            (self, next),
            (Received, InProgress | MoreInformationNeeded | Refused)
                | (
                    InProgress,
                    MoreInformationNeeded | Approved | Refused | Completed
                )
                | (MoreInformationNeeded, InProgress | Refused)
                | (Approved, Completed)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Status;

    #[test]
    fn codes_read_back() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert_eq!(Status::parse("Received"), None);
        assert_eq!(Status::parse(""), None);
    }

    #[test]
    fn every_status_can_be_reached_and_ended_ones_stay_ended() {
        for status in Status::ALL {
            let reachable = status == Status::Received
                || Status::ALL.iter().any(|from| from.can_move_to(status));
            assert!(reachable, "{status:?} cannot be reached");
            assert!(!status.can_move_to(status), "{status:?} to itself");
            assert!(!status.can_move_to(Status::Received));
        }
        for ended in [Status::Refused, Status::Completed] {
            assert!(Status::ALL.iter().all(|next| !ended.can_move_to(*next)));
        }
        assert!(Status::Received.can_move_to(Status::InProgress));
        assert!(!Status::Received.can_move_to(Status::Approved));
        assert!(Status::Approved.can_move_to(Status::Completed));
        assert!(!Status::Approved.can_move_to(Status::Refused));
    }
}
