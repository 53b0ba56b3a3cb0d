//! `GET /open-data/<service>.json` and `.csv`: a service's aggregates, for services whose
//! department publishes them (small counts suppressed, see `insight::open_data`). Recomputed at
//! most once an hour per service, so the address cannot be used to load the database.

use crate::insight::open_data;
use crate::store::SubmissionStore;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_forms::departments::Departments;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

const FRESH: Duration = Duration::from_secs(3600);

/// By service: when computed, the JSON and the CSV. An async lock held while a file is
/// computed, so requests arriving together wait for one computation rather than start several.
type Cache = tokio::sync::Mutex<HashMap<String, (Instant, String, String)>>;

#[derive(Clone)]
pub struct OpenDataState {
    pub store: Arc<dyn SubmissionStore>,
    pub departments: Arc<Departments>,
    pub utc_offset_hours: i32,
    pub cache: Arc<Cache>,
}

pub async fn file(State(state): State<OpenDataState>, Path(file): Path<String>) -> Response {
    let (service, csv) = match (file.strip_suffix(".json"), file.strip_suffix(".csv")) {
        (Some(service), _) => (service.to_string(), false),
        (_, Some(service)) => (service.to_string(), true),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    if !state.departments.publishes(&service) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut cache = state.cache.lock().await;
    let cached = cache
        .get(&service)
        .filter(|(at, _, _)| at.elapsed() < FRESH)
        .cloned();
    let (json, csv_text) = match cached {
        Some((_, json, csv_text)) => (json, csv_text),
        None => {
            let (store, wanted) = (state.store.clone(), service.clone());
            let rows =
                match tokio::task::spawn_blocking(move || store.insight_rows(&wanted, 0, false))
                    .await
                {
                    Ok(Ok(rows)) => rows,
                    Ok(Err(error)) => {
                        tracing::error!(?error, "open data not computed");
                        return crate::api::unavailable();
                    }
                    Err(_) => return crate::api::unavailable(),
                };
            let data =
                open_data::compute(&service, &rows, crate::store::now(), state.utc_offset_hours);
            let json = serde_json::to_string_pretty(&data).unwrap_or_default();
            let csv_text = open_data::to_csv(&data);
            cache.insert(service, (Instant::now(), json.clone(), csv_text.clone()));
            (json, csv_text)
        }
    };
    drop(cache);
    let (body, kind) = if csv {
        (csv_text, "text/csv; charset=utf-8")
    } else {
        (json, "application/json")
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    // Public aggregates: other departments' pages may read them.
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}
