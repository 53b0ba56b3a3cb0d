//! Whole and decimal numbers, typed with any digits (full-width too), spaces or thousands commas.

use crate::definition::Question;
use crate::error_code::ErrorCode;
use crate::normalize::normalize;

/// Used when a definition sets no `decimal_places`.
pub const DEFAULT_DECIMAL_PLACES: u8 = 2;

fn plain(value: &str) -> String {
    normalize(value)
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '，'))
        .collect()
}

fn is_decimal_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

fn in_range(value: f64, question: &Question) -> Result<(), ErrorCode> {
    if question.min.is_some_and(|min| value < min) {
        return Err(ErrorCode::BelowMinimum);
    }
    if question.max.is_some_and(|max| value > max) {
        return Err(ErrorCode::AboveMaximum);
    }
    Ok(())
}

pub fn whole_number(value: &str, question: &Question) -> Result<String, ErrorCode> {
    let text = plain(value);
    if !is_decimal_text(&text) {
        return Err(ErrorCode::NotANumber);
    }
    if text.contains('.') {
        return Err(ErrorCode::NotAWholeNumber);
    }
    let number: i64 = text.parse().map_err(|_| {
        if text.starts_with('-') {
            ErrorCode::BelowMinimum
        } else {
            ErrorCode::AboveMaximum
        }
    })?;
    in_range(number as f64, question)?;
    Ok(number.to_string())
}

pub fn decimal_number(value: &str, question: &Question) -> Result<String, ErrorCode> {
    let text = plain(value);
    if !is_decimal_text(&text) {
        return Err(ErrorCode::NotANumber);
    }
    let places = text.split_once('.').map_or(0, |(_, f)| f.len());
    if places > usize::from(question.decimal_places.unwrap_or(DEFAULT_DECIMAL_PLACES)) {
        return Err(ErrorCode::TooManyDecimalPlaces);
    }
    let number: f64 = text.parse().map_err(|_| ErrorCode::NotANumber)?;
    in_range(number, question)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::AnswerKind;
    use crate::validate::test_support::question;

    #[test]
    fn whole_numbers_accept_full_width_digits_and_separators() {
        let q = question(AnswerKind::WholeNumber);
        assert_eq!(whole_number("１２３", &q), Ok("123".into()));
        assert_eq!(whole_number("1,234", &q), Ok("1234".into()));
        assert_eq!(whole_number("-7", &q), Ok("-7".into()));
        assert_eq!(whole_number("007", &q), Ok("7".into()));
    }

    #[test]
    fn whole_numbers_reject_fractions_words_and_overflow() {
        let q = question(AnswerKind::WholeNumber);
        assert_eq!(whole_number("1.5", &q), Err(ErrorCode::NotAWholeNumber));
        assert_eq!(whole_number("twelve", &q), Err(ErrorCode::NotANumber));
        assert_eq!(whole_number("1e3", &q), Err(ErrorCode::NotANumber));
        assert_eq!(
            whole_number("99999999999999999999999", &q),
            Err(ErrorCode::AboveMaximum)
        );
    }

    #[test]
    fn limits_are_inclusive() {
        let mut q = question(AnswerKind::WholeNumber);
        q.min = Some(1.0);
        q.max = Some(10.0);
        assert_eq!(whole_number("1", &q), Ok("1".into()));
        assert_eq!(whole_number("10", &q), Ok("10".into()));
        assert_eq!(whole_number("0", &q), Err(ErrorCode::BelowMinimum));
        assert_eq!(whole_number("11", &q), Err(ErrorCode::AboveMaximum));
    }

    #[test]
    fn decimals_respect_their_places_and_range() {
        let mut q = question(AnswerKind::DecimalNumber);
        q.max = Some(100.0);
        assert_eq!(decimal_number("99.99", &q), Ok("99.99".into()));
        assert_eq!(decimal_number("９９．５", &q), Ok("99.5".into()));
        assert_eq!(
            decimal_number("1.234", &q),
            Err(ErrorCode::TooManyDecimalPlaces)
        );
        assert_eq!(decimal_number("100.01", &q), Err(ErrorCode::AboveMaximum));
        assert_eq!(decimal_number("1.", &q), Err(ErrorCode::NotANumber));
        assert_eq!(decimal_number(".5", &q), Err(ErrorCode::NotANumber));
    }
}
