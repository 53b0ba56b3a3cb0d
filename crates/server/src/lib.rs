//! Citizen Portal server as a library, so integration tests drive the same router as the binary.

mod api;
pub mod connections;
pub mod definitions;
mod display;
pub mod export;
pub mod pages;
mod rate_limit;
mod security_headers;
mod settings;
mod static_files;
pub mod store;

pub use api::today;
pub use settings::{Cli, Command, ExportFormat, Settings};

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{any, get, post};
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// Where forms post display settings (the header's elder-mode button, the settings page).
const DISPLAY_ENDPOINT: &str = "/display";

/// The whole HTTP application for the given settings, storing submissions in `store`.
pub fn app(settings: &Settings, store: Arc<dyn store::SubmissionStore>) -> Result<Router, String> {
    let definitions = definitions::Definitions::load(&settings.dist.join("services"))?;
    if let Some((service, bytes)) = definitions
        .largest_submission()
        .filter(|(_, bytes)| *bytes > settings.max_body)
    {
        return Err(format!(
            "--max-body {} is too small: a submission to {service} can take {bytes} bytes",
            settings.max_body
        ));
    }
    let definitions = Arc::new(definitions);
    let state = api::ApiState {
        store,
        definitions: definitions.clone(),
        max_body: settings.max_body,
        body_timeout: Duration::from_secs(settings.body_timeout),
        utc_offset_hours: settings.utc_offset_hours,
        rate_limiter: Arc::new(rate_limit::RateLimiter::new(settings.rate_limit_per_minute)),
        trusted_proxy_header: settings.trusted_proxy_header.clone(),
    };
    let api = Router::new()
        .route("/api/submissions", post(api::submit))
        .route("/api/health", get(api::health))
        .route(
            "/api/feedback",
            post(api::feedback).get(api::feedback_counts),
        )
        .route("/api/{*rest}", any(api::unknown_endpoint))
        .with_state(state)
        // References, counts and health are never to be kept by a browser or a proxy.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let display = Router::new()
        .route(DISPLAY_ENDPOINT, post(display::choose))
        .with_state(display::DisplayState {
            behind_tls: settings.behind_tls,
        });
    Ok(security_headers::apply(
        api.merge(display).merge(static_files::router(
            &settings.dist,
            definitions,
            settings.behind_tls,
        )),
        settings.behind_tls,
    ))
}
