//! Dates typed as day, month and year fields: every part present, a real calendar date, and the
//! question's limits (not in the future or past, youngest and oldest age).

use crate::date::CivilDate;
use crate::definition::Question;
use crate::error_code::ErrorCode;
use crate::normalize::normalize;

/// The date in day/month/year fields, if every part is a number and the date exists.
pub fn parse_date(fields: &[String]) -> Result<CivilDate, ErrorCode> {
    let parts: Vec<String> = fields.iter().map(|f| normalize(f)).collect();
    let [day, month, year] = parts.as_slice() else {
        return Err(ErrorCode::WrongShape);
    };
    if day.is_empty() || month.is_empty() || year.is_empty() {
        return Err(ErrorCode::DateIncomplete);
    }
    let number = |text: &str, max_digits: usize| {
        (text.len() <= max_digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    let (Some(day), Some(month), Some(year)) = (number(day, 2), number(month, 2), number(year, 4))
    else {
        return Err(ErrorCode::DateNotReal);
    };
    if year < 1000 {
        return Err(ErrorCode::DateNotReal);
    }
    CivilDate::new(year as i32, month as u8, day as u8).ok_or(ErrorCode::DateNotReal)
}

pub fn date(
    fields: &[String],
    question: &Question,
    today: CivilDate,
) -> Result<Vec<String>, ErrorCode> {
    let date = parse_date(fields)?;
    if question.not_in_future && date > today {
        return Err(ErrorCode::DateInFuture);
    }
    if question.not_in_past && date < today {
        return Err(ErrorCode::DateInPast);
    }
    let age = date.age_on(today);
    if question.min_age.is_some_and(|min| age < min as i32) {
        return Err(ErrorCode::TooYoung);
    }
    if question.max_age.is_some_and(|max| age > max as i32) {
        return Err(ErrorCode::TooOld);
    }
    Ok(vec![
        date.day.to_string(),
        date.month.to_string(),
        date.year.to_string(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::AnswerKind;
    use crate::validate::test_support::question;

    const TODAY: CivilDate = CivilDate {
        year: 2026,
        month: 11,
        day: 27,
    };

    fn fields(day: &str, month: &str, year: &str) -> Vec<String> {
        vec![day.into(), month.into(), year.into()]
    }

    #[test]
    fn the_29th_of_february_is_real_only_in_leap_years() {
        let q = question(AnswerKind::Date);
        assert_eq!(
            date(&fields("29", "2", "2024"), &q, TODAY),
            Ok(fields("29", "2", "2024"))
        );
        assert_eq!(
            date(&fields("29", "2", "2023"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
        assert_eq!(
            date(&fields("29", "02", "1900"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
        assert_eq!(
            date(&fields("29", "2", "2000"), &q, TODAY),
            Ok(fields("29", "2", "2000"))
        );
    }

    #[test]
    fn parts_are_normalised_and_checked() {
        let q = question(AnswerKind::Date);
        assert_eq!(
            date(&fields("０７", " 3 ", "１９５７"), &q, TODAY),
            Ok(fields("7", "3", "1957"))
        );
        assert_eq!(
            date(&fields("", "3", "1957"), &q, TODAY),
            Err(ErrorCode::DateIncomplete)
        );
        assert_eq!(
            date(&fields("31", "4", "1957"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
        assert_eq!(
            date(&fields("1", "13", "1957"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
        assert_eq!(
            date(&fields("1", "1", "57"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
        assert_eq!(
            date(&fields("a", "1", "1957"), &q, TODAY),
            Err(ErrorCode::DateNotReal)
        );
    }

    #[test]
    fn past_future_and_age_limits() {
        let mut q = question(AnswerKind::Date);
        q.not_in_future = true;
        assert_eq!(
            date(&fields("28", "11", "2026"), &q, TODAY),
            Err(ErrorCode::DateInFuture)
        );
        assert!(
            date(&fields("27", "11", "2026"), &q, TODAY).is_ok(),
            "today is not the future"
        );
        let mut q = question(AnswerKind::Date);
        q.not_in_past = true;
        assert_eq!(
            date(&fields("26", "11", "2026"), &q, TODAY),
            Err(ErrorCode::DateInPast)
        );
        let mut q = question(AnswerKind::Date);
        q.min_age = Some(16);
        q.max_age = Some(120);
        assert_eq!(
            date(&fields("28", "11", "2010"), &q, TODAY),
            Err(ErrorCode::TooYoung)
        );
        assert!(
            date(&fields("27", "11", "2010"), &q, TODAY).is_ok(),
            "16 on the birthday"
        );
        assert_eq!(
            date(&fields("1", "1", "1900"), &q, TODAY),
            Err(ErrorCode::TooOld)
        );
    }
}
