//! Telling the portal that a question page refused what was entered: the service, the page and
//! the error codes shown, never the answers. The server counts them for the department's insight
//! ("where citizens make mistakes"). Sent once per refused Continue, without waiting for the answer; lost quietly when offline.

use crate::fetch::start_post;
use portal_forms::ErrorCode;

const ENDPOINT: &str = "/api/page-errors";

/// Reports `errors` (question id, code) found on `page` of `service`.
pub fn report(service: &str, page: &str, errors: &[(String, ErrorCode)]) {
    let codes: Vec<String> = errors
        .iter()
        .map(|(_, code)| format!("\"{}\"", code.as_str()))
        .collect();
    let body = format!(
        r#"{{"service":"{service}","page":"{page}","codes":[{}]}}"#,
        codes.join(",")
    );
    // Not awaited: the request goes on its own, and nothing waits for its answer.
    let _ = start_post(ENDPOINT, &body);
}
