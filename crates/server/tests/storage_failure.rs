//! When the database cannot be written (full disk, read-only file), the server says so with 503
//! and Retry-After, so the browser keeps the submission and tries again. It never answers 201.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clap::Parser;
use http_body_util::BodyExt;
use portal_server::store::{
    FeedbackCount, NewSubmission, PageErrorCount, Rekeyed, StoreError, Stored, StoredSubmission,
    SubmissionStore,
};
use portal_server::{Cli, app};
use std::sync::Arc;
use tower::ServiceExt;

/// A store whose disk is full: every write fails as SQLite reports SQLITE_FULL.
struct FullDisk;

impl SubmissionStore for FullDisk {
    fn insert(&self, _: NewSubmission) -> Result<Stored, StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
    fn ready(&self) -> bool {
        false
    }
    fn export(&self, _: &str, _: i64) -> Result<Vec<StoredSubmission>, StoreError> {
        Ok(Vec::new())
    }
    fn purge(&self, _: i64, _: &[String]) -> Result<usize, StoreError> {
        Ok(0)
    }
    fn count_feedback(&self, _: &str, _: bool) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
    fn feedback(&self) -> Result<Vec<FeedbackCount>, StoreError> {
        Ok(Vec::new())
    }
    fn count_page_views(&self, _: &str, _: &str, _: u64) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
    fn page_views(&self, _: &str, _: &str, _: &str) -> Result<u64, StoreError> {
        Ok(0)
    }
    fn count_page_errors(
        &self,
        _: &str,
        _: &str,
        _: &str,
        _: &str,
        _: u64,
    ) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
    fn page_errors(&self, _: &str, _: &str, _: &str) -> Result<Vec<PageErrorCount>, StoreError> {
        Ok(Vec::new())
    }
    fn rekey(&self, _: i64, _: usize) -> Result<Rekeyed, StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
    fn insight_rows(
        &self,
        _: &str,
        _: i64,
        _: bool,
    ) -> Result<Vec<portal_server::insight::InsightRow>, StoreError> {
        Ok(Vec::new())
    }
    fn forget_older_keys(&self) -> Result<bool, StoreError> {
        Err(StoreError::Unavailable("database or disk is full".into()))
    }
}

#[tokio::test]
async fn a_full_disk_answers_503_with_retry_after_and_health_says_not_ready() {
    let dist = std::env::temp_dir().join(format!("portal-full-{}", std::process::id()));
    std::fs::create_dir_all(dist.join("services")).unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../services/product-quality-complaint.toml"
    ))
    .unwrap();
    let service = portal_forms::source::compile("product-quality-complaint", &text).unwrap();
    std::fs::write(
        dist.join("services/product-quality-complaint.json"),
        serde_json::to_string(&service).unwrap(),
    )
    .unwrap();
    let settings = Cli::parse_from(["portal-server", "--dist", dist.to_str().unwrap()]).settings;
    let app = app(&settings, Arc::new(FullDisk), None).unwrap();

    let body = serde_json::json!({
        "service": "product-quality-complaint", "version": 1, "language": "en", "idempotency_key": "full-disk-1",
        "answers": {
            "product": ["kettle"], "where-bought": ["shop"], "purchase-date": ["1", "2", "2026"],
            "what-happened": ["it leaks"], "evidence": ["none"], "contact-method": ["email"],
            "email": ["a@example.cn"], "full-name": ["Li"]
        }
    });
    let request = Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()[header::RETRY_AFTER], "30");
    let json: serde_json::Value =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(json["code"], "unavailable");

    let health = app
        .oneshot(Request::get("/api/health").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(health.status(), StatusCode::SERVICE_UNAVAILABLE);
    std::fs::remove_dir_all(dist).unwrap();
}
