//! PRC resident identity card numbers (GB 11643-1999): 18 characters, 17 digits and a check
//! character (a digit or X), with the holder's birth date in characters 7–14.

use super::Context;
use super::date_answer::parse_date;
use crate::date::CivilDate;
use crate::definition::Question;
use crate::error_code::ErrorCode;
use crate::normalize::normalize;

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS: &[u8; 11] = b"10X98765432";

/// The check character for the first 17 digits.
pub fn check_character(first_17: &[u8]) -> u8 {
    let sum: u32 = first_17
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    CHECK_CHARACTERS[(sum % 11) as usize]
}

/// The birth date embedded in a well-formed number.
pub fn birth_date(number: &str) -> Option<CivilDate> {
    let digits = number.get(6..14)?;
    let year = digits.get(0..4)?.parse().ok()?;
    let month = digits.get(4..6)?.parse().ok()?;
    let day = digits.get(6..8)?.parse().ok()?;
    CivilDate::new(year, month, day)
}

pub fn resident_id(
    value: &str,
    question: &Question,
    context: Context<'_>,
) -> Result<String, ErrorCode> {
    let number: String = normalize(value)
        .chars()
        .filter(|c| *c != ' ')
        .collect::<String>()
        .to_ascii_uppercase();
    if number.chars().count() != 18 {
        return Err(ErrorCode::ResidentIdLength);
    }
    let bytes = number.as_bytes();
    let last = bytes[17];
    if !bytes[..17].iter().all(u8::is_ascii_digit) || !(last.is_ascii_digit() || last == b'X') {
        return Err(ErrorCode::ResidentIdCharacters);
    }
    let born = birth_date(&number)
        .filter(|d| d.year >= 1900 && *d <= context.today)
        .ok_or(ErrorCode::ResidentIdBirthDate)?;
    if check_character(&bytes[..17]) != last {
        return Err(ErrorCode::ResidentIdCheckDigit);
    }
    let given = question
        .matches
        .as_ref()
        .and_then(|other| context.answers.get(other))
        .and_then(|fields| parse_date(fields).ok());
    if given.is_some_and(|given| given != born) {
        return Err(ErrorCode::ResidentIdDoesNotMatchDateOfBirth);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::definition::{AnswerKind, Service};
    use crate::validate::test_support::question;

    const TODAY: CivilDate = CivilDate {
        year: 2026,
        month: 11,
        day: 27,
    };

    fn check(value: &str, date_of_birth: Option<[&str; 3]>) -> Result<String, ErrorCode> {
        let service = Service {
            id: "s".into(),
            version: 1,
            topic: "t".into(),
            suggest_elder_mode: false,
            rated_when_sent: false,
            pages: vec![],
            exits: vec![],
        };
        let mut answers = Answers::new();
        let mut q = question(AnswerKind::ResidentId);
        if let Some(date) = date_of_birth {
            answers.insert(
                "date-of-birth".into(),
                date.iter().map(|p| p.to_string()).collect(),
            );
            q.matches = Some("date-of-birth".into());
        }
        resident_id(
            value,
            &q,
            Context {
                service: &service,
                answers: &answers,
                today: TODAY,
            },
        )
    }

    #[test]
    fn valid_numbers_including_an_x_check_character() {
        // Vectors computed with the GB 11643 weights; the first is the standard's own example.
        for number in [
            "11010519491231002X",
            "44030419900307123X",
            "650102200802295513",
            "540102198506153312",
        ] {
            assert_eq!(check(number, None), Ok(number.to_string()), "{number}");
        }
    }

    #[test]
    fn a_lower_case_x_full_width_digits_and_spaces_are_normalised() {
        assert_eq!(
            check("11010519491231002x", None),
            Ok("11010519491231002X".into())
        );
        assert_eq!(
            check("１１０１０５１９４９１２３１００２Ｘ", None),
            Ok("11010519491231002X".into())
        );
        assert_eq!(
            check("110105 19491231 002X", None),
            Ok("11010519491231002X".into())
        );
    }

    #[test]
    fn a_wrong_check_character_is_caught() {
        assert_eq!(
            check("110105194912310021", None),
            Err(ErrorCode::ResidentIdCheckDigit)
        );
        assert_eq!(
            check("650102200802295514", None),
            Err(ErrorCode::ResidentIdCheckDigit)
        );
    }

    #[test]
    fn length_and_characters() {
        assert_eq!(
            check("11010519491231002", None),
            Err(ErrorCode::ResidentIdLength)
        );
        assert_eq!(
            check("11010519491231002XX", None),
            Err(ErrorCode::ResidentIdLength)
        );
        assert_eq!(
            check("1101051949123100AX", None),
            Err(ErrorCode::ResidentIdCharacters)
        );
        assert_eq!(
            check("11010519491231002Y", None),
            Err(ErrorCode::ResidentIdCharacters)
        );
    }

    #[test]
    fn the_embedded_birth_date_must_be_real_and_past() {
        // 29 February 2008 is real (leap year); 29 February 2009 is not; 2027 is in the future.
        assert!(check("650102200802295513", None).is_ok());
        let not_real = format!(
            "65010220090229551{}",
            check_character(b"65010220090229551") as char
        );
        assert_eq!(check(&not_real, None), Err(ErrorCode::ResidentIdBirthDate));
        let future = format!(
            "11010520270101001{}",
            check_character(b"11010520270101001") as char
        );
        assert_eq!(check(&future, None), Err(ErrorCode::ResidentIdBirthDate));
    }

    #[test]
    fn the_birth_date_must_match_the_date_of_birth_given() {
        assert!(check("11010519491231002X", Some(["31", "12", "1949"])).is_ok());
        assert_eq!(
            check("11010519491231002X", Some(["30", "12", "1949"])),
            Err(ErrorCode::ResidentIdDoesNotMatchDateOfBirth)
        );
    }
}
