//! The console's components, one per file.

pub mod application;
pub mod audit_log;
pub mod console_header;
pub mod field_error;
pub mod inbox;
pub mod insight;
pub mod rating_reply;
pub mod ratings_to_answer;
pub mod setup;
pub mod sign_in;
pub mod staff_list;
pub mod status_form;
