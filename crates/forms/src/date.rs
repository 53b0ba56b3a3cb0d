//! Calendar dates without a date library: real-date checks (including 29 February), ordering and
//! whole-year ages. "Today" is always passed in, so the crate never reads a clock.

use serde::{Deserialize, Serialize};

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// The date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (negative for earlier days).
    pub fn from_days_since_epoch(days: i64) -> CivilDate {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// Whole years from `self` (a birth date) to `on`.
    pub fn age_on(self, on: CivilDate) -> i32 {
        let had_birthday = (on.month, on.day) >= (self.month, self.day);
        on.year - self.year - i32::from(!had_birthday)
    }

    /// ISO 8601, as stored and exported.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_twenty_ninth_of_february_exists_only_in_leap_years() {
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2000, 2, 29).is_some(), "divisible by 400");
        assert!(CivilDate::new(2023, 2, 29).is_none());
        assert!(
            CivilDate::new(1900, 2, 29).is_none(),
            "divisible by 100, not 400"
        );
    }

    #[test]
    fn impossible_days_and_months_are_rejected() {
        assert!(CivilDate::new(2026, 4, 31).is_none());
        assert!(CivilDate::new(2026, 13, 1).is_none());
        assert!(CivilDate::new(2026, 0, 1).is_none());
        assert!(CivilDate::new(2026, 1, 0).is_none());
        assert!(CivilDate::new(2026, 12, 31).is_some());
    }

    #[test]
    fn days_since_epoch_round_trip_known_dates() {
        assert_eq!(
            CivilDate::from_days_since_epoch(0),
            CivilDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            CivilDate::from_days_since_epoch(20_784),
            CivilDate {
                year: 2026,
                month: 11,
                day: 27
            }
        );
        assert_eq!(
            CivilDate::from_days_since_epoch(-1),
            CivilDate {
                year: 1969,
                month: 12,
                day: 31
            }
        );
        assert_eq!(
            CivilDate::from_days_since_epoch(11_016),
            CivilDate {
                year: 2000,
                month: 2,
                day: 29
            }
        );
    }

    #[test]
    fn age_counts_whole_years_and_turns_on_the_birthday() {
        let born = CivilDate::new(2010, 11, 27).unwrap();
        assert_eq!(born.age_on(CivilDate::new(2026, 11, 26).unwrap()), 15);
        assert_eq!(born.age_on(CivilDate::new(2026, 11, 27).unwrap()), 16);
        let leapling = CivilDate::new(2008, 2, 29).unwrap();
        assert_eq!(leapling.age_on(CivilDate::new(2026, 2, 28).unwrap()), 17);
        assert_eq!(leapling.age_on(CivilDate::new(2026, 3, 1).unwrap()), 18);
    }
}
