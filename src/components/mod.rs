//! Reusable pieces of the interface, one component per file.

mod language_switcher;
mod page_heading;
mod site_footer;
mod site_header;
mod skip_link;

pub use language_switcher::LanguageSwitcher;
pub use page_heading::PageHeading;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
