//! Open data: a service's aggregates for other departments and the public, at a stable address,
//! when its department turns it on (`open_data` in services/departments.toml). Counts from 1 to 4
//! are written "<5" and every other count is rounded to the nearest multiple of 5, so that a
//! hidden count cannot be worked out by subtracting the others from a total; only months that
//! have ended are counted, so the file changes once a month and two downloads cannot be
//! compared to see one application move. No free text, no terms, no dates finer than a month.

use super::InsightRow;
use portal_forms::status::Status;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// Below this, a count is not published.
pub const SMALLEST: u64 = 5;

/// A count as published: "<5", or the number rounded to the nearest multiple of 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub u64);

impl Count {
    fn published(self) -> Option<u64> {
        (!(1..SMALLEST).contains(&self.0)).then(|| (self.0 + SMALLEST / 2) / SMALLEST * SMALLEST)
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.published() {
            Some(n) => serializer.serialize_u64(n),
            None => serializer.serialize_str("<5"),
        }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.published() {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("<5"),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct OpenData {
    pub service: String,
    /// The fields, for whoever reads the file without the README.
    pub fields: &'static str,
    /// The last month counted (YYYY-MM); none before any month has ended with applications.
    pub through: Option<String>,
    pub applications: Count,
    pub months: Vec<Month>,
    pub by_status: BTreeMap<String, Count>,
    /// Ratings from very dissatisfied (1) to very satisfied (5).
    pub ratings: [Count; 5],
    /// Median days from receipt to a decision; published only with at least five decisions.
    pub median_days_to_decision: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct Month {
    /// YYYY-MM, in the portal's time zone.
    pub month: String,
    pub applications: Count,
}

const FIELDS: &str = "applications received up to the end of the last month that has ended (through): all of them; months: per calendar month (YYYY-MM); by_status: by their current status; ratings: count per level, 1 very dissatisfied to 5 very satisfied; median_days_to_decision: receipt to approval, refusal or completion, given only with at least 5 decisions; every count from 1 to 4 is written \"<5\", every other count is rounded to the nearest multiple of 5";

/// The aggregates of `rows` received before the month of `now` began.
pub fn compute(service: &str, rows: &[InsightRow], now: i64, utc_offset_hours: i32) -> OpenData {
    let local_month = |seconds: i64| {
        portal_forms::CivilDate::from_days_since_epoch(
            (seconds + i64::from(utc_offset_hours) * 3600).div_euclid(86_400),
        )
        .to_iso()[..7]
            .to_string()
    };
    let this_month = local_month(now);
    let rows: Vec<&InsightRow> = rows
        .iter()
        .filter(|row| local_month(row.received_at) < this_month)
        .collect();
    let mut months: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_status: BTreeMap<String, u64> = Status::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    let mut levels = [0u64; 5];
    let mut days = Vec::new();
    for row in &rows {
        *months.entry(local_month(row.received_at)).or_default() += 1;
        *by_status.entry(row.status.clone()).or_default() += 1;
        if let Some(slot) = row
            .rating
            .and_then(|l| levels.get_mut(usize::from(l).wrapping_sub(1)))
        {
            *slot += 1;
        }
        if let (true, Some(at)) = (
            matches!(row.status.as_str(), "approved" | "refused" | "completed"),
            row.status_changed_at,
        ) {
            days.push((at - row.received_at) as f64 / 86_400.0);
        }
    }
    days.sort_by(f64::total_cmp);
    let median = (days.len() as u64 >= SMALLEST).then(|| {
        let n = days.len();
        let m = if n % 2 == 1 {
            days[n / 2]
        } else {
            (days[n / 2 - 1] + days[n / 2]) / 2.0
        };
        (m * 10.0).round() / 10.0
    });
    OpenData {
        service: service.to_string(),
        fields: FIELDS,
        through: months.keys().last().cloned(),
        applications: Count(rows.len() as u64),
        months: months
            .into_iter()
            .map(|(month, n)| Month {
                month,
                applications: Count(n),
            })
            .collect(),
        by_status: by_status.into_iter().map(|(s, n)| (s, Count(n))).collect(),
        ratings: levels.map(Count),
        median_days_to_decision: median,
    }
}

/// The same as CSV rows `measure,key,value`.
pub fn to_csv(data: &OpenData) -> String {
    let mut out = String::from("measure,key,value\n");
    out.push_str(&format!("applications,,{}\n", data.applications));
    for month in &data.months {
        out.push_str(&format!(
            "applications per month,{},{}\n",
            month.month, month.applications
        ));
    }
    for (status, n) in &data.by_status {
        out.push_str(&format!("status,{status},{n}\n"));
    }
    for (i, n) in data.ratings.iter().enumerate() {
        out.push_str(&format!("rating,{},{n}\n", i + 1));
    }
    if let Some(median) = data.median_days_to_decision {
        out.push_str(&format!("median days to decision,,{median}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_from_one_to_four_are_suppressed_and_the_others_rounded_to_fives() {
        let text = |n| serde_json::to_string(&Count(n)).unwrap();
        assert_eq!(
            [0, 1, 4, 5, 6, 7, 8, 1003].map(text),
            ["0", "\"<5\"", "\"<5\"", "5", "5", "5", "10", "1005"]
        );
        assert_eq!(Count(3).to_string(), "<5");
        // Seven applications, six received and one completed: subtraction gives nothing away.
        assert_eq!(
            [Count(7), Count(6), Count(1)].map(|c| c.to_string()),
            ["5", "5", "<5"]
        );
    }
}
