//! The console's requests to `/console/api/`: JSON both ways, the CSRF token on every change.

use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

/// An answer: its HTTP status (0 when the network failed) and its JSON body (Null if none).
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

impl Answer {
    /// The refusal's code, for the message `error-<code>`.
    pub fn code(&self) -> String {
        match self.status {
            0 => "network".into(),
            _ => self.body["code"]
                .as_str()
                .unwrap_or("unavailable")
                .to_string(),
        }
    }
}

async fn send(path: &str, init: &RequestInit) -> Option<Response> {
    let request = Request::new_with_str_and_init(path, init).ok()?;
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .ok()?;
    response.dyn_into().ok()
}

async fn answer(response: Option<Response>) -> Answer {
    let Some(response) = response else {
        return Answer {
            status: 0,
            body: Value::Null,
        };
    };
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        Err(_) => None,
    };
    let body = text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    Answer { status, body }
}

pub async fn get(path: &str) -> Answer {
    let init = RequestInit::new();
    init.set_method("GET");
    answer(send(path, &init).await).await
}

pub async fn post(path: &str, body: &Value, csrf: Option<&str>) -> Answer {
    let init = RequestInit::new();
    init.set_method("POST");
    let headers = web_sys::Headers::new().expect("headers");
    let _ = headers.set("Content-Type", "application/json");
    if let Some(csrf) = csrf {
        let _ = headers.set("X-CSRF-Token", csrf);
    }
    init.set_headers(&headers);
    init.set_body(&wasm_bindgen::JsValue::from_str(&body.to_string()));
    answer(send(path, &init).await).await
}

/// A text file of this site (texts, definitions), or `None`.
pub async fn get_text(path: &str) -> Option<String> {
    let init = RequestInit::new();
    init.set_method("GET");
    let response = send(path, &init).await.filter(|r| r.ok())?;
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
