//! The portal's pages and the paths that lead to them. Pure, so it is tested natively.

/// A page of the portal, chosen by the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Search,
    Service { id: String, step: ServiceStep },
    DisplaySettings,
    AccessibilityStatement,
    PrivacyNotice,
    NotFound,
}

/// Where in a service's journey a page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceStep {
    Start,
    Question(String),
    CheckAnswers,
    Confirmation,
    Exit(String),
}

impl Route {
    /// The page for `path`. A trailing slash is ignored; anything unknown is [`Route::NotFound`].
    pub fn from_path(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        let service = |id: &str, step: ServiceStep| Route::Service {
            id: id.to_string(),
            step,
        };
        match segments.as_slice() {
            [] => Route::Home,
            ["search"] => Route::Search,
            ["services", id] if is_id(id) => service(id, ServiceStep::Start),
            ["services", id, "check-answers"] if is_id(id) => {
                service(id, ServiceStep::CheckAnswers)
            }
            ["services", id, "confirmation"] if is_id(id) => service(id, ServiceStep::Confirmation),
            ["services", id, "exit", exit] if is_id(id) && is_id(exit) => {
                service(id, ServiceStep::Exit(exit.to_string()))
            }
            ["services", id, page] if is_id(id) && is_id(page) => {
                service(id, ServiceStep::Question(page.to_string()))
            }
            ["settings"] => Route::DisplaySettings,
            ["accessibility"] => Route::AccessibilityStatement,
            ["privacy"] => Route::PrivacyNotice,
            _ => Route::NotFound,
        }
    }
}

/// Service, page and exit ids are lower-case words joined by hyphens, as in `services/`.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Addresses of a service's pages, so links and navigation agree with [`Route::from_path`].
pub mod paths {
    pub fn start(service: &str) -> String {
        format!("/services/{service}")
    }

    pub fn question(service: &str, page: &str) -> String {
        format!("/services/{service}/{page}")
    }

    /// The question page reached from a Change link: it returns to check answers afterwards.
    pub fn change(service: &str, page: &str) -> String {
        format!("/services/{service}/{page}?change=1")
    }

    pub fn check_answers(service: &str) -> String {
        format!("/services/{service}/check-answers")
    }

    pub fn confirmation(service: &str) -> String {
        format!("/services/{service}/confirmation")
    }

    pub fn exit(service: &str, exit: &str) -> String {
        format!("/services/{service}/exit/{exit}")
    }

    /// The service, defined in `services/` like any other, that takes reports of problems with
    /// the site; the accessibility statement and every information page link to it.
    pub const REPORT_PROBLEM: &str = "website-problem";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: &str, step: ServiceStep) -> Route {
        Route::Service {
            id: id.into(),
            step,
        }
    }

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
    }

    #[test]
    fn service_paths_name_the_step_of_the_journey() {
        assert_eq!(
            Route::from_path("/services/id-card-replacement"),
            service("id-card-replacement", ServiceStep::Start)
        );
        assert_eq!(
            Route::from_path("/services/id-card/reason"),
            service("id-card", ServiceStep::Question("reason".into()))
        );
        assert_eq!(
            Route::from_path("/services/id-card/check-answers"),
            service("id-card", ServiceStep::CheckAnswers)
        );
        assert_eq!(
            Route::from_path("/services/id-card/confirmation"),
            service("id-card", ServiceStep::Confirmation)
        );
        assert_eq!(
            Route::from_path("/services/id-card/exit/under-16"),
            service("id-card", ServiceStep::Exit("under-16".into()))
        );
    }

    #[test]
    fn built_paths_lead_back_to_their_step() {
        assert_eq!(
            Route::from_path(&paths::question("a", "b")),
            service("a", ServiceStep::Question("b".into()))
        );
        assert_eq!(
            Route::from_path(&paths::check_answers("a")),
            service("a", ServiceStep::CheckAnswers)
        );
        assert_eq!(
            Route::from_path(&paths::exit("a", "x")),
            service("a", ServiceStep::Exit("x".into()))
        );
        assert_eq!(
            Route::from_path(&paths::confirmation("a")),
            service("a", ServiceStep::Confirmation)
        );
        assert_eq!(
            Route::from_path(&paths::start("a")),
            service("a", ServiceStep::Start)
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
            "/services/x/exit/Bad",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }
}
