//! Citizen Portal server as a library, so integration tests drive the same router as the binary.

mod security_headers;
mod settings;
mod static_files;

pub use settings::Settings;

use axum::Router;

/// The whole HTTP application for the given settings.
pub fn app(settings: &Settings) -> Router {
    security_headers::apply(static_files::router(&settings.dist), settings.behind_tls)
}
