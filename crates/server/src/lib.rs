//! Citizen Portal server as a library, so integration tests drive the same router as the binary.

mod api;
pub mod connections;
pub mod console;
pub mod definitions;
mod display;
pub mod export;
pub mod insight;
mod open_data;
mod page_errors;
pub mod pages;
mod rate_limit;
mod security_headers;
mod settings;
mod static_files;
pub mod store;
mod tallies;
mod tracking;

pub use api::today;
pub use settings::{Cli, Command, ExportFormat, InsightFormat, KeyCommand, Settings, StaffCommand};

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{any, get, post};
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// Where forms post display settings (the header's elder-mode button, the settings page).
const DISPLAY_ENDPOINT: &str = "/display";

/// The whole HTTP application for the given settings, storing submissions in `store`.
/// Without a `workspace` store the department console's API is not served.
pub fn app(
    settings: &Settings,
    store: Arc<dyn store::SubmissionStore>,
    workspace: Option<Arc<dyn store::WorkspaceStore>>,
) -> Result<Router, String> {
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
    let tallies = tallies::Tallies::new(store.clone());
    let state = api::ApiState {
        store: store.clone(),
        workspace: workspace.clone(),
        definitions: definitions.clone(),
        max_body: settings.max_body,
        body_timeout: Duration::from_secs(settings.body_timeout),
        utc_offset_hours: settings.utc_offset_hours,
        rate_limiter: Arc::new(rate_limit::RateLimiter::shared(
            settings.rate_limit_per_minute,
            store.clone(),
            "submissions",
        )),
        trusted_proxy_header: settings.trusted_proxy_header.clone(),
        tallies: tallies.clone(),
    };
    let api = Router::new()
        .route("/api/submissions", post(api::submit))
        .route("/api/health", get(api::health))
        .route(
            "/api/feedback",
            post(api::feedback).get(api::feedback_counts),
        )
        .route("/api/track", post(tracking::track))
        .route("/api/ratings", post(tracking::rate))
        .route("/api/page-errors", post(page_errors::count))
        .route("/api/{*rest}", any(api::unknown_endpoint))
        .with_state(state)
        // References, counts and health are never to be kept by a browser or a proxy.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let open_data = Router::new()
        .route("/open-data/{file}", get(open_data::file))
        .with_state(open_data::OpenDataState {
            store: store.clone(),
            departments: Arc::new(load_departments(
                &settings.dist.join("services/departments.json"),
            )?),
            utc_offset_hours: settings.utc_offset_hours,
            cache: Arc::default(),
        });
    let display = Router::new()
        .route(DISPLAY_ENDPOINT, post(display::choose))
        .with_state(display::DisplayState {
            behind_tls: settings.behind_tls,
        });
    let console = match workspace {
        Some(workspace) => console_router(settings, workspace, store.clone(), definitions.clone())?,
        None => Router::new(),
    };
    Ok(security_headers::apply(
        api.merge(display)
            .merge(open_data)
            .merge(console)
            .merge(static_files::router(
                &settings.dist,
                definitions,
                settings.behind_tls,
                tallies,
                settings.utc_offset_hours,
            )),
        settings.behind_tls,
    ))
}

/// The department console's API, with the departments table built next to the services.
fn console_router(
    settings: &Settings,
    workspace: Arc<dyn store::WorkspaceStore>,
    submissions: Arc<dyn store::SubmissionStore>,
    definitions: Arc<definitions::Definitions>,
) -> Result<Router, String> {
    let departments = load_departments(&settings.dist.join("services/departments.json"))?;
    let origin = settings.origin()?;
    let url = webauthn_rs::prelude::Url::parse(&origin)
        .map_err(|e| format!("--public-origin {origin}: {e}"))?;
    let host = url
        .host_str()
        .ok_or_else(|| format!("--public-origin {origin}: no host name"))?
        .to_string();
    let webauthn = webauthn_rs::WebauthnBuilder::new(&host, &url)
        .and_then(|builder| builder.rp_name("Citizen Portal").build())
        .map_err(|e| format!("--public-origin {origin}: {e}"))?;
    let api = console::router(console::ConsoleState {
        workspace: workspace.clone(),
        submissions: submissions.clone(),
        departments: Arc::new(departments),
        definitions,
        webauthn: Arc::new(webauthn),
        ceremonies: Arc::new(console::Ceremonies::new(workspace.clone())),
        sign_in_limiter: Arc::new(rate_limit::RateLimiter::shared(
            settings.sign_in_per_minute,
            submissions.clone(),
            "sign-in",
        )),
        trusted_proxy_header: settings.trusted_proxy_header.clone(),
        // Cookies are Secure (and __Host-) whenever staff reach the portal over https.
        behind_tls: settings.behind_tls || origin.starts_with("https://"),
        origin,
        idle: Duration::from_secs(settings.staff_idle_minutes * 60),
        longest: Duration::from_secs(settings.staff_session_hours * 3600),
        body_timeout: Duration::from_secs(settings.body_timeout),
        utc_offset_hours: settings.utc_offset_hours,
        rating_reply_days: settings.rating_reply_days,
    })
    .layer(SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    ));
    Ok(api.merge(console::pages(&settings.dist)))
}

/// The departments table `cargo xtask build` wrote; none (every inbox refused) when missing.
pub fn load_departments(
    file: &std::path::Path,
) -> Result<portal_forms::departments::Departments, String> {
    match std::fs::read_to_string(file) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display())),
        Err(error) => {
            tracing::warn!(file = %file.display(), %error, "no departments: the console shows no applications");
            Ok(Default::default())
        }
    }
}
