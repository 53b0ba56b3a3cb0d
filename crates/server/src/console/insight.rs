//! `GET /console/api/services/{service}/insight`: managers see their service's figures and the
//! terms rising in what citizens wrote (see `crate::insight`), for the last 35 days. Example
//! passages are part of applications, so reading them is audited like an application.

use super::applications::manager_of;
use super::{ConsoleState, blocking, now, record};
use crate::api::error;
use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Days of applications the figures cover: the last week and the four before.
const DAYS: i64 = 35;

pub async fn read(
    State(state): State<ConsoleState>,
    Path(service): Path<String>,
    request: Request,
) -> Response {
    let session = match manager_of(&state, &request, &service).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let Some(definition) = state.definitions.latest(&service).cloned() else {
        return error(StatusCode::NOT_FOUND, "unknown-service");
    };
    let (submissions, utc_offset_hours) = (state.submissions.clone(), state.utc_offset_hours);
    let wanted = service.clone();
    let figures = blocking(move || {
        let now = now();
        let since = crate::insight::figures::days_back(now, DAYS, utc_offset_hours);
        let rows = submissions.insight_rows(&wanted, since, true)?;
        let feedback = submissions.feedback()?;
        let (from, to) = crate::insight::figures::window(since, now, utc_offset_hours);
        let views = submissions.page_views(&wanted, &from, &to)?;
        let errors = submissions.page_errors(&wanted, &from, &to)?;
        Ok(crate::insight::figures::compute(
            &definition,
            &rows,
            crate::insight::figures::PageCounts {
                feedback: feedback.iter().find(|f| f.service == wanted),
                views,
                errors,
            },
            since,
            now,
            utc_offset_hours,
            crate::insight::jieba(),
        ))
    })
    .await;
    let figures = match figures {
        Ok(figures) => figures,
        Err(refusal) => return refusal,
    };
    // The applications whose passages are shown are named in the audit entry, as if opened.
    let shown: Vec<&str> = figures
        .rising_terms
        .iter()
        .flat_map(|t| t.examples.iter().map(|e| e.reference.as_str()))
        .collect();
    let detail = (!shown.is_empty()).then(|| format!("passages from {}", shown.join(" ")));
    if let Err(refusal) = record(
        &state,
        Some(&session.staff),
        "view-insight",
        Some(service),
        detail,
    )
    .await
    {
        return refusal;
    }
    Json(figures).into_response()
}
