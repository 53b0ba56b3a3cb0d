//! Exports for departments: CSV (one column per question, in the definition's order; optional
//! byte order mark for spreadsheet programs) or JSON lines. Every cell is citizen input, so a
//! cell a spreadsheet would run as a formula is written as text, and a control character or a
//! bidirectional override kept from before they were refused is written as U+FFFD, never raw.

use crate::settings::ExportFormat;
use crate::store::StoredSubmission;
use portal_forms::validate::{is_hidden_character, parse_date};
use portal_forms::{AnswerKind, Answers, CivilDate, Service};
use std::io::Write;

const BOM: &str = "\u{FEFF}";

/// When a submission arrived, as an ISO 8601 timestamp in UTC.
fn timestamp(seconds: i64) -> String {
    let date = CivilDate::from_days_since_epoch(seconds.div_euclid(86_400));
    let rest = seconds.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date.to_iso(),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Characters a spreadsheet takes as the start of a formula, in half and full width.
const FORMULA_STARTS: [char; 9] = ['=', '+', '-', '@', '\t', '＝', '＋', '－', '＠'];

/// `text` with every character an answer may not hold replaced by U+FFFD; line breaks and tabs
/// stay, as free text keeps them.
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_hidden_character(c, true) {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect()
}

/// One CSV field, quoted when needed, with formula-like text neutralised.
fn csv_field(value: &str) -> String {
    let value = visible(value);
    let safe = if value.starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value
    };
    if safe.contains([',', '"', '\n', '\t']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// An answer as one cell: dates as ISO dates, several choices joined by "; ".
fn cell(kind: Option<AnswerKind>, values: Option<&Vec<String>>) -> String {
    let Some(values) = values else {
        return String::new();
    };
    match kind {
        Some(AnswerKind::Date) => parse_date(values)
            .map(CivilDate::to_iso)
            .unwrap_or_else(|_| values.join("/")),
        _ => values.join("; "),
    }
}

pub fn write(
    out: &mut impl Write,
    service: Option<&Service>,
    rows: &[StoredSubmission],
    format: ExportFormat,
    bom: bool,
) -> std::io::Result<()> {
    match format {
        ExportFormat::Jsonl => {
            for row in rows {
                let answers: Answers = serde_json::from_str::<Answers>(&row.answers_json)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(question, values)| {
                        (question, values.iter().map(|v| visible(v)).collect())
                    })
                    .collect();
                let line = serde_json::json!({
                    "reference": row.reference,
                    "received_at": timestamp(row.received_at),
                    "service": row.service,
                    "version": row.version,
                    "language": row.language,
                    "answers": answers,
                });
                writeln!(out, "{line}")?;
            }
        }
        ExportFormat::Csv => {
            // Columns: the definition's questions in order, then any others found in old rows.
            let mut columns: Vec<(String, Option<AnswerKind>)> = service
                .map(|s| {
                    s.questions()
                        .map(|q| (q.id.clone(), Some(q.kind)))
                        .collect()
                })
                .unwrap_or_default();
            let parsed: Vec<Answers> = rows
                .iter()
                .map(|r| serde_json::from_str(&r.answers_json).unwrap_or_default())
                .collect();
            for answers in &parsed {
                for key in answers.keys() {
                    if !columns.iter().any(|(c, _)| c == key) {
                        columns.push((key.clone(), None));
                    }
                }
            }
            if bom {
                write!(out, "{BOM}")?;
            }
            let header: Vec<String> = ["reference", "received_at", "version", "language"]
                .iter()
                .map(|h| h.to_string())
                .chain(columns.iter().map(|(c, _)| csv_field(c)))
                .collect();
            write!(out, "{}\r\n", header.join(","))?;
            for (row, answers) in rows.iter().zip(&parsed) {
                let fixed = [
                    row.reference.clone(),
                    timestamp(row.received_at),
                    row.version.to_string(),
                    csv_field(&row.language),
                ];
                let values = columns
                    .iter()
                    .map(|(id, kind)| csv_field(&cell(*kind, answers.get(id))));
                let line: Vec<String> = fixed.into_iter().chain(values).collect();
                write!(out, "{}\r\n", line.join(","))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_written_as_text() {
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(csv_field("+86 138"), "'+86 138");
        assert_eq!(csv_field("张三, 李四"), "\"张三, 李四\"");
        assert_eq!(csv_field("plain"), "plain");
        for full_width in ["＝SUM(A1)", "＋86", "－1", "＠x"] {
            assert!(csv_field(full_width).starts_with('\''), "{full_width}");
        }
    }

    #[test]
    fn control_characters_and_overrides_are_never_written_raw() {
        assert_eq!(csv_field("a\u{1B}[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(csv_field("li\u{202E}moc"), "li\u{FFFD}moc");
        assert_eq!(csv_field("\u{0}=1"), "\u{FFFD}=1");
        assert_eq!(csv_field("第一行\n第二行"), "\"第一行\n第二行\"");
    }

    #[test]
    fn timestamps_are_utc_iso() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_737_600 + 3661), "2026-11-27T01:01:01Z");
    }
}
