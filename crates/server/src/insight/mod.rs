//! Insight for departments from the portal's own data, aggregates only: figures per service
//! (`figures`) and the terms rising in what citizens write (`terms`, `topics`). Nothing here
//! names a citizen: counts, medians, and example passages with numbers and e-mail addresses
//! masked, each under its reference for staff who may open the application anyway.

pub mod figures;
pub mod open_data;
pub mod terms;
pub mod topics;

/// The Chinese segmenter, loaded once (its dictionary takes a moment).
pub fn jieba() -> &'static jieba_rs::Jieba {
    static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
    JIEBA.get_or_init(jieba_rs::Jieba::new)
}

/// One application as insight reads it (answers opened, if sealed).
#[derive(Debug, Clone)]
pub struct InsightRow {
    pub reference: String,
    pub received_at: i64,
    pub status: String,
    pub status_changed_at: Option<i64>,
    pub language: String,
    pub answers_json: String,
    pub rating: Option<u8>,
}
