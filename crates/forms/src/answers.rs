//! Answers as the citizen typed them: for each question, the values of its fields (one value for
//! most questions, day/month/year for a date, every ticked value for checkboxes). Kept raw so that
//! a page shown again holds exactly what was typed; validation produces the normalised form.

use std::collections::BTreeMap;

/// Question id → field values.
pub type Answers = BTreeMap<String, Vec<String>>;

/// The single value of a one-field answer, if there is exactly one.
pub fn single<'a>(answers: &'a Answers, question: &str) -> Option<&'a str> {
    match answers.get(question).map(Vec::as_slice) {
        Some([value]) => Some(value.as_str()),
        _ => None,
    }
}
