//! Security headers. The Content-Security-Policy allows scripts only from this origin (no inline
//! script: pages load `start.js`) plus wasm compilation. Every response is `nosniff`; the headers
//! only documents read go on everything but the scripts, styles, wasm, texts and definitions a
//! page loads.

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
    script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; \
    connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Denies every powerful feature; read-aloud uses speech synthesis, which needs no permission.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), \
    display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), \
    midi=(), payment=(), publickey-credentials-create=(), publickey-credentials-get=(), usb=(), \
    interest-cohort=()";

/// The department console's pages: the same, except that staff use passkeys there.
pub const CONSOLE_PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), \
    display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), \
    midi=(), payment=(), publickey-credentials-create=(self), publickey-credentials-get=(self), \
    usb=(), interest-cohort=()";

/// Headers that only a document (a page, an SVG opened on its own, the service worker's script)
/// reads. A script, style, wasm module, text or definition that a page loads takes them from
/// the page, so they are left off those files: on a first visit of some 30 files they would
/// add about 18 KB.
const DOCUMENT_HEADERS: [(HeaderName, &str); 4] = [
    (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
    (header::REFERRER_POLICY, "no-referrer"),
    (
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    ),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    ),
];

/// A file a page loads as a subresource, never shown as a document on its own.
fn is_subresource(path: &str) -> bool {
    path != "/sw.js"
        && [".js", ".wasm", ".css", ".ftl", ".json"]
            .iter()
            .any(|ending| path.ends_with(ending))
}

pub fn apply(router: Router, behind_tls: bool) -> Router {
    router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let path = request.uri().path().to_string();
        async move {
            let mut response = next.run(request).await;
            let served_file =
                response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
            let headers = response.headers_mut();
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            if !(served_file && is_subresource(&path)) {
                for (name, value) in DOCUMENT_HEADERS {
                    headers.insert(name, HeaderValue::from_static(value));
                }
                if path == "/console" || path.starts_with("/console/") {
                    headers.insert(
                        HeaderName::from_static("permissions-policy"),
                        HeaderValue::from_static(CONSOLE_PERMISSIONS_POLICY),
                    );
                }
            }
            if behind_tls {
                headers.insert(
                    header::STRICT_TRANSPORT_SECURITY,
                    HeaderValue::from_static("max-age=31536000; includeSubDomains"),
                );
            }
            response
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::is_subresource;

    #[test]
    fn only_files_a_page_loads_go_without_document_headers() {
        for path in [
            "/start-0123456789abcdef.js",
            "/pkg-0123456789abcdef/chunk_8.wasm",
            "/locales/ug/shell.ftl",
            "/services/id-card-replacement.json",
            "/portal-0123.css",
        ] {
            assert!(is_subresource(path), "{path}");
        }
        for path in [
            "/",
            "/services/id-card-replacement",
            "/sw.js",
            "/favicon-0123456789abcdef.svg",
            "/api/health",
        ] {
            assert!(!is_subresource(path), "{path}");
        }
    }
}
