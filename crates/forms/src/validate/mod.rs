//! Validating answers: one question, one page, or a whole submission. Every function returns the
//! normalised answer or error codes; none panics, whatever shape the input has.

mod characters;
mod choice;
mod contact;
mod date_answer;
mod number;
mod resident_id;
pub mod size;
mod text;

use crate::answers::Answers;
use crate::date::CivilDate;
use crate::definition::{AnswerKind, Page, Question, Service};
use crate::error_code::ErrorCode;

pub use characters::{has_hidden_characters, is_hidden_character};
pub use date_answer::parse_date;
pub use number::DEFAULT_DECIMAL_PLACES;
pub use text::{FULL_NAME_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX};

/// What validation needs besides the answer: the other answers (for cross-checks) and today.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub service: &'a Service,
    pub answers: &'a Answers,
    pub today: CivilDate,
}

/// The normalised values of a valid answer; `None` for an optional question left empty.
pub type Outcome = Result<Option<Vec<String>>, ErrorCode>;

/// Validates one question's raw field values.
pub fn validate_question(
    question: &Question,
    raw: Option<&[String]>,
    context: Context<'_>,
) -> Outcome {
    let fields = raw.unwrap_or(&[]);
    // Size first, so no other rule spends time on an answer too big to send.
    if fields.len() > size::field_count(question) {
        return Err(ErrorCode::WrongShape);
    }
    if fields
        .iter()
        .any(|f| size::encoded_len(f) > size::field_limit(question))
    {
        return Err(ErrorCode::TooLongToSend);
    }
    let multiline = question.kind == AnswerKind::LongText;
    if fields.iter().any(|f| has_hidden_characters(f, multiline)) {
        return Err(ErrorCode::HiddenCharacters);
    }
    let empty = fields.iter().all(|f| f.trim().is_empty());
    if empty {
        return if question.required {
            Err(ErrorCode::Required)
        } else {
            Ok(None)
        };
    }
    if question.kind != AnswerKind::Checkboxes && fields.len() != question.kind.field_count() {
        return Err(ErrorCode::WrongShape);
    }
    let value = fields.first().map(String::as_str).unwrap_or_default();
    let one = |result: Result<String, ErrorCode>| result.map(|v| Some(vec![v]));
    match question.kind {
        AnswerKind::ShortText => one(text::short_text(value, question)),
        AnswerKind::LongText => one(text::long_text(value, question)),
        AnswerKind::FullName => one(text::full_name(value, question)),
        AnswerKind::WholeNumber => one(number::whole_number(value, question)),
        AnswerKind::DecimalNumber => one(number::decimal_number(value, question)),
        AnswerKind::Date => date_answer::date(fields, question, context.today).map(Some),
        AnswerKind::Radios | AnswerKind::Select => one(choice::single(value, &question.options)),
        AnswerKind::YesNo => one(choice::single(
            value,
            &["yes".to_string(), "no".to_string()],
        )),
        AnswerKind::Checkboxes => choice::multiple(fields, question).map(Some),
        AnswerKind::Email => one(contact::email(value)),
        AnswerKind::MobileNumber => one(contact::mobile_number(value)),
        AnswerKind::Postcode => one(contact::postcode(value)),
        AnswerKind::ResidentId => one(resident_id::resident_id(value, question, context)),
    }
}

/// Validates every question of a page. `Ok` holds the normalised answers of the page.
pub fn validate_page(
    page: &Page,
    context: Context<'_>,
) -> Result<Answers, Vec<(String, ErrorCode)>> {
    let mut valid = Answers::new();
    let mut errors = Vec::new();
    for question in &page.questions {
        let raw = context.answers.get(&question.id).map(Vec::as_slice);
        match validate_question(question, raw, context) {
            Ok(Some(values)) => {
                valid.insert(question.id.clone(), values);
            }
            Ok(None) => {}
            Err(code) => errors.push((question.id.clone(), code)),
        }
    }
    if errors.is_empty() {
        Ok(valid)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::definition::{AnswerKind, Question};

    /// A required question of `kind` with no other rules; tests set what they need.
    pub fn question(kind: AnswerKind) -> Question {
        Question {
            id: "q".into(),
            kind,
            required: true,
            options: Vec::new(),
            exclusive: None,
            min: None,
            max: None,
            decimal_places: None,
            max_length: None,
            not_in_future: false,
            not_in_past: false,
            min_age: None,
            max_age: None,
            matches: None,
            autocomplete: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::question;
    use super::*;

    fn service() -> Service {
        Service {
            id: "s".into(),
            version: 1,
            topic: "t".into(),
            suggest_elder_mode: false,
            rated_when_sent: false,
            pages: vec![],
            exits: vec![],
        }
    }

    fn check(q: &Question, raw: &[&str]) -> Outcome {
        let service = service();
        let answers = Answers::new();
        let context = Context {
            service: &service,
            answers: &answers,
            today: CivilDate::new(2026, 11, 27).unwrap(),
        };
        let raw: Vec<String> = raw.iter().map(|s| s.to_string()).collect();
        validate_question(q, Some(&raw), context)
    }

    #[test]
    fn an_empty_required_answer_is_required_and_an_empty_optional_one_is_skipped() {
        let mut q = question(AnswerKind::ShortText);
        assert_eq!(check(&q, &["   "]), Err(ErrorCode::Required));
        q.required = false;
        assert_eq!(check(&q, &["  "]), Ok(None));
    }

    #[test]
    fn an_answer_valid_in_characters_but_too_big_to_send_is_refused() {
        let mut q = question(AnswerKind::ShortText);
        q.max_length = Some(100);
        let padded = format!("张三{}", " ".repeat(size::field_limit(&q)));
        assert_eq!(check(&q, &[&padded]), Err(ErrorCode::TooLongToSend));
        assert_eq!(check(&q, &[" 张三 "]), Ok(Some(vec!["张三".into()])));
        let date = question(AnswerKind::Date);
        let day = format!("{}1", " ".repeat(size::FIELD_BYTES));
        assert_eq!(
            check(&date, &[&day, "1", "1990"]),
            Err(ErrorCode::TooLongToSend)
        );
        let mut ticks = question(AnswerKind::Checkboxes);
        ticks.options = vec!["a".into(), "b".into()];
        assert_eq!(
            check(&ticks, &["a"; 50]),
            Err(ErrorCode::WrongShape),
            "the same box ticked fifty times"
        );
    }

    #[test]
    fn hidden_characters_are_refused_in_every_kind_of_answer() {
        for kind in [
            AnswerKind::ShortText,
            AnswerKind::FullName,
            AnswerKind::Email,
        ] {
            assert_eq!(
                check(&question(kind), &["li\u{202E}nc.elpmaxe@"]),
                Err(ErrorCode::HiddenCharacters),
                "{kind:?}"
            );
        }
        assert_eq!(
            check(&question(AnswerKind::ShortText), &["a\u{1B}[2J"]),
            Err(ErrorCode::HiddenCharacters)
        );
        let long = question(AnswerKind::LongText);
        assert_eq!(
            check(&long, &["第一行\n\t第二行"]),
            Ok(Some(vec!["第一行\n\t第二行".into()]))
        );
        assert_eq!(check(&long, &["a\u{0}b"]), Err(ErrorCode::HiddenCharacters));
        assert_eq!(
            check(&question(AnswerKind::FullName), &["ئابدۇرېھىم ئابدۇللا"]),
            Ok(Some(vec!["ئابدۇرېھىم ئابدۇللا".into()]))
        );
    }

    #[test]
    fn answers_of_the_wrong_shape_are_rejected_not_panicked_on() {
        assert_eq!(
            check(&question(AnswerKind::ShortText), &["a", "b"]),
            Err(ErrorCode::WrongShape)
        );
        assert_eq!(
            check(&question(AnswerKind::Date), &["1", "2"]),
            Err(ErrorCode::WrongShape)
        );
        assert_eq!(
            check(&question(AnswerKind::Postcode), &["100000", "x", "y"]),
            Err(ErrorCode::WrongShape)
        );
    }
}
