//! One file per route.

mod accessibility_statement;
mod display_settings;
mod home;
mod not_found;
mod privacy_notice;
mod service_page;

pub use accessibility_statement::AccessibilityStatement;
pub use display_settings::DisplaySettings;
pub use home::Home;
pub use not_found::NotFound;
pub use privacy_notice::PrivacyNotice;
pub use service_page::ServicePage;
