//! Reusable pieces of the interface, one component per file.

mod back_link;
mod checkboxes;
mod date_input;
mod draft_notice;
mod error_summary;
pub mod field;
mod field_label;
mod fieldset_legend;
mod language_switcher;
mod page_heading;
mod question_field;
mod radios;
mod select;
mod site_footer;
mod site_header;
mod skip_link;
mod text_input;
mod textarea;

pub use back_link::BackLink;
pub use checkboxes::Checkboxes;
pub use date_input::DateInput;
pub use draft_notice::DraftNotice;
pub use error_summary::{ErrorLink, ErrorSummary};
pub use language_switcher::LanguageSwitcher;
pub use page_heading::{PageHeading, PageTitle};
pub use question_field::QuestionField;
pub use radios::Radios;
pub use select::Select;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use text_input::TextInput;
pub use textarea::Textarea;
