//! Serves `dist/`: precompressed brotli or gzip by `Accept-Encoding`, long caching for files
//! whose name carries a content hash, revalidation for everything else, and `index.html` for
//! app routes, while a missing asset stays a real 404. An address that names no page (unknown
//! path, service, question page or exit) also gets `index.html`, where the app says "page not
//! found", but with status 404, so links checkers, search engines and monitoring see it.

use crate::definitions::Definitions;
use crate::pages::{DISPLAY_COOKIE, Display, LANGUAGE_COOKIE, Pages, cookie, remember};
use crate::tallies::Tallies;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use portal_forms::address::{Address, ServiceStep};
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt;
use tower::service_fn;
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// The longest file or folder name a file system takes (Linux: 255 bytes).
const LONGEST_NAME: usize = 255;

/// What answers an address that is not a file: the app's page, the rendered pages if the build
/// made them, and whether cookies must be marked `Secure`.
#[derive(Clone)]
struct Site {
    index: PathBuf,
    definitions: Arc<Definitions>,
    pages: Option<Arc<Pages>>,
    behind_tls: bool,
    /// Where views of information pages are counted (per service and day, nothing else).
    views: Arc<Tallies>,
    utc_offset_hours: i32,
}

pub fn router(
    dist: &Path,
    definitions: Arc<Definitions>,
    behind_tls: bool,
    views: Arc<Tallies>,
    utc_offset_hours: i32,
) -> Router {
    let site = Site {
        index: dist.join("index.html"),
        definitions,
        pages: Pages::load(dist).map(Arc::new),
        behind_tls,
        views,
        utc_offset_hours,
    };
    let pages = {
        let site = site.clone();
        service_fn(move |request: Request| page_or_not_found(request, site.clone()))
    };
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(pages);
    // A name no file can have goes straight to "page not found": asked of the file system, it
    // would fail with "File name too long", which ServeDir answers with 500.
    let serve = service_fn(move |request: Request| {
        let (files, site) = (files.clone(), site.clone());
        async move {
            if names_no_file(request.uri().path()) {
                return page_or_not_found(request, site).await;
            }
            Ok::<_, Infallible>(
                files
                    .oneshot(request)
                    .await
                    .map(IntoResponse::into_response)
                    .unwrap_or_else(|e| match e {}),
            )
        }
    });
    Router::new()
        .fallback_service(serve)
        .layer(middleware::from_fn(cache_headers))
}

/// Whether some segment of `path`, percent-decoded, is longer than any file name can be.
fn names_no_file(path: &str) -> bool {
    path.split('/').any(|segment| {
        let escapes = segment.bytes().filter(|&b| b == b'%').count();
        segment.len().saturating_sub(2 * escapes) > LONGEST_NAME
    })
}

/// Addresses (no file extension) get their page: the rendered page in the citizen's language
/// where the build made one, else the app's `index.html`, so deep links survive a reload. An
/// address that names no page gets "page not found" with status 404; anything that looks like a
/// file and is not there is a plain 404, so a broken deployment is visible.
async fn page_or_not_found(mut request: Request, site: Site) -> Result<Response, Infallible> {
    let path = request.uri().path().to_string();
    if looks_like_a_file(&path) {
        return Ok((StatusCode::NOT_FOUND, "not found").into_response());
    }
    let address = Address::from_path(&path);
    let exists = !names_no_file(&path) && address.exists(|id| site.definitions.latest(id));
    if let (
        true,
        true,
        Address::Service {
            id,
            step: ServiceStep::Start,
        },
    ) = (
        exists,
        request.method() == axum::http::Method::GET,
        &address,
    ) {
        site.views
            .view(id, crate::api::today(site.utc_offset_hours).to_iso());
    }
    if !exists {
        // The whole page, never "304 Not Modified": the status is what matters here.
        for name in [header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE] {
            request.headers_mut().remove(name);
        }
    }
    let rendered = site
        .pages
        .as_ref()
        .and_then(|pages| pages.page(&address, exists, request.uri().query(), request.headers()));
    let mut response = match &rendered {
        Some(page) => rendered_page(request, page).await,
        None => ServeFile::new(&site.index)
            .precompressed_br()
            .precompressed_gzip()
            .oneshot(request)
            .await
            .map(IntoResponse::into_response)
            .unwrap_or_else(|e| match e {}),
    };
    if !exists && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(REVALIDATE));
    }
    if let Some(page) = rendered {
        let headers = response.headers_mut();
        // The same address is another page in another language or display.
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"),
        );
        if let Ok(language) = HeaderValue::from_str(&page.language) {
            headers.insert(header::CONTENT_LANGUAGE, language);
        }
        if page.remember_language
            && let Some(cookie) = remember(LANGUAGE_COOKIE, &page.language, site.behind_tls)
        {
            headers.append(header::SET_COOKIE, cookie);
        }
    }
    Ok(response)
}

/// A rendered page as it is on disk (precompressed), or, for a citizen who chose display
/// settings, marked with them (then compressed here when the browser takes brotli).
async fn rendered_page(request: Request, page: &crate::pages::Page) -> Response {
    let display = cookie(request.headers(), DISPLAY_COOKIE)
        .map(|value| Display::parse(&value))
        .unwrap_or_default();
    if display == Display::default() {
        return ServeFile::new(&page.file)
            .precompressed_br()
            .precompressed_gzip()
            .oneshot(request)
            .await
            .map(IntoResponse::into_response)
            .unwrap_or_else(|e| match e {});
    }
    let Ok(html) = tokio::fs::read_to_string(&page.file).await else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let html = display.apply(&html);
    let takes_brotli = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("br")));
    let mut response = if takes_brotli {
        let mut compressed = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 5,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut html.as_bytes(), &mut compressed, &params);
        let mut response = Body::from(compressed).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        response
    } else {
        Body::from(html).into_response()
    };
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

fn looks_like_a_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.contains('.'))
}

/// Trunk names built assets `name-<hash>.ext` (a 64-bit hash in hex without leading zeros, so up
/// to 16 digits), and the wasm build goes into a `pkg-<hash>/` folder; such names never change
/// content.
fn is_content_hashed(path: &str) -> bool {
    let hashed = |stem: &str| {
        stem.rsplit_once('-').is_some_and(|(_, hash)| {
            (13..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
    };
    if path
        .split('/')
        .any(|segment| segment.starts_with("pkg-") && hashed(segment))
    {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    hashed(stem.strip_suffix("_bg").unwrap_or(stem))
}

async fn cache_headers(request: Request<Body>, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let policy = if is_content_hashed(&path) {
            IMMUTABLE
        } else {
            REVALIDATE
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
        if !headers.contains_key(header::VARY) {
            headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_content_hashed("/citizen-portal-1a2b3c4d5e6f7081.js"));
        assert!(is_content_hashed(
            "/citizen-portal-1a2b3c4d5e6f7081_bg.wasm"
        ));
        assert!(is_content_hashed("/tokens-0123456789abcdef.css"));
        assert!(
            is_content_hashed("/portal-cd5d530c8521a9f.css"),
            "a hash with a leading zero dropped"
        );
        assert!(is_content_hashed("/pkg-0123456789abcdef/__wasm_split.js"));
        assert!(is_content_hashed(
            "/pkg-0123456789abcdef/split_journey_renderer.wasm"
        ));
        assert!(!is_content_hashed("/pkg-nothex/citizen-portal.js"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/locales/ug/shell.ftl"));
        assert!(!is_content_hashed("/start.js"));
    }

    #[test]
    fn names_longer_than_a_file_system_takes_are_recognised_after_decoding() {
        assert!(!names_no_file(&format!("/{}", "a".repeat(255))));
        assert!(names_no_file(&format!("/{}", "a".repeat(256))));
        // 86 Chinese characters: 258 bytes, written as 774 characters of percent escapes.
        assert!(names_no_file(&format!(
            "/services/{}",
            "%E5%8A%9E".repeat(86)
        )));
        assert!(!names_no_file(&format!(
            "/services/{}",
            "%E5%8A%9E".repeat(85)
        )));
    }

    #[test]
    fn only_paths_with_an_extension_look_like_files() {
        assert!(looks_like_a_file("/missing-1234.js"));
        assert!(looks_like_a_file("/locales/ug/nope.ftl"));
        assert!(!looks_like_a_file("/services/id-card-replacement"));
        assert!(!looks_like_a_file("/"));
    }
}
