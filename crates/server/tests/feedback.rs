//! "Was this page useful?": counts per service over real HTTP with real SQLite, refusals for
//! anything else, and nothing about who answered.

mod support;

use support::Server;

fn answer(server: &Server, body: &str) -> u16 {
    server
        .post("/api/feedback", "application/json", body.as_bytes())
        .status
}

#[test]
fn answers_are_counted_per_service_and_survive_a_restart() {
    let server = Server::start(&[]);
    let service = "product-quality-complaint";
    for useful in [true, true, false] {
        let body = format!(r#"{{"service":"{service}","useful":{useful}}}"#);
        assert_eq!(answer(&server, &body), 204);
    }
    let server = server.crash_and_restart();
    let counts = server.get("/api/feedback").json();
    assert_eq!(counts["services"][service]["yes"], 2);
    assert_eq!(counts["services"][service]["no"], 1);
}

#[test]
fn unknown_services_and_anything_but_a_yes_or_no_are_refused() {
    let server = Server::start(&[]);
    assert_eq!(
        answer(&server, r#"{"service":"no-such-service","useful":true}"#),
        404
    );
    assert_eq!(
        answer(
            &server,
            r#"{"service":"product-quality-complaint","useful":"yes"}"#
        ),
        400
    );
    assert_eq!(
        answer(
            &server,
            r#"{"service":"product-quality-complaint","useful":true,"email":"a@b.cn"}"#
        ),
        400,
        "no other field, so no personal data, is taken"
    );
    let form = server.post(
        "/api/feedback",
        "text/plain",
        br#"{"service":"product-quality-complaint","useful":true}"#,
    );
    assert_eq!(form.status, 415);
    assert_eq!(
        server.get("/api/feedback").json()["services"],
        serde_json::json!({})
    );
}
