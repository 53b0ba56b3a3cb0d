//! Rating a service after an application has ended (政务服务"好差评"): five levels, and for a
//! rating at "dissatisfied" or below, what went wrong. Codes only; the app names them with
//! `rating-level-<n>` and `rating-problem-<code>`.

use crate::status::Status;

/// 1 very dissatisfied, 2 dissatisfied, 3 neither, 4 satisfied, 5 very satisfied.
pub const LEVELS: std::ops::RangeInclusive<u8> = 1..=5;
/// The highest level that counts as a bad rating, which the department must answer.
pub const BAD_AT_MOST: u8 = 2;
/// What can have gone wrong, for a bad rating.
pub const PROBLEMS: [&str; 6] = ["slow", "unclear", "documents", "staff", "outcome", "other"];
/// Longest comment, in characters.
pub const COMMENT_MOST: usize = 1000;

/// Whether an application in `status` can be rated.
pub fn can_rate(status: Status) -> bool {
    matches!(
        status,
        Status::Approved | Status::Refused | Status::Completed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_decided_application_can_be_rated() {
        assert!(
            can_rate(Status::Completed) && can_rate(Status::Refused) && can_rate(Status::Approved)
        );
        assert!(!can_rate(Status::Received) && !can_rate(Status::InProgress));
        assert!(!can_rate(Status::MoreInformationNeeded));
        assert!(LEVELS.contains(&BAD_AT_MOST));
    }
}
