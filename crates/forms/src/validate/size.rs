//! How many bytes an answer may take when it is sent, so that every valid application fits in
//! one request: a limit per field, and the most a whole service's answers can reach, which the
//! definition checks hold under [`SUBMISSION_BODY_LIMIT`]. `max_length` counts what a reader
//! sees; a grapheme can be many bytes (a Tibetan stack, an emoji sequence, or spaces around a
//! short answer), so bytes need a limit of their own.

use super::text::{FULL_NAME_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use crate::answers::Answers;
use crate::definition::{AnswerKind, Question, Service};

/// The largest request body the server accepts by default, and what every service must fit.
pub const SUBMISSION_BODY_LIMIT: usize = 64 * 1024;

/// Bytes allowed per counted character of free text: Chinese takes 3, a Uyghur letter 2, a
/// Tibetan syllable about 5 on average.
pub const BYTES_PER_CHARACTER: usize = 6;

/// Bytes allowed in one field of an answer that is not free text (a date part, a number, an
/// email address, an option), spaces around it included.
pub const FIELD_BYTES: usize = 320;

/// What the request's envelope takes besides the answers: service, version, language and key.
const ENVELOPE_BYTES: usize = 256;

/// Bytes `text` takes inside a JSON string: `"`, `\` and the control characters an answer may
/// hold (line break, tab) are written with a backslash.
pub fn encoded_len(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '"' | '\\' | '\n' | '\r' | '\t' => 2,
            c if c.is_control() && (c as u32) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum()
}

/// The most bytes one field of `question` may take when sent.
pub fn field_limit(question: &Question) -> usize {
    let characters = match question.kind {
        AnswerKind::ShortText => question.max_length.unwrap_or(SHORT_TEXT_MAX),
        AnswerKind::LongText => question.max_length.unwrap_or(LONG_TEXT_MAX),
        AnswerKind::FullName => question.max_length.unwrap_or(FULL_NAME_MAX),
        _ => return FIELD_BYTES,
    };
    (characters as usize * BYTES_PER_CHARACTER).max(FIELD_BYTES)
}

/// How many fields `question`'s answer may have: its parts, or for checkboxes every option
/// (and the empty value a form sends when none is ticked).
pub fn field_count(question: &Question) -> usize {
    match question.kind {
        AnswerKind::Checkboxes => question.options.len() + 1,
        kind => kind.field_count(),
    }
}

/// The most bytes a submission to `service` can take with every answer at its limit.
pub fn largest_submission(service: &Service) -> usize {
    let answers: usize = service
        .questions()
        .map(|q| {
            // "id":[ … ], with each field "…",
            let fields = field_count(q) * (field_limit(q) + 3);
            q.id.len() + 6 + fields
        })
        .sum();
    ENVELOPE_BYTES + service.id.len() + answers
}

/// The page and question of the answer that takes the most bytes, to show when the server found
/// an application too large (only possible when it takes less than the definitions allow).
pub fn largest_answer(service: &Service, answers: &Answers) -> Option<(String, String)> {
    service
        .pages
        .iter()
        .flat_map(|page| page.questions.iter().map(move |q| (page, q)))
        .filter_map(|(page, question)| {
            let bytes: usize = answers
                .get(&question.id)?
                .iter()
                .map(|v| encoded_len(v))
                .sum();
            Some((bytes, page.id.clone(), question.id.clone()))
        })
        .max_by_key(|(bytes, _, _)| *bytes)
        .map(|(_, page, question)| (page, question))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::test_support::question;

    #[test]
    fn encoded_length_counts_bytes_and_escapes() {
        assert_eq!(encoded_len("abc"), 3);
        assert_eq!(encoded_len("张三"), 6);
        assert_eq!(encoded_len("a\"b\\c"), 7);
        assert_eq!(encoded_len("一\n二"), 8);
        assert_eq!(
            encoded_len("བསྒྲུབས"),
            21,
            "seven Tibetan code points, three bytes each"
        );
    }

    #[test]
    fn free_text_gets_bytes_for_its_characters_and_other_answers_a_fixed_field() {
        let mut q = question(AnswerKind::LongText);
        q.max_length = Some(1000);
        assert_eq!(field_limit(&q), 1000 * BYTES_PER_CHARACTER);
        q.max_length = Some(10);
        assert_eq!(field_limit(&q), FIELD_BYTES, "never below a field's room");
        assert_eq!(field_limit(&question(AnswerKind::Email)), FIELD_BYTES);
    }
}
