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

/// Whether an application in `status` can be rated: once decided, or at once for a service
/// that decides nothing (`rated_when_sent`).
pub fn can_rate(status: Status, rated_when_sent: bool) -> bool {
    rated_when_sent
        || matches!(
            status,
            Status::Approved | Status::Refused | Status::Completed
        )
}

/// Whether a rating at `level` is a bad one, which the department must answer.
pub fn is_bad(level: u8) -> bool {
    level <= BAD_AT_MOST
}

/// When a bad rating given at `rated_at` (seconds since 1970) must have been answered: the end
/// of the `working_days`-th working day (Monday to Friday) after the day it was given, in the
/// time zone `utc_offset_hours` hours from UTC. Public holidays are not known here.
pub fn reply_deadline(rated_at: i64, utc_offset_hours: i32, working_days: u32) -> i64 {
    let offset = i64::from(utc_offset_hours) * 3600;
    let mut day = (rated_at + offset).div_euclid(86_400);
    let mut left = working_days;
    while left > 0 {
        day += 1;
        // 1970-01-01 was a Thursday: Monday is 0.
        if (day + 3).rem_euclid(7) < 5 {
            left -= 1;
        }
    }
    (day + 1) * 86_400 - offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_working_days_skip_the_weekend() {
        // Thursday 2026-12-03, 09:00 in China: due by the end of Tuesday 2026-12-08.
        let thursday = 20_790 * 86_400 + 3600;
        assert_eq!(reply_deadline(thursday, 8, 3), 20_796 * 86_400 - 8 * 3600);
        // Saturday 2026-12-05: Monday, Tuesday, Wednesday.
        let saturday = 20_792 * 86_400;
        assert_eq!(reply_deadline(saturday, 0, 3), 20_797 * 86_400);
        assert!(is_bad(1) && is_bad(2) && !is_bad(3));
    }

    #[test]
    fn only_a_decided_application_can_be_rated() {
        assert!(
            can_rate(Status::Completed, false)
                && can_rate(Status::Refused, false)
                && can_rate(Status::Approved, false)
        );
        assert!(!can_rate(Status::Received, false) && !can_rate(Status::InProgress, false));
        assert!(!can_rate(Status::MoreInformationNeeded, false));
        // A consultation decides nothing: it can be rated once sent.
        assert!(can_rate(Status::Received, true));
        assert!(LEVELS.contains(&BAD_AT_MOST));
    }
}
