//! The console's own page (`dist/console/index.html`, built by Trunk) for each of its
//! addresses, so a reload or a bookmark opens the same view. Its scripts, styles and wasm are
//! files under `dist/console/`, served like the citizen app's.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::path::PathBuf;

#[derive(Clone)]
pub struct ConsolePage {
    pub index: PathBuf,
}

pub async fn page(State(page): State<ConsolePage>) -> Response {
    match tokio::fs::read(&page.index).await {
        Ok(html) => {
            let mut response = html.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            // Always asked again: a new build's page names new files.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        Err(error) => {
            tracing::warn!(file = %page.index.display(), %error, "the console is not built");
            StatusCode::NOT_FOUND.into_response()
        }
    }
}
