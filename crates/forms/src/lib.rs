//! Service definitions and answer validation for Citizen Portal, compiled into the web app and
//! into the server so that both apply exactly the same rules. No UI, no I/O and no prose: every
//! result is a code; the app turns codes into Fluent messages.

pub mod address;
pub mod answers;
pub mod check;
pub mod date;
pub mod definition;
pub mod departments;
pub mod error_code;
pub mod graphemes;
pub mod journey;
pub mod language;
pub mod messages;
pub mod normalize;
pub mod rating;
pub mod reference;
pub mod search;
#[cfg(feature = "source")]
pub mod source;
pub mod status;
pub mod validate;

pub use answers::Answers;
pub use date::CivilDate;
pub use definition::{AnswerKind, Condition, Destination, Exit, Page, Question, Route, Service};
pub use error_code::ErrorCode;
