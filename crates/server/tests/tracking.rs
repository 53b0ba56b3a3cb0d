//! Citizens follow their application with its reference and tracking secret, and rate the
//! service once it has ended, over HTTP against a real portal-server.

#[path = "support/passkey.rs"]
mod passkey;
#[path = "support/staff.rs"]
mod staff;
mod support;

use serde_json::{Value, json};
use staff::{add_staff, code, enrol};
use support::{Reply, Server, complaint};

fn track(server: &Server, reference: &str, secret: &str) -> Reply {
    server.post(
        "/api/track",
        "application/json",
        json!({ "reference": reference, "secret": secret })
            .to_string()
            .as_bytes(),
    )
}

fn rate(server: &Server, body: &Value) -> Reply {
    server.post(
        "/api/ratings",
        "application/json",
        body.to_string().as_bytes(),
    )
}

/// Sends a complaint; its reference and secret.
fn send(server: &Server, key: &str) -> (String, String) {
    let reply = server.submit(&complaint(key));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let body = reply.json();
    (
        body["reference"].as_str().unwrap().to_string(),
        body["secret"].as_str().unwrap().to_string(),
    )
}

#[test]
fn the_citizen_follows_the_status_and_the_departments_messages_and_rates_once() {
    let server = Server::start(&[]);
    let (reference, secret) = send(&server, "track-0001");
    assert_eq!(secret.len(), 6);
    // A retry after a lost answer gets the same secret.
    assert_eq!(
        server.submit(&complaint("track-0001")).json()["secret"],
        secret.as_str()
    );

    let first = track(&server, &reference, &secret);
    assert_eq!(first.status, 200, "{}", first.body);
    let first = first.json();
    assert_eq!(first["status"], "received");
    assert_eq!(first["can_rate"], false);
    let early = rate(
        &server,
        &json!({ "reference": reference, "secret": secret, "level": 5 }),
    );
    assert_eq!((early.status, code(&early)), (409, "not-ended".into()));

    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "王芳"),
    );
    assert_eq!(
        staff
            .move_to(&reference, "received", "in-progress", None)
            .status,
        200
    );
    assert_eq!(
        staff
            .move_to(&reference, "in-progress", "completed", Some("退款已到账。"))
            .status,
        200
    );
    // Typed in lower case, with spaces around: still found.
    let now = track(
        &server,
        &format!(" {} ", reference.to_lowercase()),
        &secret.to_lowercase(),
    )
    .json();
    assert_eq!(now["status"], "completed");
    assert_eq!(now["history"][1]["message"], "退款已到账。");
    assert!(
        !now.to_string().contains("王芳"),
        "staff names stay inside the department"
    );
    assert!(
        !now.to_string().contains("电热水壶"),
        "answers are not sent back"
    );
    assert_eq!(now["can_rate"], true);

    let bad = rate(
        &server,
        &json!({
            "reference": reference, "secret": secret, "level": 2,
            "problems": ["slow", "unclear"], "comment": "等了很久。"
        }),
    );
    assert_eq!(bad.status, 201, "{}", bad.body);
    let again = rate(
        &server,
        &json!({ "reference": reference, "secret": secret, "level": 5 }),
    );
    assert_eq!((again.status, code(&again)), (409, "already-rated".into()));
    let rated = track(&server, &reference, &secret).json();
    assert_eq!(rated["rating"]["level"], 2);
    assert_eq!(rated["rating"]["problems"], json!(["slow", "unclear"]));
    assert_eq!(rated["can_rate"], false);
    // The department sees it with the application.
    let seen = staff
        .get(&format!("/console/api/applications/{reference}"))
        .json();
    assert_eq!(seen["rating"]["comment"], "等了很久。");
}

#[test]
fn a_wrong_reference_or_secret_gets_one_neutral_answer() {
    let server = Server::start(&[]);
    let (reference, secret) = send(&server, "track-0002");
    let (other, other_secret) = send(&server, "track-0003");
    let wrong_secret = if secret == "ACDEFG" {
        "ACDEFH"
    } else {
        "ACDEFG"
    };
    let replies = [
        track(&server, &reference, wrong_secret),
        track(&server, "ACDEFGHJ", &secret),
        track(&server, &reference, &other_secret),
        track(&server, &other, &secret),
        track(&server, "../../etc", "x"),
        track(&server, &reference, ""),
    ];
    let first = &replies[0];
    for reply in &replies {
        assert_eq!(
            (reply.status, reply.body.as_str()),
            (first.status, first.body.as_str())
        );
    }
    assert_eq!((first.status, code(first)), (404, "not-found".into()));
    // Nor can someone else's application be rated.
    let forged = rate(
        &server,
        &json!({ "reference": reference, "secret": other_secret, "level": 1 }),
    );
    assert_eq!((forged.status, code(&forged)), (404, "not-found".into()));
}

#[test]
fn ratings_are_checked_before_anything_is_kept() {
    let server = Server::start(&[]);
    let (reference, secret) = send(&server, "track-0004");
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "李"),
    );
    assert_eq!(
        staff
            .move_to(
                &reference,
                "received",
                "refused",
                Some("不属于本部门受理范围。")
            )
            .status,
        200
    );
    let with = |more: Value| {
        let mut body = json!({ "reference": reference, "secret": secret });
        body.as_object_mut()
            .unwrap()
            .extend(more.as_object().unwrap().clone());
        rate(&server, &body)
    };
    for (body, expected) in [
        (json!({ "level": 0 }), "rating-level"),
        (json!({ "level": 6 }), "rating-level"),
        (
            json!({ "level": 1, "problems": ["bribery"] }),
            "rating-problems",
        ),
        (
            json!({ "level": 1, "problems": ["slow", "slow"] }),
            "rating-problems",
        ),
        (
            json!({ "level": 1, "comment": "很".repeat(1001) }),
            "comment-too-long",
        ),
        (
            json!({ "level": 1, "comment": "a\u{202E}b" }),
            "comment-hidden-characters",
        ),
        (json!({ "level": "1" }), "malformed"),
        (json!({ "level": 1, "stars": 5 }), "malformed"),
    ] {
        let reply = with(body.clone());
        assert_eq!(
            (reply.status, code(&reply)),
            (400, expected.to_string()),
            "{body}"
        );
    }
    assert_eq!(
        track(&server, &reference, &secret).json()["rating"],
        Value::Null
    );
    assert_eq!(
        with(json!({ "level": 1, "problems": ["outcome"] })).status,
        201
    );
}

#[test]
fn look_ups_are_rate_limited() {
    let server = Server::start(&["--rate-limit-per-minute", "3"]);
    let statuses: Vec<u16> = (0..5)
        .map(|_| track(&server, "ACDEFGHJ", "ACDEFG").status)
        .collect();
    assert_eq!(statuses, [404, 404, 404, 429, 429]);
}
