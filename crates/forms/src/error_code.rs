//! Why an answer or a request was not accepted. Codes only: the app maps each to a Fluent
//! message that says what to do; the server returns them as JSON.

use serde::{Deserialize, Serialize};

/// A problem with one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A required answer is missing.
    Required,
    /// The answer has the wrong shape for its question (e.g. from a tampered draft).
    WrongShape,
    /// Longer than the question's `max_length` (in grapheme clusters).
    TooLong,
    /// More bytes than the answer may take when sent (see `validate::size`), though perhaps
    /// within `max_length`: spaces around it, or characters made of many code points.
    TooLongToSend,
    /// A control character, or a bidirectional override or isolate (see `validate::characters`).
    HiddenCharacters,
    /// Not a number, or a whole number with a fraction.
    NotANumber,
    NotAWholeNumber,
    TooManyDecimalPlaces,
    BelowMinimum,
    AboveMaximum,
    /// Some of day, month and year are missing.
    DateIncomplete,
    /// Not a real calendar date (e.g. 30 February, or 29 February in a common year).
    DateNotReal,
    DateInFuture,
    DateInPast,
    TooYoung,
    TooOld,
    /// A value that is not one of the question's options.
    NotAnOption,
    /// "None of these" ticked together with another option.
    ExclusiveWithOthers,
    EmailInvalid,
    MobileNumberInvalid,
    /// Resident ID numbers: not 18 characters.
    ResidentIdLength,
    /// Resident ID numbers: characters other than 17 digits and a final digit or X.
    ResidentIdCharacters,
    /// Resident ID numbers: the GB 11643 check character does not match.
    ResidentIdCheckDigit,
    /// Resident ID numbers: the embedded birth date is not a real past date.
    ResidentIdBirthDate,
    /// Resident ID numbers: the embedded birth date differs from the date of birth given.
    ResidentIdDoesNotMatchDateOfBirth,
    PostcodeInvalid,
    /// Names: characters that do not belong in a name (digits, symbols).
    NameInvalid,
}

impl ErrorCode {
    /// The code as written in JSON and in Fluent message ids (`forms-error-<code>`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::WrongShape => "wrong-shape",
            ErrorCode::TooLong => "too-long",
            ErrorCode::TooLongToSend => "too-long-to-send",
            ErrorCode::HiddenCharacters => "hidden-characters",
            ErrorCode::NotANumber => "not-a-number",
            ErrorCode::NotAWholeNumber => "not-a-whole-number",
            ErrorCode::TooManyDecimalPlaces => "too-many-decimal-places",
            ErrorCode::BelowMinimum => "below-minimum",
            ErrorCode::AboveMaximum => "above-maximum",
            ErrorCode::DateIncomplete => "date-incomplete",
            ErrorCode::DateNotReal => "date-not-real",
            ErrorCode::DateInFuture => "date-in-future",
            ErrorCode::DateInPast => "date-in-past",
            ErrorCode::TooYoung => "too-young",
            ErrorCode::TooOld => "too-old",
            ErrorCode::NotAnOption => "not-an-option",
            ErrorCode::ExclusiveWithOthers => "exclusive-with-others",
            ErrorCode::EmailInvalid => "email-invalid",
            ErrorCode::MobileNumberInvalid => "mobile-number-invalid",
            ErrorCode::ResidentIdLength => "resident-id-length",
            ErrorCode::ResidentIdCharacters => "resident-id-characters",
            ErrorCode::ResidentIdCheckDigit => "resident-id-check-digit",
            ErrorCode::ResidentIdBirthDate => "resident-id-birth-date",
            ErrorCode::ResidentIdDoesNotMatchDateOfBirth => {
                "resident-id-does-not-match-date-of-birth"
            }
            ErrorCode::PostcodeInvalid => "postcode-invalid",
            ErrorCode::NameInvalid => "name-invalid",
        }
    }

    /// Every code, so tests can check each has a message in every language.
    pub const ALL: [ErrorCode; 27] = [
        ErrorCode::Required,
        ErrorCode::WrongShape,
        ErrorCode::TooLong,
        ErrorCode::TooLongToSend,
        ErrorCode::HiddenCharacters,
        ErrorCode::NotANumber,
        ErrorCode::NotAWholeNumber,
        ErrorCode::TooManyDecimalPlaces,
        ErrorCode::BelowMinimum,
        ErrorCode::AboveMaximum,
        ErrorCode::DateIncomplete,
        ErrorCode::DateNotReal,
        ErrorCode::DateInFuture,
        ErrorCode::DateInPast,
        ErrorCode::TooYoung,
        ErrorCode::TooOld,
        ErrorCode::NotAnOption,
        ErrorCode::ExclusiveWithOthers,
        ErrorCode::EmailInvalid,
        ErrorCode::MobileNumberInvalid,
        ErrorCode::ResidentIdLength,
        ErrorCode::ResidentIdCharacters,
        ErrorCode::ResidentIdCheckDigit,
        ErrorCode::ResidentIdBirthDate,
        ErrorCode::ResidentIdDoesNotMatchDateOfBirth,
        ErrorCode::PostcodeInvalid,
        ErrorCode::NameInvalid,
    ];
}
