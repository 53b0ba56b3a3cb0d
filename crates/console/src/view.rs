//! Where the console is: each view has its own address under `/console/`, so reloading, the
//! back button and a bookmark keep the place.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    Loading,
    SignIn,
    /// Enrolling a passkey with the setup link's token (from the address's fragment).
    Setup(String),
    /// One service's inbox; `None`: the first service of the department.
    Inbox(Option<String>),
    Application(String),
    Audit,
    Staff,
    Ratings,
}

const BASE: &str = "/console/";

impl View {
    /// The view an address shows (signed in; the setup link whatever the session).
    pub fn from_location(path: &str, fragment: &str) -> View {
        let rest = path.strip_prefix(BASE).unwrap_or("");
        let mut parts = rest.split('/');
        match (parts.next(), parts.next()) {
            (Some("setup"), _) => View::Setup(fragment.trim_start_matches('#').to_string()),
            (Some("services"), Some(id)) if !id.is_empty() => View::Inbox(Some(id.to_string())),
            (Some("applications"), Some(reference)) if !reference.is_empty() => {
                View::Application(reference.to_string())
            }
            (Some("audit"), _) => View::Audit,
            (Some("staff"), _) => View::Staff,
            (Some("ratings"), _) => View::Ratings,
            _ => View::Inbox(None),
        }
    }

    /// The address of the view.
    pub fn path(&self) -> String {
        match self {
            View::Inbox(Some(id)) => format!("{BASE}services/{id}"),
            View::Application(reference) => format!("{BASE}applications/{reference}"),
            View::Audit => format!("{BASE}audit"),
            View::Staff => format!("{BASE}staff"),
            View::Ratings => format!("{BASE}ratings"),
            _ => BASE.to_string(),
        }
    }
}
