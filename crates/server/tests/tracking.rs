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

#[test]
fn bad_ratings_are_answered_by_their_deadline_and_the_answer_reaches_the_citizen() {
    let server = Server::start(&["--rating-reply-days", "3"]);
    let (reference, secret) = send(&server, "track-0005");
    let (good, good_secret) = send(&server, "track-0006");
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "manager", "周"),
    );
    for r in [&reference, &good] {
        assert_eq!(staff.move_to(r, "received", "refused", None).status, 200);
    }
    let bad = rate(
        &server,
        &json!({ "reference": reference, "secret": secret, "level": 1, "problems": ["outcome"] }),
    );
    assert_eq!(bad.status, 201);
    assert_eq!(
        rate(
            &server,
            &json!({ "reference": good, "secret": good_secret, "level": 5 })
        )
        .status,
        201
    );

    let listed = staff.get("/console/api/ratings").json();
    assert_eq!(
        listed["ratings"].as_array().unwrap().len(),
        1,
        "only the bad one: {listed}"
    );
    let item = &listed["ratings"][0];
    assert_eq!(item["reference"], reference.as_str());
    assert_eq!(item["overdue"], false);
    let (rated, deadline) = (
        item["rated_at"].as_i64().unwrap(),
        item["deadline"].as_i64().unwrap(),
    );
    assert!(
        deadline - rated >= 3 * 86_400 && deadline - rated <= 6 * 86_400,
        "3 working days"
    );

    let figures = staff
        .get("/console/api/services/product-quality-complaint/figures")
        .json();
    assert_eq!(figures["ratings"]["count"], 2);
    assert_eq!(figures["ratings"]["levels"], json!([1, 0, 0, 0, 1]));
    assert_eq!(figures["ratings"]["unanswered"], 1);

    // Made overdue by moving the rating back in time.
    server.sql("UPDATE ratings SET rated_at = rated_at - 8 * 86400 WHERE level = 1");
    assert_eq!(
        staff.get("/console/api/ratings").json()["ratings"][0]["overdue"],
        true
    );
    assert_eq!(
        staff
            .get("/console/api/services/product-quality-complaint/figures")
            .json()["ratings"]["overdue"],
        1
    );

    let empty = staff.post(
        &format!("/console/api/applications/{reference}/rating-reply"),
        &json!({ "reply": "  " }),
    );
    assert_eq!((empty.status, code(&empty)), (400, "reply-missing".into()));
    let none = staff.post(
        &format!("/console/api/applications/{good}/rating-reply"),
        &json!({ "reply": "谢谢" }),
    );
    assert_eq!((none.status, code(&none)), (409, "no-bad-rating".into()));
    let answer = "我们已重新审查，并将在5个工作日内联系您。";
    let replied = staff.post(
        &format!("/console/api/applications/{reference}/rating-reply"),
        &json!({ "reply": answer }),
    );
    assert_eq!(replied.status, 200, "{}", replied.body);
    let twice = staff.post(
        &format!("/console/api/applications/{reference}/rating-reply"),
        &json!({ "reply": "再次" }),
    );
    assert_eq!(
        (twice.status, code(&twice)),
        (409, "already-answered".into())
    );

    let seen = track(&server, &reference, &secret).json();
    assert_eq!(seen["rating"]["reply"], answer);
    assert!(
        !seen.to_string().contains("周"),
        "the answer, not who wrote it"
    );
    let listed = staff.get("/console/api/ratings").json();
    assert!(listed["ratings"][0]["answered_at"].is_i64());
    assert_eq!(
        listed["ratings"][0]["overdue"], true,
        "answered late stays counted as late"
    );

    // Another department sees none of it.
    let (_, other) = enrol(&server, &add_staff(&server, "commerce", "manager", "吴"));
    assert!(
        other.get("/console/api/ratings").json()["ratings"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let refused = other.post(
        &format!("/console/api/applications/{reference}/rating-reply"),
        &json!({ "reply": "x" }),
    );
    assert_eq!((refused.status, code(&refused)), (404, "not-found".into()));
    let figures = other.get("/console/api/services/product-quality-complaint/figures");
    assert_eq!(
        (figures.status, code(&figures)),
        (403, "not-your-department".into())
    );
    assert!(
        String::from_utf8(staff::command(&server, &["audit"]).stdout)
            .unwrap()
            .contains("\"reply-rating\"")
    );
}

#[test]
fn a_consultation_is_rated_as_soon_as_it_is_sent() {
    let server = Server::start(&[]);
    let reply = server.submit(&json!({
        "service": "public-consultation", "version": 1, "language": "zh-CN",
        "idempotency_key": "track-consultation-1",
        "answers": { "overall": ["support"], "views": ["很好。"], "anonymous": ["anonymous"] },
    }));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let (reference, secret) = (
        reply.json()["reference"].as_str().unwrap().to_string(),
        reply.json()["secret"].as_str().unwrap().to_string(),
    );
    let seen = track(&server, &reference, &secret).json();
    assert_eq!(seen["status"], "received");
    assert_eq!(seen["can_rate"], true, "nothing will be decided: rated now");
    let rated = rate(
        &server,
        &json!({ "reference": reference, "secret": secret, "level": 4 }),
    );
    assert_eq!(rated.status, 201, "{}", rated.body);
    assert_eq!(
        track(&server, &reference, &secret).json()["can_rate"],
        false
    );
    // A complaint, which the department decides, still waits for its decision.
    let (complaint, complaint_secret) = send(&server, "track-consultation-2");
    let early = rate(
        &server,
        &json!({ "reference": complaint, "secret": complaint_secret, "level": 4 }),
    );
    assert_eq!((early.status, code(&early)), (409, "not-ended".into()));
}
