//! The portal's addresses: which page a path leads to, and the paths of a service's pages. Shared
//! by the app's router (which page to show) and portal-server (whether to answer 404).

use crate::Service;

/// A page of the portal, chosen by the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    Home,
    Search,
    /// Progress look-up by reference and tracking code, and rating.
    Track,
    Service {
        id: String,
        step: ServiceStep,
    },
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

impl Address {
    /// The page for `path`. A trailing slash is ignored; anything unknown is [`Address::NotFound`].
    pub fn from_path(path: &str) -> Address {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        let service = |id: &str, step: ServiceStep| Address::Service {
            id: id.to_string(),
            step,
        };
        match segments.as_slice() {
            [] => Address::Home,
            ["search"] => Address::Search,
            ["track"] => Address::Track,
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
            ["settings"] => Address::DisplaySettings,
            ["accessibility"] => Address::AccessibilityStatement,
            ["privacy"] => Address::PrivacyNotice,
            _ => Address::NotFound,
        }
    }
}

impl Address {
    /// Whether the address names a page that exists, given the services by id: any page of the
    /// portal, a known service's information page, check answers and confirmation, or a page or
    /// exit its definition has. Paths of the right shape naming nothing are not found.
    pub fn exists<'a>(&self, service: impl FnOnce(&str) -> Option<&'a Service>) -> bool {
        match self {
            Address::NotFound => false,
            Address::Service { id, step } => service(id).is_some_and(|service| match step {
                ServiceStep::Question(page) => service.page(page).is_some(),
                ServiceStep::Exit(exit) => service.exits.iter().any(|e| &e.id == exit),
                ServiceStep::Start | ServiceStep::CheckAnswers | ServiceStep::Confirmation => true,
            }),
            _ => true,
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

/// Addresses of a service's pages, so links and navigation agree with [`Address::from_path`].
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

    /// Progress look-up; with `reference`, that application (its code is looked up on the device).
    pub const TRACK: &str = "/track";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: &str, step: ServiceStep) -> Address {
        Address::Service {
            id: id.into(),
            step,
        }
    }

    #[test]
    fn each_path_leads_to_its_page() {
        assert_eq!(Address::from_path("/"), Address::Home);
        assert_eq!(Address::from_path(""), Address::Home);
        assert_eq!(Address::from_path("/settings"), Address::DisplaySettings);
        assert_eq!(
            Address::from_path("/accessibility/"),
            Address::AccessibilityStatement
        );
        assert_eq!(Address::from_path("/privacy"), Address::PrivacyNotice);
    }

    #[test]
    fn service_paths_name_the_step_of_the_journey() {
        assert_eq!(
            Address::from_path("/services/id-card-replacement"),
            service("id-card-replacement", ServiceStep::Start)
        );
        assert_eq!(
            Address::from_path("/services/id-card/reason"),
            service("id-card", ServiceStep::Question("reason".into()))
        );
        assert_eq!(
            Address::from_path("/services/id-card/check-answers"),
            service("id-card", ServiceStep::CheckAnswers)
        );
        assert_eq!(
            Address::from_path("/services/id-card/confirmation"),
            service("id-card", ServiceStep::Confirmation)
        );
        assert_eq!(
            Address::from_path("/services/id-card/exit/under-16"),
            service("id-card", ServiceStep::Exit("under-16".into()))
        );
    }

    #[test]
    fn built_paths_lead_back_to_their_step() {
        assert_eq!(
            Address::from_path(&paths::question("a", "b")),
            service("a", ServiceStep::Question("b".into()))
        );
        assert_eq!(
            Address::from_path(&paths::check_answers("a")),
            service("a", ServiceStep::CheckAnswers)
        );
        assert_eq!(
            Address::from_path(&paths::exit("a", "x")),
            service("a", ServiceStep::Exit("x".into()))
        );
        assert_eq!(
            Address::from_path(&paths::confirmation("a")),
            service("a", ServiceStep::Confirmation)
        );
        assert_eq!(
            Address::from_path(&paths::start("a")),
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
            assert_eq!(Address::from_path(path), Address::NotFound, "{path}");
        }
    }

    #[test]
    fn an_address_exists_only_if_its_service_page_or_exit_does() {
        let card = Service {
            id: "id-card".into(),
            version: 1,
            topic: "identity".into(),
            suggest_elder_mode: false,
            rated_when_sent: false,
            pages: vec![crate::Page {
                id: "reason".into(),
                questions: Vec::new(),
                routes: Vec::new(),
            }],
            exits: vec![crate::Exit {
                id: "under-16".into(),
            }],
        };
        let services = |id: &str| (id == card.id).then_some(&card);
        for path in [
            "/",
            "/search",
            "/track",
            "/settings",
            "/accessibility",
            "/privacy",
            "/services/id-card",
            "/services/id-card/reason",
            "/services/id-card/check-answers",
            "/services/id-card/confirmation",
            "/services/id-card/exit/under-16",
        ] {
            assert!(Address::from_path(path).exists(services), "{path}");
        }
        for path in [
            "/nope",
            "/services/passport",
            "/services/passport/reason",
            "/services/id-card/colour",
            "/services/id-card/exit/over-99",
        ] {
            assert!(!Address::from_path(path).exists(services), "{path}");
        }
    }
}
