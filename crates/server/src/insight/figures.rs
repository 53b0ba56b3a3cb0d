//! Figures per service: applications per day, by status, days to a decision, ratings, "was
//! this page useful", and the rising terms of its free-text questions.

use super::InsightRow;
use super::topics::{Text, Topic, rising};
use crate::store::{FeedbackCount, PageErrorCount};
use jieba_rs::Jieba;
use portal_forms::date::CivilDate;
use portal_forms::definition::{AnswerKind, Service};
use portal_forms::status::Status;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
pub struct Figures {
    pub service: String,
    /// The definition's version the figures name pages and questions of.
    pub version: u32,
    /// The first and last day counted (local dates).
    pub from: String,
    pub to: String,
    pub applications: u64,
    pub per_day: Vec<DayCount>,
    pub by_status: BTreeMap<String, u64>,
    /// Median days from receipt to approval, refusal or completion, for those decided.
    pub median_days_to_decision: Option<f64>,
    pub decided: u64,
    pub ratings: RatingFigures,
    pub page_useful: Useful,
    /// Views of the information page in the same days (first views: pages a citizen's phone
    /// already keeps are not asked of the server again).
    pub information_page_views: u64,
    /// Applications sent per 100 views of the information page.
    pub sent_per_hundred_views: Option<f64>,
    /// The question pages that refused answers most often in the same days, most first.
    pub validation_errors: Vec<PageErrors>,
    pub rising_terms: Vec<Topic>,
}

/// How often one question page refused what citizens entered, and why.
#[derive(Debug, Serialize)]
pub struct PageErrors {
    pub page: String,
    pub errors: u64,
    /// Error codes (as the app and the API name them), most first.
    pub codes: Vec<CodeCount>,
}

#[derive(Debug, Serialize)]
pub struct CodeCount {
    pub code: String,
    pub errors: u64,
}

#[derive(Debug, Serialize)]
pub struct DayCount {
    pub date: String,
    pub applications: u64,
}

#[derive(Debug, Serialize)]
pub struct RatingFigures {
    pub count: u64,
    /// From very dissatisfied (1) to very satisfied (5).
    pub levels: [u64; 5],
    pub mean: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct Useful {
    pub yes: u64,
    pub no: u64,
}

fn local_day(seconds: i64, utc_offset_hours: i32) -> CivilDate {
    CivilDate::from_days_since_epoch(
        (seconds + i64::from(utc_offset_hours) * 3600).div_euclid(86_400),
    )
}

/// The free text of one application: its answers to the service's long-text questions.
fn free_text(row: &InsightRow, service: &Service) -> String {
    let Ok(answers) = serde_json::from_str::<BTreeMap<String, Vec<String>>>(&row.answers_json)
    else {
        return String::new();
    };
    service
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .filter(|q| q.kind == AnswerKind::LongText)
        .filter_map(|q| answers.get(&q.id))
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("\n")
}

/// What was counted of the service's pages: "was this page useful" (since the start), the
/// information page's views and the question pages' refusals in the window.
pub struct PageCounts<'a> {
    pub feedback: Option<&'a FeedbackCount>,
    pub views: u64,
    pub errors: Vec<PageErrorCount>,
}

/// Refusals grouped by page, the pages and their codes most first (ties in page order).
fn by_page(service: &Service, counts: Vec<PageErrorCount>) -> Vec<PageErrors> {
    let mut pages: Vec<PageErrors> = Vec::new();
    for count in counts {
        let code = CodeCount {
            code: count.code,
            errors: count.count,
        };
        match pages.iter_mut().find(|p| p.page == count.page) {
            Some(page) => {
                page.errors += code.errors;
                page.codes.push(code);
            }
            None => pages.push(PageErrors {
                page: count.page,
                errors: code.errors,
                codes: vec![code],
            }),
        }
    }
    let order = |id: &str| service.pages.iter().position(|p| p.id == id);
    for page in &mut pages {
        page.codes
            .sort_by(|a, b| b.errors.cmp(&a.errors).then_with(|| a.code.cmp(&b.code)));
    }
    pages.sort_by(|a, b| {
        b.errors
            .cmp(&a.errors)
            .then_with(|| order(&a.page).cmp(&order(&b.page)))
    });
    pages
}

/// The first and last local dates of the window from `since` to `now`.
pub fn window(since: i64, now: i64, utc_offset_hours: i32) -> (String, String) {
    (
        local_day(since, utc_offset_hours).to_iso(),
        local_day(now, utc_offset_hours).to_iso(),
    )
}

/// Local midnight `days` days before the day of `now`: where a window of whole days starts.
pub fn days_back(now: i64, days: i64, utc_offset_hours: i32) -> i64 {
    let offset = i64::from(utc_offset_hours) * 3600;
    ((now + offset).div_euclid(86_400) - days) * 86_400 - offset
}

/// The figures for `rows` of `service` received from `since` up to `now` (rows before `since`
/// count only towards the rising terms' weeks before).
pub fn compute(
    service: &Service,
    rows: &[InsightRow],
    counts: PageCounts<'_>,
    since: i64,
    now: i64,
    utc_offset_hours: i32,
    jieba: &Jieba,
) -> Figures {
    let first = local_day(since, utc_offset_hours);
    let last = local_day(now, utc_offset_hours);
    let mut per_day: BTreeMap<String, u64> = BTreeMap::new();
    let mut day = first;
    let mut days_since_epoch = (since + i64::from(utc_offset_hours) * 3600).div_euclid(86_400);
    while day <= last {
        per_day.insert(day.to_iso(), 0);
        days_since_epoch += 1;
        day = CivilDate::from_days_since_epoch(days_since_epoch);
    }
    let mut by_status: BTreeMap<String, u64> = Status::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    let mut decision_days = Vec::new();
    let mut levels = [0u64; 5];
    // Counted from `since`; the rising terms also read the weeks before, when given.
    let counted: Vec<&InsightRow> = rows.iter().filter(|r| r.received_at >= since).collect();
    for row in &counted {
        *per_day
            .entry(local_day(row.received_at, utc_offset_hours).to_iso())
            .or_default() += 1;
        *by_status.entry(row.status.clone()).or_default() += 1;
        let decided = matches!(row.status.as_str(), "approved" | "refused" | "completed");
        if let (true, Some(at)) = (decided, row.status_changed_at) {
            decision_days.push((at - row.received_at) as f64 / 86_400.0);
        }
        if let Some(slot) = row
            .rating
            .and_then(|l| levels.get_mut(usize::from(l).wrapping_sub(1)))
        {
            *slot += 1;
        }
    }
    decision_days.sort_by(f64::total_cmp);
    let median = match decision_days.len() {
        0 => None,
        n if n % 2 == 1 => Some(decision_days[n / 2]),
        n => Some((decision_days[n / 2 - 1] + decision_days[n / 2]) / 2.0),
    };
    let count: u64 = levels.iter().sum();
    let mean = (count > 0).then(|| {
        levels
            .iter()
            .enumerate()
            .map(|(i, n)| (i as f64 + 1.0) * *n as f64)
            .sum::<f64>()
            / count as f64
    });
    let texts: Vec<Text<'_>> = rows
        .iter()
        .map(|row| Text {
            reference: &row.reference,
            language: &row.language,
            received_at: row.received_at,
            text: free_text(row, service),
        })
        .filter(|t| !t.text.is_empty())
        .collect();
    Figures {
        service: service.id.clone(),
        version: service.version,
        from: first.to_iso(),
        to: last.to_iso(),
        applications: counted.len() as u64,
        per_day: per_day
            .into_iter()
            .map(|(date, applications)| DayCount { date, applications })
            .collect(),
        by_status,
        median_days_to_decision: median.map(|d| (d * 10.0).round() / 10.0),
        decided: decision_days.len() as u64,
        ratings: RatingFigures {
            count,
            levels,
            mean: mean.map(|m| (m * 100.0).round() / 100.0),
        },
        page_useful: Useful {
            yes: counts.feedback.map_or(0, |f| f.yes),
            no: counts.feedback.map_or(0, |f| f.no),
        },
        information_page_views: counts.views,
        sent_per_hundred_views: (counts.views > 0)
            .then(|| (counted.len() as f64 * 1000.0 / counts.views as f64).round() / 10.0),
        validation_errors: by_page(service, counts.errors),
        rising_terms: rising(&texts, now, jieba),
    }
}

/// The figures as CSV rows `measure,key,value` (one table a spreadsheet opens).
pub fn to_csv(figures: &Figures) -> String {
    let mut out = String::from("measure,key,value\n");
    let quote = |s: &str| {
        let s = if s.starts_with(['=', '+', '-', '@']) {
            format!("'{s}")
        } else {
            s.to_string()
        };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    out.push_str(&format!("applications,,{}\n", figures.applications));
    for day in &figures.per_day {
        out.push_str(&format!(
            "applications per day,{},{}\n",
            day.date, day.applications
        ));
    }
    for (status, n) in &figures.by_status {
        out.push_str(&format!("status,{status},{n}\n"));
    }
    if let Some(median) = figures.median_days_to_decision {
        out.push_str(&format!("median days to decision,,{median}\n"));
    }
    for (i, n) in figures.ratings.levels.iter().enumerate() {
        out.push_str(&format!("rating,{},{n}\n", i + 1));
    }
    out.push_str(&format!(
        "page useful,yes,{}\npage useful,no,{}\n",
        figures.page_useful.yes, figures.page_useful.no
    ));
    out.push_str(&format!(
        "information page views,,{}\n",
        figures.information_page_views
    ));
    if let Some(share) = figures.sent_per_hundred_views {
        out.push_str(&format!("sent per 100 views,,{share}\n"));
    }
    for page in &figures.validation_errors {
        for code in &page.codes {
            out.push_str(&format!(
                "validation errors ({}),{},{}\n",
                page.page, code.code, code.errors
            ));
        }
    }
    for topic in &figures.rising_terms {
        out.push_str(&format!(
            "rising term ({}),{},{}\n",
            topic.language,
            quote(&topic.term),
            topic.last_week
        ));
    }
    out
}
