//! Free text and names. Only surrounding spaces are trimmed: full-width punctuation inside
//! Chinese text is the citizen's own and stays as typed.

use crate::definition::Question;
use crate::error_code::ErrorCode;
use crate::graphemes;

/// Used when a definition sets no `max_length`.
pub const SHORT_TEXT_MAX: u32 = 200;
pub const LONG_TEXT_MAX: u32 = 5000;
pub const FULL_NAME_MAX: u32 = 100;

fn within(text: &str, max: u32) -> Result<(), ErrorCode> {
    if graphemes::count(text) > max as usize {
        Err(ErrorCode::TooLong)
    } else {
        Ok(())
    }
}

pub fn short_text(value: &str, question: &Question) -> Result<String, ErrorCode> {
    let text = value.trim().to_string();
    within(&text, question.max_length.unwrap_or(SHORT_TEXT_MAX))?;
    Ok(text)
}

pub fn long_text(value: &str, question: &Question) -> Result<String, ErrorCode> {
    let text = value.trim().replace("\r\n", "\n");
    within(&text, question.max_length.unwrap_or(LONG_TEXT_MAX))?;
    Ok(text)
}

/// One field for the whole name, in any script: Chinese, Uyghur (with the middle dot that
/// separates parts of a name, as in 阿不都·热合曼), Tibetan (with its tsheg), Latin.
pub fn full_name(value: &str, question: &Question) -> Result<String, ErrorCode> {
    let name = value.trim().to_string();
    within(&name, question.max_length.unwrap_or(FULL_NAME_MAX))?;
    let allowed_punctuation = |c: char| {
        matches!(
            c,
            '-' | '\'' | '.' | '·' | '•' | '・' | '\u{0F0B}' | '\u{0F0C}'
        )
    };
    let invalid = name.chars().any(|c| {
        c.is_numeric()
            || c.is_control()
            || ((c.is_ascii_punctuation() || "<>@#%&*_=+|~^$\\/".contains(c))
                && !allowed_punctuation(c))
    });
    if invalid {
        Err(ErrorCode::NameInvalid)
    } else {
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::AnswerKind;
    use crate::validate::test_support::question;

    #[test]
    fn long_text_is_limited_by_what_a_reader_counts() {
        let mut q = question(AnswerKind::LongText);
        q.max_length = Some(4);
        // Four Tibetan grapheme clusters, seven code points: within the limit.
        assert_eq!(long_text("བསྒྲུབས", &q), Ok("བསྒྲུབས".to_string()));
        assert_eq!(long_text("ཀཁགངཅ", &q), Err(ErrorCode::TooLong));
        assert_eq!(long_text("ئۇيغۇر", &q), Err(ErrorCode::TooLong));
    }

    #[test]
    fn full_width_punctuation_in_free_text_is_kept() {
        let q = question(AnswerKind::LongText);
        assert_eq!(
            long_text(" 产品有问题！请尽快处理，谢谢。 ", &q),
            Ok("产品有问题！请尽快处理，谢谢。".into())
        );
    }

    #[test]
    fn names_in_every_script_are_accepted() {
        let q = question(AnswerKind::FullName);
        for name in [
            "张三",
            "阿不都·热合曼",
            "ئابدۇرېھىم ئابدۇللا",
            "བཀྲ་ཤིས་བདེ་ལེགས",
            "Mary O'Neil-Smith",
        ] {
            assert_eq!(full_name(name, &q), Ok(name.to_string()), "{name}");
        }
    }

    #[test]
    fn names_with_digits_or_symbols_are_not() {
        let q = question(AnswerKind::FullName);
        for name in ["张三3", "Zhang <script>", "李四@x", "１２３"] {
            assert_eq!(full_name(name, &q), Err(ErrorCode::NameInvalid), "{name}");
        }
    }
}
