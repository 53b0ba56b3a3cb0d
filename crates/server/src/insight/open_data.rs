//! Open data: a service's aggregates for other departments and the public, at a stable address,
//! when its department turns it on (`open_data` in services/departments.toml). Counts from 1 to 4
//! are written "<5" so that no citizen can be singled out; no free text, no terms, no dates
//! finer than a month.

use super::InsightRow;
use portal_forms::status::Status;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// Below this, a count is not published.
pub const SMALLEST: u64 = 5;

/// A count as published: the number, or "<5".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub u64);

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if (1..SMALLEST).contains(&self.0) {
            serializer.serialize_str("<5")
        } else {
            serializer.serialize_u64(self.0)
        }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if (1..SMALLEST).contains(&self.0) {
            f.write_str("<5")
        } else {
            write!(f, "{}", self.0)
        }
    }
}

#[derive(Debug, Serialize)]
pub struct OpenData {
    pub service: String,
    /// The fields, for whoever reads the file without the README.
    pub fields: &'static str,
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

const FIELDS: &str = "applications: all received; months: received per calendar month (YYYY-MM); by_status: applications by their current status; ratings: count per level, 1 very dissatisfied to 5 very satisfied; median_days_to_decision: receipt to approval, refusal or completion, given only with at least 5 decisions; every count from 1 to 4 is written \"<5\"";

pub fn compute(service: &str, rows: &[InsightRow], utc_offset_hours: i32) -> OpenData {
    let mut months: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_status: BTreeMap<String, u64> = Status::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    let mut levels = [0u64; 5];
    let mut days = Vec::new();
    for row in rows {
        let date = portal_forms::CivilDate::from_days_since_epoch(
            (row.received_at + i64::from(utc_offset_hours) * 3600).div_euclid(86_400),
        )
        .to_iso();
        *months.entry(date[..7].to_string()).or_default() += 1;
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
    fn counts_from_one_to_four_are_suppressed_and_zero_and_five_are_not() {
        let text = |n| serde_json::to_string(&Count(n)).unwrap();
        assert_eq!(
            [text(0), text(1), text(4), text(5)],
            ["0", "\"<5\"", "\"<5\"", "5"]
        );
        assert_eq!(Count(3).to_string(), "<5");
    }
}
