//! Matching a language preference (a browser's `en-GB`, `ug-Arab-CN`, `zh-Hans`) to one of the
//! portal's languages, the same way in the app and in portal-server: the exact code first (in
//! any case), then the same language whose script is not contradicted (Uyghur in Cyrillic is
//! another written language for a reader, so `ug-Cyrl` does not match Arabic-script `ug`).

/// The offered language `tag` asks for, from `offered` as (code, script) pairs; `None` when none
/// fits or the tag is malformed.
pub fn match_tag<'a>(tag: &str, offered: &[(&'a str, &'a str)]) -> Option<&'a str> {
    let tag = tag.trim();
    if let Some((code, _)) = offered
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(tag))
    {
        return Some(code);
    }
    let mut parts = tag.split(['-', '_']);
    let language = parts.next()?;
    let well_formed = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && tag
            .split(['-', '_'])
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !well_formed {
        return None;
    }
    let script = parts.find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()));
    offered
        .iter()
        .find(|(code, offered_script)| {
            code.split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(language))
                && script.is_none_or(|s| s.eq_ignore_ascii_case(offered_script))
        })
        .map(|(code, _)| *code)
}

/// The languages an HTTP `Accept-Language` header asks for, most wanted first (`q=0` left out).
pub fn accept_language(header: &str) -> Vec<&str> {
    let mut wanted: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|item| {
            let mut fields = item.split(';');
            let tag = fields.next()?.trim();
            let quality = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && quality > 0.0).then_some((tag, quality))
        })
        .collect();
    // A stable sort keeps the header's order among equal weights.
    wanted.sort_by(|a, b| b.1.total_cmp(&a.1));
    wanted.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERED: [(&str, &str); 4] = [
        ("zh-CN", "Hans"),
        ("en", "Latn"),
        ("ug", "Arab"),
        ("bo", "Tibt"),
    ];

    #[test]
    fn exact_codes_match_in_any_case_and_regional_tags_match_their_language() {
        assert_eq!(match_tag("ZH-cn", &OFFERED), Some("zh-CN"));
        assert_eq!(match_tag("en-GB", &OFFERED), Some("en"));
        assert_eq!(match_tag("ug-CN", &OFFERED), Some("ug"));
        assert_eq!(match_tag("zh-Hans-CN", &OFFERED), Some("zh-CN"));
        assert_eq!(match_tag("bo_CN", &OFFERED), Some("bo"));
    }

    #[test]
    fn another_script_or_a_malformed_tag_does_not_match() {
        assert_eq!(match_tag("ug-Cyrl", &OFFERED), None);
        assert_eq!(match_tag("zh-Hant-TW", &OFFERED), None);
        for bad in ["", "e", "zh_CN!", "<script>", "fr"] {
            assert_eq!(match_tag(bad, &OFFERED), None, "{bad:?}");
        }
    }

    #[test]
    fn accept_language_is_read_by_weight() {
        assert_eq!(
            accept_language("fr-FR, ug;q=0.9, en;q=0.95, bo;q=0, *;q=0.1"),
            ["fr-FR", "en", "ug"]
        );
        assert_eq!(accept_language("garbage;q=x, en"), ["en"]);
    }
}
