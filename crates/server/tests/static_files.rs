//! Serving dist/: what a browser gets back for app routes, assets, missing files and encodings.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clap::Parser;
use http_body_util::BodyExt;
use portal_server::store::SqliteStore;
use portal_server::{Cli, app};
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

const HASHED_JS: &str = "citizen-portal-0123456789abcdef.js";

/// A dist folder with an index page, a hashed script with a brotli copy, a locale file and one
/// service definition.
fn dist() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "portal-dist-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(dir.join("locales/ug")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!DOCTYPE html><title>portal</title>",
    )
    .unwrap();
    std::fs::write(dir.join(HASHED_JS), "console.log('plain')").unwrap();
    std::fs::write(dir.join(format!("{HASHED_JS}.br")), "BROTLI-BYTES").unwrap();
    std::fs::write(dir.join("locales/ug/shell.ftl"), "site-name = پورتال\n").unwrap();
    std::fs::create_dir_all(dir.join("services")).unwrap();
    std::fs::write(
        dir.join("services/id-card-replacement.json"),
        r#"{"id":"id-card-replacement","version":1,"topic":"identity-residence","pages":[{"id":"reason","questions":[]}]}"#,
    )
    .unwrap();
    dir
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

async fn get(
    path: &str,
    accept_encoding: Option<&str>,
    behind_tls: bool,
) -> (StatusCode, axum::http::HeaderMap, String) {
    get_with(path, accept_encoding, behind_tls, None).await
}

async fn get_with(
    path: &str,
    accept_encoding: Option<&str>,
    behind_tls: bool,
    if_modified_since: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let dir = dist();
    let mut args = vec![
        "portal-server".to_string(),
        "--dist".into(),
        dir.display().to_string(),
    ];
    if behind_tls {
        args.push("--behind-tls".into());
    }
    let settings = Cli::parse_from(args).settings;
    let mut request = Request::get(path);
    if let Some(encoding) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encoding);
    }
    if let Some(date) = if_modified_since {
        request = request.header(header::IF_MODIFIED_SINCE, date);
    }
    let store =
        Arc::new(SqliteStore::open(&dir.join("data/portal.sqlite"), Default::default()).unwrap());
    let response = app(&settings, store, None)
        .unwrap()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    std::fs::remove_dir_all(dir).unwrap();
    (status, headers, String::from_utf8_lossy(&body).to_string())
}

#[tokio::test]
async fn a_deep_link_reloads_into_the_app() {
    let (status, headers, body) = get("/services/id-card-replacement", None, false).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<title>portal</title>"));
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn every_page_of_a_known_service_reloads_into_the_app() {
    for path in [
        "/",
        "/search",
        "/privacy",
        "/services/id-card-replacement/reason",
        "/services/id-card-replacement/check-answers",
    ] {
        let (status, _, body) = get(path, None, false).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("<title>portal</title>"), "{path}");
    }
}

#[tokio::test]
async fn an_address_naming_no_page_gets_the_app_with_a_real_404() {
    for path in [
        "/no-such-page",
        "/services/no-such-service",
        "/services/id-card-replacement/no-such-question",
        "/services/id-card-replacement/exit/no-such-exit",
    ] {
        let (status, headers, body) = get(path, None, false).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            body.contains("<title>portal</title>"),
            "{path}: the app, which says the page was not found"
        );
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
    }
    // A browser that has the app cached asks conditionally; it still learns the page is missing.
    // Each request here writes a fresh dist folder, so a date well after now is the safe one.
    let date = "Fri, 01 Jan 2100 00:00:00 GMT";
    let (status, _, _) = get_with("/", None, false, Some(date)).await;
    assert_eq!(
        status,
        StatusCode::NOT_MODIFIED,
        "a page that exists is revalidated"
    );
    let (status, _, body) = get_with("/no-such-page", None, false, Some(date)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("<title>portal</title>"));
}

#[tokio::test]
async fn a_missing_asset_is_a_real_404_not_the_app() {
    let (status, _, body) = get("/citizen-portal-ffffffffffffffff.js", None, false).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("<title>"));
    let (status, _, _) = get("/locales/ug/missing.ftl", None, false).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn hashed_assets_are_cached_forever_and_sent_brotli_when_accepted() {
    let (status, headers, body) = get(&format!("/{HASHED_JS}"), Some("gzip, br"), false).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, "BROTLI-BYTES");
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );

    let (_, headers, body) = get(&format!("/{HASHED_JS}"), None, false).await;
    assert!(!headers.contains_key(header::CONTENT_ENCODING));
    assert_eq!(body, "console.log('plain')");
}

#[tokio::test]
async fn locale_files_are_revalidated_because_their_names_do_not_change() {
    let (status, headers, body) = get("/locales/ug/shell.ftl", None, false).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("پورتال"));
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in ["/", "/nope.js"] {
        let (_, headers, _) = get(path, None, false).await;
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        for directive in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: CSP lacks {directive}");
        }
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
            "{path}: {csp}"
        );
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
        assert!(headers.contains_key("permissions-policy"));
        assert!(
            !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            "no HSTS without TLS"
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_when_behind_tls() {
    let (_, headers, _) = get("/", None, true).await;
    assert!(
        headers[header::STRICT_TRANSPORT_SECURITY]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
}

#[tokio::test]
async fn long_or_odd_paths_are_never_a_server_error() {
    let long = "a".repeat(256);
    let chinese = "%E5%8A%9E".repeat(86);
    for path in [
        format!("/{long}"),
        format!("/{long}.js"),
        format!("/services/{long}"),
        format!("/services/{chinese}"),
        format!("/locales/ug/{chinese}.ftl"),
        format!("/{}", "b/".repeat(2000)),
        "/%00".to_string(),
        "/..%2f..%2fetc%2fpasswd".to_string(),
        "/locales/ug/%2e%2e/%2e%2e/Cargo.toml".to_string(),
        "/%ff%fe".to_string(),
        "/a//b".to_string(),
    ] {
        let (status, _, _) = get(&path, Some("br"), false).await;
        assert!(
            status == StatusCode::NOT_FOUND || status == StatusCode::BAD_REQUEST,
            "{status} for {}",
            &path[..path.len().min(60)]
        );
    }
}
