//! Characters no answer may hold: control characters (a free-text answer keeps its line breaks
//! and tabs) and the bidirectional overrides and isolates, which can make a name or an email
//! address read differently from what it is (U+202E turns `moc.elpmaxe@li` around). Marks a
//! script needs, such as the zero-width non-joiner in Uyghur or the right-to-left mark, stay.

/// Whether `c` may not appear in an answer; `multiline` for free text, which keeps `\n` and `\t`.
pub fn is_hidden_character(c: char, multiline: bool) -> bool {
    match c {
        '\n' | '\t' => !multiline,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        _ => c.is_control(),
    }
}

/// Whether `text` holds a character [`is_hidden_character`] refuses. A Windows line break
/// (`\r\n`) in free text is a line break, not a hidden character.
pub fn has_hidden_characters(text: &str, multiline: bool) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if multiline && c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_hidden_character(c, multiline) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_typed_normally_in_every_script_pass() {
        for name in [
            "张三",
            "ئابدۇرېھىم ئابدۇللا",
            // Kazakh in Arabic script, and a Uyghur word written with a zero-width non-joiner.
            "نۇرلان سەرىك ۇلى",
            "ئا\u{200C}يىشە",
            "བཀྲ་ཤིས་བདེ་ལེགས",
            // A right-to-left mark typed around a Latin part is a mark, not an override.
            "\u{200F}Ali\u{200F}",
            "Mary O'Neil-Smith",
        ] {
            assert!(!has_hidden_characters(name, false), "{name}");
        }
    }

    #[test]
    fn overrides_isolates_and_control_characters_are_refused_in_one_line() {
        for text in [
            "li\u{202E}nc.elpmaxe@",
            "\u{2066}张三\u{2069}",
            "\u{202A}a",
            "a\u{0}b",
            "a\u{1B}[31m",
            "a\u{7F}",
            "a\u{85}",
            "two\nlines",
            "a\tb",
        ] {
            assert!(has_hidden_characters(text, false), "{text:?}");
        }
    }

    #[test]
    fn free_text_keeps_line_breaks_and_tabs_only() {
        assert!(!has_hidden_characters("第一行\n第二行\r\n\t第三行", true));
        assert!(has_hidden_characters("a\rb", true));
        assert!(has_hidden_characters("a\u{0}b", true));
        assert!(has_hidden_characters("a\u{1B}b", true));
        assert!(has_hidden_characters("a\u{202E}b", true));
    }
}
