//! The pages rendered at build time (`dist/pages/<lang>/…`, by the app's own components), served
//! in the language the citizen asked for: `?lang=` (then remembered in a cookie), the cookie,
//! `Accept-Language`, then Simplified Chinese. The citizen's display choice (a cookie the app and
//! the no-script forms write) is put on `<html>`, so elder mode and text size apply before any
//! script and without one.

use axum::http::{HeaderMap, HeaderValue, header};
use portal_forms::address::{Address, ServiceStep};
use portal_forms::language::{accept_language, match_tag};
use std::path::{Path, PathBuf};

/// The cookie holding the chosen language (the app writes it too).
pub const LANGUAGE_COOKIE: &str = "portal-lang";
/// The cookie holding display settings: dot-separated `elder`, `size1`–`size3`, `contrast`,
/// `spacing`, `motion` (the app and `start.js` write it too).
pub const DISPLAY_COOKIE: &str = "portal-display";
/// A year, in seconds: how long a choice is remembered.
const REMEMBER_SECONDS: u32 = 365 * 24 * 60 * 60;

/// The rendered pages and the languages they exist in.
pub struct Pages {
    root: PathBuf,
    /// (code, script) of every language, the default first.
    languages: Vec<(String, String)>,
}

/// The page to send for an address, in one language.
pub struct Page {
    pub file: PathBuf,
    pub language: String,
    /// Set when the address asked for the language (`?lang=`): remember it.
    pub remember_language: bool,
}

impl Pages {
    /// The pages under `dist/pages/`, if the build rendered them (`dist/locales/languages.json`
    /// says which languages there are, in order: the first is the default).
    pub fn load(dist: &Path) -> Option<Self> {
        let root = dist.join("pages");
        let table = std::fs::read_to_string(dist.join("locales/languages.json")).ok()?;
        let table: Vec<serde_json::Value> = serde_json::from_str(&table).ok()?;
        let languages: Vec<(String, String)> = table
            .iter()
            .filter_map(|l| {
                Some((
                    l["code"].as_str()?.to_string(),
                    l["script"].as_str()?.to_string(),
                ))
            })
            .filter(|(code, _)| root.join(code).is_dir())
            .collect();
        (!languages.is_empty()).then_some(Self { root, languages })
    }

    fn offered(&self) -> Vec<(&str, &str)> {
        self.languages
            .iter()
            .map(|(code, script)| (code.as_str(), script.as_str()))
            .collect()
    }

    /// The language for this request, and whether it was asked for in the address.
    fn negotiate(&self, query: Option<&str>, headers: &HeaderMap) -> (String, bool) {
        let offered = self.offered();
        if let Some(asked) = query.and_then(|q| query_value(q, "lang"))
            && let Some(code) = match_tag(&asked, &offered)
        {
            return (code.to_string(), true);
        }
        let saved = cookie(headers, LANGUAGE_COOKIE).and_then(|c| match_tag(&c, &offered));
        let browser = || {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| {
                    accept_language(v)
                        .into_iter()
                        .find_map(|t| match_tag(t, &offered))
                })
        };
        let code = saved.or_else(browser).unwrap_or(offered[0].0);
        (code.to_string(), false)
    }

    /// The rendered page for `address` (whether it names something that exists): the page, or
    /// for pages only the app renders (search, progress look-up) the app's page, in the language
    /// negotiated; `None` when the build made no such file.
    pub fn page(
        &self,
        address: &Address,
        exists: bool,
        query: Option<&str>,
        headers: &HeaderMap,
    ) -> Option<Page> {
        let name = if !exists {
            "not-found".to_string()
        } else {
            match address {
                Address::Home => "index".into(),
                Address::AccessibilityStatement => "accessibility".into(),
                Address::PrivacyNotice => "privacy".into(),
                Address::DisplaySettings => "settings".into(),
                Address::Service { id, step } => match step {
                    ServiceStep::Start => format!("services/{id}"),
                    _ => format!("services/{id}/form"),
                },
                // Only the app renders these: its page, with the loading line in one language.
                Address::Search | Address::Track => "app".into(),
                Address::NotFound => "not-found".into(),
            }
        };
        let (language, remember_language) = self.negotiate(query, headers);
        let file = self.root.join(&language).join(format!("{name}.html"));
        file.is_file().then_some(Page {
            file,
            language,
            remember_language,
        })
    }
}

/// The value of `name` in a query string (`a=1&lang=ug`), percent-decoding left out: language
/// codes need none.
fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// The value of cookie `name`, if the request has it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim().to_string())
}

/// A `Set-Cookie` value remembering `value` under `name` for a year, for this site only. Not
/// HttpOnly: the app reads and writes the same choices. `Secure` when served over TLS.
pub fn remember(name: &str, value: &str, behind_tls: bool) -> Option<HeaderValue> {
    let secure = if behind_tls { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={REMEMBER_SECONDS}; SameSite=Lax{secure}"
    ))
    .ok()
}

/// Display settings, as the cookie holds them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Display {
    pub elder: bool,
    /// 0 (standard) to 3.
    pub text_size: u8,
    pub high_contrast: bool,
    pub spacing: bool,
    pub reduced_motion: bool,
}

impl Display {
    /// Reads the cookie's value; unknown or damaged parts are ignored.
    pub fn parse(value: &str) -> Self {
        let mut display = Self::default();
        for part in value.split('.') {
            match part {
                "elder" => display.elder = true,
                "contrast" => display.high_contrast = true,
                "spacing" => display.spacing = true,
                "motion" => display.reduced_motion = true,
                "size1" => display.text_size = 1,
                "size2" => display.text_size = 2,
                "size3" => display.text_size = 3,
                _ => {}
            }
        }
        display
    }

    pub fn to_cookie(self) -> String {
        let mut parts = Vec::new();
        if self.elder {
            parts.push("elder".to_string());
        }
        if self.text_size > 0 {
            parts.push(format!("size{}", self.text_size));
        }
        if self.high_contrast {
            parts.push("contrast".into());
        }
        if self.spacing {
            parts.push("spacing".into());
        }
        if self.reduced_motion {
            parts.push("motion".into());
        }
        parts.join(".")
    }

    /// Whether the control for cookie word `token` (`size0`…`size3`, `elder`, …) is on.
    fn has(self, token: &str) -> bool {
        match token {
            "elder" => self.elder,
            "contrast" => self.high_contrast,
            "spacing" => self.spacing,
            "motion" => self.reduced_motion,
            size => size
                .strip_prefix("size")
                .and_then(|n| n.parse::<u8>().ok())
                .is_some_and(|n| n == self.text_size),
        }
    }

    /// The settings page's controls (`data-display-setting="<word>"`) checked as chosen.
    fn mark_controls(self, page: &str) -> String {
        const MARK: &str = "data-display-setting=\"";
        let mut marked = String::with_capacity(page.len());
        let mut rest = page;
        while let Some(at) = rest.find(MARK) {
            let (Some(start), Some(end)) = (rest[..at].rfind("<input"), rest[at..].find('>'))
            else {
                break;
            };
            let end = at + end;
            let token_start = at + MARK.len();
            let token = rest[token_start..].split('"').next().unwrap_or_default();
            let tag = rest[start..end]
                .replace(" checked=\"\"", "")
                .replace(" checked", "");
            marked.push_str(&rest[..start]);
            marked.push_str(&tag);
            if self.has(token) {
                marked.push_str(" checked");
            }
            rest = &rest[end..];
        }
        marked.push_str(rest);
        marked
    }

    /// `page` (a rendered page, made with the defaults) as it looks with these settings: the
    /// attributes the styles follow on `<html>`, which `boot.js` would set, and the header's
    /// elder-mode button pressed or not.
    pub fn apply(self, page: &str) -> String {
        if self == Self::default() {
            return page.to_string();
        }
        let mut attributes = String::new();
        if self.text_size > 0 {
            attributes.push_str(&format!(r#" data-text-size="{}""#, self.text_size));
        }
        if self.elder {
            attributes.push_str(" data-elder");
        }
        if self.high_contrast {
            attributes.push_str(r#" data-contrast="high""#);
        }
        if self.spacing {
            attributes.push_str(" data-spacing");
        }
        if self.reduced_motion {
            attributes.push_str(r#" data-motion="reduced""#);
        }
        let mut page =
            self.mark_controls(&page.replacen("<html ", &format!("<html{attributes} "), 1));
        if self.elder {
            page = page
                .replacen(
                    r#"<input type="hidden" name="elder" value="on">"#,
                    r#"<input type="hidden" name="elder" value="off">"#,
                    1,
                )
                .replacen(
                    r#"aria-pressed="false" class="app-header__elder-toggle""#,
                    r#"aria-pressed="true" class="app-header__elder-toggle""#,
                    1,
                );
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(dist: &Path) -> Pages {
        for code in ["zh-CN", "en", "ug"] {
            std::fs::create_dir_all(dist.join("pages").join(code)).unwrap();
            std::fs::write(dist.join("pages").join(code).join("index.html"), code).unwrap();
        }
        std::fs::create_dir_all(dist.join("locales")).unwrap();
        std::fs::write(
            dist.join("locales/languages.json"),
            r#"[{"code":"zh-CN","script":"Hans"},{"code":"en","script":"Latn"},{"code":"ug","script":"Arab"},{"code":"bo","script":"Tibt"}]"#,
        )
        .unwrap();
        Pages::load(dist).unwrap()
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    #[test]
    fn the_address_then_the_cookie_then_the_browser_then_chinese() {
        let dist = std::env::temp_dir().join(format!("portal-pages-{}", std::process::id()));
        let pages = pages(&dist);
        let both = headers(&[("cookie", "a=b; portal-lang=ug"), ("accept-language", "en")]);
        assert_eq!(pages.negotiate(Some("lang=en"), &both), ("en".into(), true));
        assert_eq!(pages.negotiate(None, &both), ("ug".into(), false));
        let browser = headers(&[("accept-language", "fr;q=1, en-GB;q=0.8")]);
        assert_eq!(pages.negotiate(None, &browser), ("en".into(), false));
        assert_eq!(
            pages.negotiate(None, &HeaderMap::new()),
            ("zh-CN".into(), false)
        );
        // Damaged or unknown choices fall through, as does a language with no pages (bo here).
        let damaged = headers(&[("cookie", "portal-lang=<x>"), ("accept-language", "bo, ug")]);
        assert_eq!(
            pages.negotiate(Some("lang=xx"), &damaged),
            ("ug".into(), false)
        );
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn display_settings_survive_the_cookie_and_mark_the_page() {
        let display = Display::parse("elder.size2.junk.motion");
        assert_eq!(
            display,
            Display {
                elder: true,
                text_size: 2,
                reduced_motion: true,
                ..Display::default()
            }
        );
        assert_eq!(Display::parse(&display.to_cookie()), display);
        let page = r#"<html lang="en" dir="ltr"><input type="hidden" name="elder" value="on"><button type="submit" aria-pressed="false" class="app-header__elder-toggle">"#;
        let marked = display.apply(page);
        assert!(
            marked.starts_with(
                r#"<html data-text-size="2" data-elder data-motion="reduced" lang="en""#
            ),
            "{marked}"
        );
        assert!(marked.contains(r#"value="off""#) && marked.contains(r#"aria-pressed="true""#));
        assert_eq!(Display::default().apply(page), page);
    }

    #[test]
    fn the_settings_form_shows_what_was_chosen() {
        let form = r#"<html lang="en"><input type="radio" name="text-size" value="0" data-display-setting="size0" checked><input type="radio" name="text-size" value="2" data-display-setting="size2"><input type="checkbox" data-display-setting="elder" name="elder">"#;
        let marked = Display::parse("size2.elder").apply(form);
        assert!(
            marked.contains(r#"data-display-setting="size0">"#),
            "{marked}"
        );
        assert!(
            marked.contains(r#"data-display-setting="size2" checked>"#),
            "{marked}"
        );
        assert!(marked.contains(r#"name="elder" checked>"#), "{marked}");
    }
}
