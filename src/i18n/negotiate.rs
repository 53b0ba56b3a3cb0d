//! Choosing the language to show: an explicit request in the URL, then the citizen's saved
//! choice, then the browser's preferences, then the default. Pure, so it is tested natively.

use super::language::{Language, default_language, language_by_code, languages};

/// Picks the language for this visit. Unknown or malformed codes are skipped, never an error.
pub fn negotiate_language(
    requested: Option<&str>,
    saved: Option<&str>,
    browser: &[String],
) -> &'static Language {
    requested
        .and_then(language_by_code)
        .or_else(|| saved.and_then(language_by_code))
        .or_else(|| browser.iter().find_map(|tag| match_browser_tag(tag)))
        .unwrap_or_else(default_language)
}

/// Matches a browser preference such as `en-GB` or `ug-Arab-CN` to an offered language: an exact
/// match first, then the same language subtag with a compatible script (shared with the server).
fn match_browser_tag(tag: &str) -> Option<&'static Language> {
    let offered: Vec<(&'static str, &'static str)> =
        languages().iter().map(|l| (l.code, l.script)).collect();
    portal_forms::language::match_tag(tag, &offered).and_then(language_by_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn with_nothing_known_the_portal_speaks_simplified_chinese() {
        assert_eq!(negotiate_language(None, None, &[]).code, "zh-CN");
    }

    #[test]
    fn a_saved_choice_beats_the_browser_preference() {
        let chosen = negotiate_language(None, Some("ug"), &prefs(&["en-US"]));
        assert_eq!(chosen.code, "ug");
    }

    #[test]
    fn a_language_in_the_url_beats_the_saved_choice() {
        assert_eq!(negotiate_language(Some("bo"), Some("ug"), &[]).code, "bo");
    }

    #[test]
    fn regional_browser_tags_match_the_offered_language() {
        assert_eq!(
            negotiate_language(None, None, &prefs(&["en-GB"])).code,
            "en"
        );
        assert_eq!(
            negotiate_language(None, None, &prefs(&["ug-CN"])).code,
            "ug"
        );
        assert_eq!(
            negotiate_language(None, None, &prefs(&["zh-Hans-CN"])).code,
            "zh-CN"
        );
    }

    #[test]
    fn the_first_browser_preference_the_portal_offers_wins() {
        let chosen = negotiate_language(None, None, &prefs(&["fr-FR", "bo-CN", "en"]));
        assert_eq!(chosen.code, "bo");
    }

    #[test]
    fn a_tag_in_another_script_does_not_match() {
        // Uyghur in Cyrillic script is a different written language for a reader.
        let chosen = negotiate_language(None, None, &prefs(&["ug-Cyrl", "en"]));
        assert_eq!(chosen.code, "en");
    }

    #[test]
    fn unknown_or_malformed_codes_fall_through_to_negotiation() {
        for bad in ["xx", "", "zh_CN!", "<script>", "e"] {
            let chosen = negotiate_language(Some(bad), Some(bad), &prefs(&["en"]));
            assert_eq!(chosen.code, "en", "input {bad:?}");
        }
    }

    #[test]
    fn codes_are_matched_without_regard_to_case() {
        assert_eq!(negotiate_language(Some("ZH-cn"), None, &[]).code, "zh-CN");
    }
}
