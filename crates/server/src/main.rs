//! `portal-server`: serves the built web app from `dist/`.

use clap::Parser;
use portal_server::{Settings, app};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let settings = Settings::parse();
    let listener = match tokio::net::TcpListener::bind(settings.bind).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(bind = %settings.bind, %error, "cannot listen");
            return std::process::ExitCode::FAILURE;
        }
    };
    tracing::info!(url = %format!("http://{}/", settings.bind), dist = %settings.dist.display(), "serving");
    println!("Citizen Portal is running at http://{}/", settings.bind);
    let served = axum::serve(listener, app(&settings))
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
