//! Radios, select, yes/no and checkboxes: only the question's own values, and a "none of these"
//! that cannot be ticked together with anything else.

use crate::definition::Question;
use crate::error_code::ErrorCode;

pub fn single(value: &str, options: &[String]) -> Result<String, ErrorCode> {
    let value = value.trim();
    if options.iter().any(|o| o == value) {
        Ok(value.to_string())
    } else {
        Err(ErrorCode::NotAnOption)
    }
}

pub fn multiple(values: &[String], question: &Question) -> Result<Vec<String>, ErrorCode> {
    let mut chosen: Vec<String> = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !question.options.iter().any(|o| o == value) {
            return Err(ErrorCode::NotAnOption);
        }
        if !chosen.iter().any(|c| c == value) {
            chosen.push(value.to_string());
        }
    }
    if chosen.len() > 1
        && question
            .exclusive
            .as_ref()
            .is_some_and(|none| chosen.contains(none))
    {
        return Err(ErrorCode::ExclusiveWithOthers);
    }
    // Stored in the definition's order, whatever order they were ticked in.
    chosen.sort_by_key(|c| question.options.iter().position(|o| o == c));
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::AnswerKind;
    use crate::validate::test_support::question;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    fn evidence() -> Question {
        let mut q = question(AnswerKind::Checkboxes);
        q.options = strings(&["receipt", "photo", "none"]);
        q.exclusive = Some("none".into());
        q
    }

    #[test]
    fn only_listed_values_are_accepted() {
        let options = strings(&["lost", "damaged"]);
        assert_eq!(single("lost", &options), Ok("lost".into()));
        assert_eq!(single("stolen", &options), Err(ErrorCode::NotAnOption));
        assert_eq!(
            multiple(&strings(&["photo", "bribe"]), &evidence()),
            Err(ErrorCode::NotAnOption)
        );
    }

    #[test]
    fn none_of_these_cannot_be_combined() {
        assert_eq!(
            multiple(&strings(&["none"]), &evidence()),
            Ok(strings(&["none"]))
        );
        assert_eq!(
            multiple(&strings(&["photo", "none"]), &evidence()),
            Err(ErrorCode::ExclusiveWithOthers)
        );
    }

    #[test]
    fn ticked_values_are_deduplicated_and_kept_in_definition_order() {
        assert_eq!(
            multiple(&strings(&["photo", "receipt", "photo"]), &evidence()),
            Ok(strings(&["receipt", "photo"]))
        );
    }
}
