//! `POST /api/page-errors`: a question page refused what a citizen entered. The app sends the
//! service, the page and the error codes it showed — never the answers — and the server counts
//! them per page, code and day (`crate::tallies`), for insight's "where citizens make mistakes".
//! Only codes the shared rules know and pages the service has are counted.

use crate::api::{ApiState, error, is_json, read_body, today};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal_forms::ErrorCode;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageErrors {
    service: String,
    page: String,
    /// One per question the page refused (a page may ask several).
    codes: Vec<ErrorCode>,
}

pub async fn count(State(state): State<ApiState>, request: Request) -> Response {
    if !is_json(&request) {
        return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }
    let bytes = match read_body(request, 1024, state.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let Ok(report) = serde_json::from_slice::<PageErrors>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    let Some(service) = state.definitions.latest(&report.service) else {
        return error(StatusCode::NOT_FOUND, "unknown-service");
    };
    let Some(page) = service.page(&report.page) else {
        return error(StatusCode::NOT_FOUND, "unknown-page");
    };
    if report.codes.is_empty() || report.codes.len() > page.questions.len() {
        return error(StatusCode::BAD_REQUEST, "malformed");
    }
    let day = today(state.utc_offset_hours).to_iso();
    for code in report.codes {
        state
            .tallies
            .error(&report.service, &report.page, code.as_str(), day.clone());
    }
    StatusCode::NO_CONTENT.into_response()
}
