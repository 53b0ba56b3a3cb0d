//! The portal's pages and the paths that lead to them. Pure, so it is tested natively.

/// A page of the portal, chosen by the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Service { id: String },
    DisplaySettings,
    AccessibilityStatement,
    PrivacyNotice,
    NotFound,
}

impl Route {
    /// The page for `path`. A trailing slash is ignored; anything unknown is [`Route::NotFound`].
    pub fn from_path(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["services", id] if is_service_id(id) => Route::Service { id: id.to_string() },
            ["settings"] => Route::DisplaySettings,
            ["accessibility"] => Route::AccessibilityStatement,
            ["privacy"] => Route::PrivacyNotice,
            _ => Route::NotFound,
        }
    }
}

/// Service ids are lower-case words joined by hyphens, as in `services/`.
fn is_service_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_leads_to_its_page() {
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/settings"), Route::DisplaySettings);
        assert_eq!(
            Route::from_path("/accessibility/"),
            Route::AccessibilityStatement
        );
        assert_eq!(Route::from_path("/privacy"), Route::PrivacyNotice);
        assert_eq!(
            Route::from_path("/services/id-card-replacement"),
            Route::Service {
                id: "id-card-replacement".into()
            }
        );
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        for path in [
            "/nope",
            "/services",
            "/services/",
            "/services/A<b>",
            "/settings/extra",
            "/services/x/y/z",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }
}
