//! Open data at a stable address, for a service whose department turned it on: aggregates only,
//! for months that have ended, every count from 1 to 4 written "<5" and the others rounded to
//! fives, nothing for other services.

mod support;

use serde_json::Value;
use support::{Server, complaint};

/// Every count in the file (numbers, except the median, which is not a count).
fn counts(value: &Value, key: &str, out: &mut Vec<u64>) {
    match value {
        Value::Number(n) if key != "median_days_to_decision" => out.push(n.as_u64().unwrap()),
        Value::Array(items) => items.iter().for_each(|v| counts(v, key, out)),
        Value::Object(fields) => fields.iter().for_each(|(k, v)| counts(v, k, out)),
        _ => {}
    }
}

#[test]
fn published_aggregates_never_show_a_count_below_five() {
    let server = Server::start_with(&["--rate-limit-per-minute", "0"], |dist| {
        let file = dist.join("services/departments.json");
        let mut table: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for department in table["departments"].as_array_mut().unwrap() {
            if department["id"] == "market-regulation" {
                department["open_data"] = serde_json::json!(["product-quality-complaint"]);
            }
        }
        std::fs::write(&file, table.to_string()).unwrap();
    });
    let mut references = Vec::new();
    for i in 0..9 {
        let reply = server.submit(&complaint(&format!("open-{i:04}")));
        assert_eq!(reply.status, 201);
        references.push(reply.json()["reference"].as_str().unwrap().to_string());
    }
    // Seven in a month that has ended, one in a month before it, one this month (not counted
    // until the month ends); one of the seven decided and rated.
    let back = |reference: &str, days: i64| {
        server.sql(&format!(
            "UPDATE submissions SET received_at = received_at - {days} * 86400 WHERE reference = '{reference}'"
        ));
    };
    for reference in &references[..7] {
        back(reference, 40);
    }
    back(&references[7], 75);
    server.sql(&format!(
        "UPDATE submissions SET status = 'completed', status_changed_at = received_at + 86400 WHERE reference = '{}'",
        references[0]
    ));
    server.sql(&format!(
        "INSERT INTO ratings (submission_id, level, problems, rated_at) SELECT id, 4, '[]', received_at FROM submissions WHERE reference = '{}'",
        references[0]
    ));

    let reply = server.get("/open-data/product-quality-complaint.json");
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("Access-Control-Allow-Origin"), Some("*"));
    let data = reply.json();
    // Eight counted, rounded to ten; seven received, rounded to five; one completed, hidden:
    // no subtraction gives the hidden count back.
    assert_eq!(data["applications"], 10);
    assert_eq!(data["by_status"]["received"], 5);
    assert_eq!(data["by_status"]["completed"], "<5");
    assert_eq!(data["ratings"], serde_json::json!([0, 0, 0, "<5", 0]));
    assert_eq!(
        data["median_days_to_decision"],
        Value::Null,
        "one decision: not published"
    );
    let months = data["months"].as_array().unwrap();
    assert_eq!(months.len(), 2, "{months:?}");
    assert_eq!(months[0]["applications"], "<5");
    assert_eq!(months[1]["applications"], 5);
    assert_eq!(
        data["through"], months[1]["month"],
        "the last month counted"
    );
    let mut all = Vec::new();
    counts(&data, "", &mut all);
    assert!(all.iter().all(|n| n % 5 == 0), "{all:?}");
    for reference in &references {
        assert!(!reply.body.contains(reference.as_str()));
    }
    assert!(!reply.body.contains("李四") && !reply.body.contains("漏电"));

    let csv = server.get("/open-data/product-quality-complaint.csv");
    assert_eq!(csv.status, 200);
    assert!(csv.header("Content-Type").unwrap().starts_with("text/csv"));
    for line in csv.body.lines().skip(1) {
        let value = line.rsplit(',').next().unwrap();
        assert!(
            value == "<5" || value.parse::<u64>().is_ok_and(|n| n % 5 == 0),
            "{line}"
        );
    }
    assert!(csv.body.contains("status,completed,<5"), "{}", csv.body);

    // Services whose department does not publish them, and anything else: not found.
    for path in [
        "/open-data/id-card-replacement.json",
        "/open-data/product-quality-complaint",
        "/open-data/x.csv",
    ] {
        assert_eq!(server.get(path).status, 404, "{path}");
    }
}
