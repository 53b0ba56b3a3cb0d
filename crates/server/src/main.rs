//! `portal-server`: serves the built web app from `dist/`.

use clap::Parser;
use portal_server::store::SqliteStore;
use portal_server::{Settings, app};
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let settings = Settings::parse();
    let store = match SqliteStore::open(&settings.data) {
        Ok(store) => Arc::new(store),
        Err(error) => {
            tracing::error!(%error, "cannot open the database");
            return std::process::ExitCode::FAILURE;
        }
    };
    let app = match app(&settings, store) {
        Ok(app) => app,
        Err(error) => {
            tracing::error!(%error, "cannot load the service definitions");
            return std::process::ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(settings.bind).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(bind = %settings.bind, %error, "cannot listen");
            return std::process::ExitCode::FAILURE;
        }
    };
    tracing::info!(url = %format!("http://{}/", settings.bind), dist = %settings.dist.display(), "serving");
    println!("Citizen Portal is running at http://{}/", settings.bind);
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    match served {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "server stopped");
            std::process::ExitCode::FAILURE
        }
    }
}
