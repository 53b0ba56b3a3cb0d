//! The language table: every language the portal offers, from `locales/languages.json` (compiled
//! into the app by build.rs) so that adding a language is a data change. The first row is the
//! default.

/// Writing direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value for the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The order in which a date's fields are shown (answers always store day, month, year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayMonthYear,
    YearMonthDay,
}

/// One row of the language table.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub code: &'static str,
    /// The language's name in its own script, shown in the switcher.
    pub endonym: &'static str,
    pub dir: Direction,
    /// ISO 15924 script code.
    pub script: &'static str,
    /// Languages to try, in order, when a message or a file is missing.
    pub fallback: &'static [&'static str],
    /// True while the text was translated without review by a native speaker; the
    /// accessibility statement says so.
    pub draft_translation: bool,
    /// How dates are written in this language, e.g. 年 月 日 in Chinese.
    pub date_order: DateOrder,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Every offered language, in switcher order.
pub fn languages() -> &'static [Language] {
    LANGUAGES
}

/// The language used when nothing else matches: the first row of the table.
pub fn default_language() -> &'static Language {
    &languages()[0]
}

/// The language with exactly this code (case-insensitive), if the portal offers it.
pub fn language_by_code(code: &str) -> Option<&'static Language> {
    languages()
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The order in which to look up a message for `language`: itself, then its fallbacks.
pub fn fallback_chain(language: &'static Language) -> Vec<&'static Language> {
    std::iter::once(language)
        .chain(
            language
                .fallback
                .iter()
                .filter_map(|code| language_by_code(code)),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_language_is_simplified_chinese() {
        assert_eq!(default_language().code, "zh-CN");
    }

    #[test]
    fn uyghur_is_right_to_left_and_falls_back_to_chinese_then_english() {
        let ug = language_by_code("ug").unwrap();
        assert_eq!(ug.dir, Direction::Rtl);
        let chain: Vec<_> = fallback_chain(ug).iter().map(|l| l.code).collect();
        assert_eq!(chain, ["ug", "zh-CN", "en"]);
    }

    #[test]
    fn every_fallback_names_an_offered_language_other_than_itself() {
        for language in languages() {
            for code in language.fallback {
                let target = language_by_code(code)
                    .unwrap_or_else(|| panic!("{}: unknown fallback {code}", language.code));
                assert_ne!(
                    target.code, language.code,
                    "{} falls back to itself",
                    language.code
                );
            }
        }
    }
}
