//! Rising terms ("hot topics"): per language, the terms written in more applications in the
//! last seven days than in an average week of the four before, with example passages.

use super::terms::{scrubbed, terms};
use jieba_rs::Jieba;
use serde::Serialize;
use std::collections::BTreeMap;

const WEEK: i64 = 7 * 86_400;
/// Weeks the last one is compared with.
pub const WEEKS_BEFORE: i64 = 4;
/// A term must be in at least this many applications in the last week to be a topic: as many
/// as open data needs before it shows a count.
const FEWEST: u64 = 5;
/// Topics listed per language.
const MOST: usize = 10;
/// Example passages per topic, and their length either side of the term (characters).
const EXAMPLES: usize = 3;
const AROUND: usize = 30;

/// One piece of free text: which application, its language, when, what.
pub struct Text<'a> {
    pub reference: &'a str,
    pub language: &'a str,
    pub received_at: i64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Example {
    pub reference: String,
    pub passage: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Topic {
    pub language: String,
    pub term: String,
    /// Applications that used the term in the last seven days.
    pub last_week: u64,
    /// Applications that used it in an average week of the four before.
    pub weekly_before: f64,
    pub examples: Vec<Example>,
}

/// The rising terms of `texts` for the week ending at `now`.
pub fn rising(texts: &[Text<'_>], now: i64, jieba: &Jieba) -> Vec<Topic> {
    let week_start = now - WEEK;
    let before_start = week_start - WEEKS_BEFORE * WEEK;
    // Per language and term: applications in the last week (their indexes) and before.
    let mut counts: BTreeMap<(&str, String), (Vec<usize>, u64)> = BTreeMap::new();
    for (index, text) in texts.iter().enumerate() {
        if text.received_at < before_start || text.received_at >= now {
            continue;
        }
        let recent = text.received_at >= week_start;
        for term in terms(&text.text, text.language, jieba) {
            let entry = counts.entry((text.language, term)).or_default();
            if recent {
                entry.0.push(index);
            } else {
                entry.1 += 1;
            }
        }
    }
    let mut by_language: BTreeMap<&str, Vec<Topic>> = BTreeMap::new();
    for ((language, term), (recent, before)) in counts {
        let last_week = recent.len() as u64;
        let weekly_before = before as f64 / WEEKS_BEFORE as f64;
        if last_week < FEWEST || (last_week as f64) <= 2.0 * weekly_before {
            continue;
        }
        let examples = recent
            .iter()
            .take(EXAMPLES)
            .map(|&i| Example {
                reference: texts[i].reference.to_string(),
                passage: passage(&texts[i].text, &term),
            })
            .collect();
        by_language.entry(language).or_default().push(Topic {
            language: language.to_string(),
            term,
            last_week,
            weekly_before,
            examples,
        });
    }
    let mut topics = Vec::new();
    for (_, mut list) in by_language {
        list.sort_by(|a, b| {
            let rise = |t: &Topic| (t.last_week as f64 + 1.0) / (t.weekly_before + 1.0);
            rise(b)
                .total_cmp(&rise(a))
                .then(b.last_week.cmp(&a.last_week))
                .then(a.term.cmp(&b.term))
        });
        topics.extend(list.into_iter().take(MOST));
    }
    topics
}

/// Up to AROUND characters either side of the first `term` in `text` (case folded for finding),
/// masked.
fn passage(text: &str, term: &str) -> String {
    // Masked whole before it is cut, so no part of an address survives at an edge.
    let text = scrubbed(text);
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    let wanted: Vec<char> = term.chars().collect();
    let at = if lower.len() == chars.len() {
        lower
            .windows(wanted.len().max(1))
            .position(|w| w == wanted.as_slice())
    } else {
        None
    }
    .or_else(|| {
        chars
            .windows(wanted.len().max(1))
            .position(|w| w == wanted.as_slice())
    })
    .unwrap_or(0);
    let start = at.saturating_sub(AROUND);
    let end = (at + wanted.len() + AROUND).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(reference: &'a str, language: &'a str, days_ago: i64, text: &str) -> Text<'a> {
        Text {
            reference,
            language,
            received_at: 100 * WEEK - days_ago * 86_400 - 60,
            text: text.into(),
        }
    }

    #[test]
    fn a_term_new_this_week_rises_and_a_steady_one_does_not() {
        let jieba = Jieba::new();
        let mut texts = Vec::new();
        for (i, days) in [1, 2, 3, 4, 5].iter().enumerate() {
            texts.push(text(
                ["A", "B", "C", "D", "E"][i],
                "zh-CN",
                *days,
                "热水壶烧水时漏电，插座冒烟",
            ));
        }
        // Two or three a week before, five this week: not more than twice as often.
        for days in [8, 10, 11, 15, 17, 22, 24, 29, 31, 33] {
            texts.push(text("Z", "zh-CN", days, "插座质量差"));
        }
        let topics = rising(&texts, 100 * WEEK, &jieba);
        let terms: Vec<&str> = topics.iter().map(|t| t.term.as_str()).collect();
        assert!(terms.contains(&"漏电"), "{terms:?}");
        assert!(!terms.contains(&"插座"), "steady: {terms:?}");
        let leak = topics.iter().find(|t| t.term == "漏电").unwrap();
        assert_eq!((leak.last_week, leak.weekly_before), (5, 0.0));
        assert_eq!(leak.examples.len(), 3);
        assert!(leak.examples[0].passage.contains("漏电"));
    }
}
