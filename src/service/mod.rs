//! A service being used: its definition, its texts, the citizen's answers (kept as a draft on the
//! device) and sending them. One session per service, alive across its pages.

mod catalogue;
mod draft;
pub mod json;
pub mod page_errors;
mod session;
pub mod submit;

pub use catalogue::catalogue;
pub use session::{Loaded, ServiceSession, SessionOwner, has_draft, today, use_service};
pub use submit::SubmitError;
