//! One file per page.

mod accessibility_statement;
mod check_answers;
mod confirmation;
mod display_settings;
mod exit_page;
mod form_unavailable;
mod home;
mod lazy_pages;
mod not_found;
mod privacy_notice;
mod question_page;
mod search_page;
mod service_journey;
mod service_start;
mod track_page;

pub use accessibility_statement::AccessibilityStatement;
pub use check_answers::CheckAnswers;
pub use confirmation::Confirmation;
pub use display_settings::DisplaySettings;
pub use exit_page::ExitPage;
pub use form_unavailable::FormUnavailable;
pub use home::Home;
pub use lazy_pages::{
    LazyJourney, LazyOutboxList, LazySearch, LazySentList, LazySettings, LazyStatement, LazyTrack,
    Statement,
};
pub use not_found::NotFound;
pub use privacy_notice::PrivacyNotice;
pub use question_page::QuestionPage;
pub use search_page::SearchPage;
pub use service_journey::ServiceJourney;
pub use service_start::ServiceStart;
pub use track_page::TrackPage;
