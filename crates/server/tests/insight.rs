//! `portal-server insight` on seeded data whose answer is known, on whichever store the suite
//! runs on: counts, statuses, days to a decision, ratings, "was this page useful", and the terms
//! rising this week in Chinese and English, with no number or address ever a term.

#[path = "support/passkey.rs"]
mod passkey;
#[path = "support/staff.rs"]
mod staff;
mod support;

use serde_json::Value;
use std::process::Command;
use support::{Server, complaint};

/// Sends a complaint in `language` saying `what`, received `days_ago` days ago; its reference.
fn seed(server: &Server, key: &str, language: &str, what: &str, days_ago: i64) -> String {
    let mut body = complaint(key);
    body["language"] = Value::from(language);
    body["answers"]["what-happened"] = serde_json::json!([what]);
    let reply = server.submit(&body);
    assert_eq!(reply.status, 201, "{}", reply.body);
    let reference = reply.json()["reference"].as_str().unwrap().to_string();
    server.sql(&format!(
        "UPDATE submissions SET received_at = received_at - {days_ago} * 86400 - 60 WHERE reference = '{reference}'"
    ));
    reference
}

fn insight(server: &Server, format: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args([
            "insight",
            "--service",
            "product-quality-complaint",
            "--format",
            format,
            "--dist",
        ])
        .arg(server.folder.join("dist"))
        .args(server.database_args())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn figures_and_rising_terms_from_seeded_applications() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    // Four weeks before: two a week about sockets (zh) and late delivery (en).
    for (i, days) in [8, 10, 15, 17, 22, 24, 29, 31].iter().enumerate() {
        seed(
            &server,
            &format!("zh-before-{i:03}"),
            "zh-CN",
            "插座质量差，用了一周就坏了。",
            *days,
        );
        seed(
            &server,
            &format!("en-before-{i:03}"),
            "en",
            "Late delivery of the parcel, again.",
            *days,
        );
    }
    // This week: kettles leaking current (zh, with a phone number each time) and swelling
    // batteries (en, with an e-mail address), and sockets as often as before.
    let mut leaks = Vec::new();
    for i in 0..5 {
        leaks.push(seed(
            &server,
            &format!("zh-now-{i:03}"),
            "zh-CN",
            "电热水壶烧水时漏电，客服电话13800138000一直不接。",
            1 + i % 3,
        ));
    }
    for i in 0..2 {
        seed(
            &server,
            &format!("zh-socket-{i:03}"),
            "zh-CN",
            "插座质量差。",
            2,
        );
    }
    for i in 0..5 {
        seed(
            &server,
            &format!("en-now-{i:03}"),
            "en",
            "The battery swelled while charging; write to buyer@example.com please.",
            2,
        );
    }
    // One decided in three days, rated 2; one "useful" answer on the information page.
    server.sql(&format!(
        "UPDATE submissions SET status = 'completed', status_changed_at = received_at + 3 * 86400 WHERE reference = '{}'",
        leaks[0]
    ));
    server.sql(&format!(
        "INSERT INTO ratings (submission_id, level, problems, rated_at) SELECT id, 2, '[]', received_at FROM submissions WHERE reference = '{}'",
        leaks[0]
    ));
    let useful = server.post(
        "/api/feedback",
        "application/json",
        br#"{"service":"product-quality-complaint","useful":true}"#,
    );
    assert_eq!(useful.status, 204, "{}", useful.body);
    // Two views of the information page (counted on the side of the answer).
    for _ in 0..2 {
        assert_eq!(
            server
                .get("/services/product-quality-complaint?lang=zh-CN")
                .status,
            200
        );
    }
    assert_eq!(server.get("/services/no-such-service").status, 404);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while server
        .sql("SELECT COALESCE(SUM(views), 0) FROM page_views")
        .trim()
        != "2"
    {
        assert!(std::time::Instant::now() < deadline, "views not counted");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    let figures: Value = serde_json::from_str(&insight(&server, "json")).unwrap();
    assert_eq!(figures["applications"], 28);
    let per_day: u64 = figures["per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["applications"].as_u64().unwrap())
        .sum();
    assert_eq!(per_day, 28);
    assert_eq!(figures["by_status"]["completed"], 1);
    assert_eq!(figures["by_status"]["received"], 27);
    assert_eq!(figures["median_days_to_decision"], 3.0);
    assert_eq!(
        figures["ratings"]["levels"],
        serde_json::json!([0, 1, 0, 0, 0])
    );
    assert_eq!(figures["page_useful"]["yes"], 1);
    assert_eq!(figures["information_page_views"], 2);
    assert_eq!(figures["sent_per_hundred_views"], 1400.0);

    let terms = figures["rising_terms"].as_array().unwrap();
    let term = |language: &str, term: &str| {
        terms
            .iter()
            .find(|t| t["language"] == language && t["term"] == term)
            .cloned()
    };
    let leak = term("zh-CN", "漏电").expect("漏电 rises");
    assert_eq!(leak["last_week"], 5);
    assert_eq!(leak["weekly_before"], 0.0);
    let example = leak["examples"][0]["passage"].as_str().unwrap();
    assert!(
        example.contains("漏电") && !example.contains("13800138000"),
        "{example}"
    );
    assert!(term("en", "battery").is_some(), "{terms:?}");
    assert!(
        term("zh-CN", "插座").is_none(),
        "as often as before: {terms:?}"
    );
    assert!(term("en", "delivery").is_none(), "only before: {terms:?}");
    for t in terms {
        let text = t["term"].as_str().unwrap();
        assert!(
            !text.chars().any(|c| c.is_ascii_digit()) && !text.contains('@'),
            "personal data as a term: {text}"
        );
    }
    let all = serde_json::to_string(&figures).unwrap();
    assert!(
        !all.contains("13800138000")
            && !all.contains("buyer@example.com")
            && !all.contains("li@example.cn")
    );

    let csv = insight(&server, "csv");
    // Shown with --nocapture: the README's example comes from here.
    eprintln!("{csv}");
    assert!(csv.starts_with("measure,key,value\n"), "{csv}");
    assert!(csv.contains("rising term (zh-CN),\"漏电\",5"), "{csv}");
    assert!(csv.contains("status,completed,1"), "{csv}");
}

/// The question pages' refusals, as the app reports them (codes, never answers): counted per page
/// and code, most first, in the JSON and the CSV; unknown services, pages and codes refused.
#[test]
fn refusals_on_question_pages_are_counted_per_page_and_code() {
    let server = Server::start(&[]);
    let report = |body: &str| server.post("/api/page-errors", "application/json", body.as_bytes());
    let purchase = r#"{"service":"product-quality-complaint","page":"purchase","codes":["required","date-not-real"]}"#;
    for _ in 0..3 {
        assert_eq!(report(purchase).status, 204);
    }
    let phone = r#"{"service":"product-quality-complaint","page":"phone","codes":["mobile-number-invalid"]}"#;
    assert_eq!(report(phone).status, 204);
    assert_eq!(
        report(r#"{"service":"product-quality-complaint","page":"product","codes":["required"]}"#)
            .status,
        204
    );
    for (body, status) in [
        (
            r#"{"service":"no-such-service","page":"product","codes":["required"]}"#,
            404,
        ),
        (
            r#"{"service":"product-quality-complaint","page":"no-such-page","codes":["required"]}"#,
            404,
        ),
        (
            r#"{"service":"product-quality-complaint","page":"product","codes":["made-up"]}"#,
            400,
        ),
        (
            r#"{"service":"product-quality-complaint","page":"product","codes":[]}"#,
            400,
        ),
        // One question on the page: at most one refusal per report.
        (
            r#"{"service":"product-quality-complaint","page":"product","codes":["required","too-long"]}"#,
            400,
        ),
        (
            r#"{"service":"product-quality-complaint","page":"product","codes":["required"],"answer":"x"}"#,
            400,
        ),
    ] {
        assert_eq!(report(body).status, status, "{body}");
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while server
        .sql("SELECT COALESCE(SUM(count), 0) FROM page_errors")
        .trim()
        != "8"
    {
        assert!(std::time::Instant::now() < deadline, "refusals not counted");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    let figures: Value = serde_json::from_str(&insight(&server, "json")).unwrap();
    assert_eq!(
        figures["validation_errors"],
        serde_json::json!([
            {"page": "purchase", "errors": 6, "codes": [
                {"code": "date-not-real", "errors": 3},
                {"code": "required", "errors": 3},
            ]},
            {"page": "product", "errors": 1, "codes": [{"code": "required", "errors": 1}]},
            {"page": "phone", "errors": 1, "codes": [{"code": "mobile-number-invalid", "errors": 1}]},
        ])
    );
    let csv = insight(&server, "csv");
    assert!(
        csv.contains("validation errors (purchase),required,3\n"),
        "{csv}"
    );
    assert!(
        csv.contains("validation errors (phone),mobile-number-invalid,1\n"),
        "{csv}"
    );
}

#[test]
fn managers_read_insight_in_the_console_and_caseworkers_do_not() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    for i in 0..5 {
        seed(
            &server,
            &format!("leak-{i:03}"),
            "zh-CN",
            "电热水壶烧水时漏电。",
            1,
        );
    }
    // An administrator: a manager who may also read the audit log.
    let manager = staff::add_staff(&server, "market-regulation", "administrator", "周敏");
    let (_, manager) = staff::enrol(&server, &manager);
    let reply = manager.get("/console/api/services/product-quality-complaint/insight");
    assert_eq!(reply.status, 200, "{}", reply.body);
    let figures = reply.json();
    assert_eq!(figures["applications"], 5);
    assert!(
        figures["rising_terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["term"] == "漏电" && t["last_week"] == 5),
        "{figures}"
    );
    let audit = manager.get("/console/api/audit").body;
    assert!(audit.contains("view-insight"), "{audit}");
    // The applications whose passages were shown are named in the entry.
    let shown = figures["rising_terms"][0]["examples"][0]["reference"]
        .as_str()
        .unwrap();
    assert!(audit.contains(shown), "{audit}");

    let caseworker = staff::add_staff(&server, "market-regulation", "caseworker", "吴强");
    let (_, caseworker) = staff::enrol(&server, &caseworker);
    let refused = caseworker.get("/console/api/services/product-quality-complaint/insight");
    assert_eq!(refused.status, 403);
    let other = manager.get("/console/api/services/id-card-replacement/insight");
    assert_eq!(other.status, 403, "another department's service");
}
