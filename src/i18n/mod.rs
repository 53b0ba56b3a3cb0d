//! Internationalisation on fluent-bundle: the language table, negotiation, message lookup down
//! a fallback chain, and dates through the browser's `Intl`.

mod context;
pub mod dates;
pub mod language;
pub mod localizer;
pub mod negotiate;
mod texts;

pub use context::{I18n, offered_languages, use_i18n};
pub use language::{DateOrder, Direction, Language};
pub use texts::Texts;
#[cfg(feature = "ssr")]
pub use texts::take_missing;
