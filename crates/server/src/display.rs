//! `POST /display`: display settings chosen with a plain form (the header's elder-mode button,
//! the settings page) when no script runs. The choice is kept in a cookie and the citizen goes
//! back to the page they were on, which is then served with it.

use crate::pages::{DISPLAY_COOKIE, Display, cookie, remember};
use axum::Form;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Clone)]
pub struct DisplayState {
    pub behind_tls: bool,
}

/// What the forms send. The header's button sends `elder`; the settings page sends every
/// control (a checkbox left unticked is simply absent, so `form=settings` says all were shown).
#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct DisplayForm {
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    elder: Option<String>,
    #[serde(default)]
    text_size: Option<u8>,
    #[serde(default)]
    contrast: Option<String>,
    #[serde(default)]
    spacing: Option<String>,
    #[serde(default)]
    motion: Option<String>,
    #[serde(default)]
    reset: Option<String>,
    #[serde(default, rename = "return")]
    back: Option<String>,
}

impl DisplayForm {
    fn applied_to(&self, mut display: Display) -> Display {
        if self.reset.is_some() {
            return Display::default();
        }
        let on = |field: &Option<String>| field.as_deref() == Some("on");
        if self.form.as_deref() == Some("settings") {
            display = Display {
                elder: on(&self.elder),
                text_size: self.text_size.filter(|s| *s <= 3).unwrap_or(0),
                high_contrast: on(&self.contrast),
                spacing: on(&self.spacing),
                reduced_motion: on(&self.motion),
            };
        } else if let Some(elder) = self.elder.as_deref() {
            display.elder = elder == "on";
        }
        display
    }
}

/// Where to send the citizen back to: a path on this site, never another site. Only the
/// characters a portal address uses are accepted (browsers drop tabs and newlines from
/// `Location`, so `/\t/evil.example` would otherwise become `//evil.example`).
fn back_to(wanted: Option<&str>) -> &str {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/-_.?=&%".contains(c);
    wanted
        .filter(|p| p.starts_with('/') && !p.starts_with("//") && p.chars().all(plain))
        .unwrap_or("/")
}

/// A form on another site must not change what this site shows (browsers say where a form
/// came from in `Origin` or `Sec-Fetch-Site`).
fn from_another_site(headers: &HeaderMap) -> bool {
    let site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v != "same-origin" && v != "none");
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let other_origin = match (origin, host) {
        (Some("null"), _) => false,
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, h)| h) != Some(host),
        _ => false,
    };
    site || other_origin
}

pub async fn choose(State(state): State<DisplayState>, request: Request) -> Response {
    if from_another_site(request.headers()) {
        return (StatusCode::FORBIDDEN, "forbidden").into_response();
    }
    let saved = cookie(request.headers(), DISPLAY_COOKIE)
        .map(|v| Display::parse(&v))
        .unwrap_or_default();
    let Ok(Form(form)) = Form::<DisplayForm>::from_request(request, &()).await else {
        return (StatusCode::BAD_REQUEST, "malformed").into_response();
    };
    let display = form.applied_to(saved);
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    let location = HeaderValue::from_str(back_to(form.back.as_deref()))
        .unwrap_or(HeaderValue::from_static("/"));
    headers.insert(header::LOCATION, location);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(cookie) = remember(DISPLAY_COOKIE, &display.to_cookie(), state.behind_tls) {
        headers.insert(header::SET_COOKIE, cookie);
    }
    response
}

use axum::extract::FromRequest;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_button_toggles_elder_mode_and_keeps_the_rest() {
        let saved = Display {
            text_size: 2,
            ..Display::default()
        };
        let form = DisplayForm {
            elder: Some("on".into()),
            ..DisplayForm::default()
        };
        assert_eq!(
            form.applied_to(saved),
            Display {
                elder: true,
                text_size: 2,
                ..Display::default()
            }
        );
    }

    #[test]
    fn the_settings_page_sets_everything_and_reset_clears_it() {
        let form = DisplayForm {
            form: Some("settings".into()),
            text_size: Some(3),
            spacing: Some("on".into()),
            ..DisplayForm::default()
        };
        let chosen = form.applied_to(Display {
            elder: true,
            ..Display::default()
        });
        assert_eq!(
            chosen,
            Display {
                text_size: 3,
                spacing: true,
                ..Display::default()
            },
            "an unticked box is off"
        );
        let reset = DisplayForm {
            reset: Some("yes".into()),
            ..DisplayForm::default()
        };
        assert_eq!(reset.applied_to(chosen), Display::default());
    }

    #[test]
    fn only_a_path_on_this_site_is_gone_back_to() {
        assert_eq!(
            back_to(Some("/services/id-card-replacement")),
            "/services/id-card-replacement"
        );
        for elsewhere in [
            "//evil.example/",
            "https://evil.example/",
            "/\\evil",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "",
            "x",
        ] {
            assert_eq!(back_to(Some(elsewhere)), "/", "{elsewhere}");
        }
        assert_eq!(back_to(None), "/");
        assert_eq!(back_to(Some("/privacy?lang=ug")), "/privacy?lang=ug");
    }

    #[test]
    fn a_form_from_anywhere_but_this_site_is_refused() {
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (name, value) in pairs {
                headers.insert(*name, HeaderValue::from_static(value));
            }
            from_another_site(&headers)
        };
        assert!(!with(&[("sec-fetch-site", "same-origin")]));
        assert!(!with(&[("sec-fetch-site", "none")]));
        assert!(with(&[("sec-fetch-site", "same-site")]));
        assert!(with(&[("sec-fetch-site", "cross-site")]));
        assert!(with(&[
            ("origin", "https://evil.example"),
            ("host", "portal.example")
        ]));
        assert!(!with(&[
            ("origin", "https://portal.example"),
            ("host", "portal.example")
        ]));
    }
}
