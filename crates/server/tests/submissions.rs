//! The submissions API over real HTTP with real SQLite: every status code, idempotency, many
//! clients at once, a crash in the middle, and hostile input. What a department receives is
//! checked through `portal-server export`.

mod support;

use serde_json::json;
use support::{Server, complaint};

#[test]
fn a_valid_submission_is_stored_and_gets_a_reference() {
    let server = Server::start(&[]);
    let reply = server.submit(&complaint("key-00000001"));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let reference = reply.json()["reference"].as_str().unwrap().to_string();
    assert!(
        portal_forms::reference::is_reference(&reference),
        "{reference}"
    );
    let exported = server.export("product-quality-complaint", "jsonl");
    let row: serde_json::Value = serde_json::from_str(exported.lines().next().unwrap()).unwrap();
    assert_eq!(row["reference"], reference.as_str());
    assert_eq!(row["answers"]["full-name"], json!(["李四"]));
    assert_eq!(row["answers"]["email"], json!(["li@example.cn"]));
}

#[test]
fn the_same_key_stores_once_and_different_content_under_it_is_a_conflict() {
    let server = Server::start(&[]);
    let first = server.submit(&complaint("key-00000002"));
    assert_eq!(first.status, 201);
    let again = server.submit(&complaint("key-00000002"));
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["reference"], first.json()["reference"]);
    let mut changed = complaint("key-00000002");
    changed["answers"]["full-name"] = json!(["王五"]);
    let conflict = server.submit(&changed);
    assert_eq!(conflict.status, 409);
    assert_eq!(conflict.json()["code"], "idempotency-key-reused");
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        1,
        "stored exactly once"
    );
}

#[test]
fn every_refusal_has_its_status_and_code_and_stores_nothing() {
    let server = Server::start(&[]);
    let cases: Vec<(u16, &str, support::Reply)> = vec![
        (400, "malformed", server.post("/api/submissions", "application/json", b"{\"service\":")),
        (415, "unsupported-media-type", server.post("/api/submissions", "text/plain", complaint("key-00000003").to_string().as_bytes())),
        (404, "unknown-service", server.submit(&json!({"service": "nope", "version": 1, "language": "en", "idempotency_key": "key-00000004", "answers": {}}))),
        (404, "unknown-service", {
            let mut old = complaint("key-00000005");
            old["version"] = json!(99);
            server.submit(&old)
        }),
        (400, "invalid", {
            let mut bad = complaint("key-00000006");
            bad["answers"]["email"] = json!(["not an email"]);
            server.submit(&bad)
        }),
        (400, "unknown-question", {
            let mut extra = complaint("key-00000007");
            extra["answers"]["is-admin"] = json!(["yes"]);
            server.submit(&extra)
        }),
        (400, "exited", server.submit(&json!({
            "service": "id-card-replacement", "version": 1, "language": "en", "idempotency_key": "key-00000008",
            "answers": {"reason": ["lost"], "date-of-birth": ["1", "1", "2020"]}
        }))),
        (413, "too-large", server.post("/api/submissions", "application/json", &vec![b' '; 200 * 1024])),
        (404, "unknown-endpoint", server.get("/api/nothing-here")),
    ];
    for (status, code, reply) in &cases {
        assert_eq!(reply.status, *status, "{code}: {}", reply.body);
        assert_eq!(reply.json()["code"], *code, "{}", reply.body);
    }
    let invalid = &cases[4].2.json();
    assert_eq!(invalid["page"], "email");
    assert_eq!(
        invalid["errors"],
        json!([{"question": "email", "code": "email-invalid"}])
    );
    assert!(
        server
            .exported_references("product-quality-complaint")
            .is_empty(),
        "nothing was stored"
    );
}

#[test]
fn a_client_over_the_rate_limit_is_told_when_to_come_back() {
    let server = Server::start(&["--rate-limit-per-minute", "3"]);
    for n in 0..3 {
        assert_eq!(
            server.submit(&complaint(&format!("key-1000000{n}"))).status,
            201
        );
    }
    let limited = server.submit(&complaint("key-10000009"));
    assert_eq!(limited.status, 429);
    assert_eq!(limited.json()["code"], "rate-limited");
    let wait: u64 = limited
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        3
    );
}

#[test]
fn two_hundred_clients_at_once_are_each_stored_exactly_once() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let address = server.address;
    let threads: Vec<_> = (0..200)
        .map(|n| {
            std::thread::spawn(move || {
                let body = complaint(&format!("concurrent-{n:04}")).to_string();
                let raw = format!(
                    "POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                support::send(address, raw.as_bytes())
            })
        })
        .collect();
    let replies: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(
        replies.iter().all(|r| r.status == 201),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let mut references = server.exported_references("product-quality-complaint");
    assert_eq!(references.len(), 200);
    references.sort();
    references.dedup();
    assert_eq!(references.len(), 200, "every reference is different");
}

#[test]
fn the_same_submission_sent_by_many_clients_at_once_is_stored_once() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let address = server.address;
    let body = complaint("shared-key-0001").to_string();
    let threads: Vec<_> = (0..50)
        .map(|_| {
            let raw = format!(
                "POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            std::thread::spawn(move || support::send(address, raw.as_bytes()))
        })
        .collect();
    let replies: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(replies.iter().filter(|r| r.status == 201).count(), 1);
    assert_eq!(replies.iter().filter(|r| r.status == 200).count(), 49);
    let references: std::collections::BTreeSet<_> = replies
        .iter()
        .map(|r| r.json()["reference"].to_string())
        .collect();
    assert_eq!(references.len(), 1, "one reference for everyone");
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        1
    );
}

#[test]
fn a_crash_loses_no_acknowledged_submission() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let address = server.address;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sender = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut acknowledged = Vec::new();
            for n in 0.. {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let body = complaint(&format!("crash-{n:06}")).to_string();
                let raw = format!(
                    "POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                let reply = support::send(address, raw.as_bytes());
                if reply.status == 201 {
                    acknowledged.push((
                        format!("crash-{n:06}"),
                        reply.json()["reference"].as_str().unwrap().to_string(),
                    ));
                }
            }
            acknowledged
        })
    };
    // Let submissions stream in, then pull the plug mid-stream.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let server = server.crash_and_restart();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let acknowledged = sender.join().unwrap();
    assert!(
        acknowledged.len() >= 10,
        "only {} submissions got through before the crash",
        acknowledged.len()
    );
    let stored: std::collections::BTreeSet<String> = server
        .exported_references("product-quality-complaint")
        .into_iter()
        .collect();
    for (key, reference) in &acknowledged {
        assert!(
            stored.contains(reference),
            "acknowledged {reference} is missing after the crash"
        );
        // And a retry of it after the crash gets the same reference without storing it again.
        let retry = server.submit(&complaint(key));
        assert_eq!(retry.status, 200, "{key}");
        assert_eq!(retry.json()["reference"], reference.as_str());
    }
    let exported = server.export("product-quality-complaint", "jsonl");
    for line in exported.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("every stored row is whole");
        assert_eq!(row["answers"]["full-name"], json!(["李四"]));
    }
}

#[test]
fn hostile_input_is_refused_with_a_code_or_kept_as_plain_text() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let mut invalid_utf8 = complaint("hostile-0001").to_string().into_bytes();
    let at = invalid_utf8.iter().position(|b| *b == b'l').unwrap();
    invalid_utf8[at] = 0xFF;
    let refused: Vec<(&str, support::Reply)> = vec![
        (
            "deep nesting",
            server.post("/api/submissions", "application/json", deep.as_bytes()),
        ),
        (
            "invalid UTF-8",
            server.post("/api/submissions", "application/json", &invalid_utf8),
        ),
        ("unknown field", {
            let mut body = complaint("hostile-0002");
            body["admin"] = json!(true);
            server.submit(&body)
        }),
        ("answers of the wrong type", {
            let mut body = complaint("hostile-0003");
            body["answers"]["product"] = json!(42);
            server.submit(&body)
        }),
        ("a version that is text", {
            let mut body = complaint("hostile-0004");
            body["version"] = json!("1");
            server.submit(&body)
        }),
        (
            "a key with spaces",
            server.submit(&complaint("bad key with spaces")),
        ),
        (
            "a 10 MB body",
            server.post(
                "/api/submissions",
                "application/json",
                &vec![b'a'; 10 * 1024 * 1024],
            ),
        ),
    ];
    for (what, reply) in &refused {
        assert!(
            (400..500).contains(&reply.status),
            "{what}: {} {}",
            reply.status,
            reply.body
        );
        assert!(reply.json()["code"].is_string(), "{what}: {}", reply.body);
    }
    // Markup in free text is the citizen's words: stored as sent, line breaks included.
    let mut markup = complaint("hostile-0005");
    markup["answers"]["what-happened"] = json!(["<script>alert(1)</script>\n =SUM(A1)"]);
    assert_eq!(server.submit(&markup).status, 201);
    let exported = server.export("product-quality-complaint", "jsonl");
    let row: serde_json::Value = serde_json::from_str(exported.lines().next().unwrap()).unwrap();
    assert_eq!(
        row["answers"]["what-happened"],
        json!(["<script>alert(1)</script>\n =SUM(A1)"])
    );
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        1,
        "only the plain-text submission was stored"
    );
}

#[test]
fn hidden_characters_and_answers_given_twice_are_refused_and_real_names_pass() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let refused_answer = |question: &str, value: &str, key: &str| {
        let mut body = complaint(key);
        body["answers"][question] = json!([value]);
        let reply = server.submit(&body);
        assert_eq!(reply.status, 400, "{question} {value:?}: {}", reply.body);
        assert_eq!(reply.json()["code"], "invalid");
        assert_eq!(
            reply.json()["errors"][0],
            json!({ "question": question, "code": "hidden-characters" }),
            "{value:?}"
        );
    };
    refused_answer("what-happened", "it leaked\u{0}", "hidden-0001");
    refused_answer("what-happened", "\u{1B}[2Jit leaked", "hidden-0002");
    refused_answer("full-name", "\u{202E}李四", "hidden-0003");
    refused_answer("email", "li\u{202E}nc.elpmaxe@", "hidden-0004");
    refused_answer("full-name", "\u{2066}李四\u{2069}", "hidden-0005");

    // The same question twice in `answers`: in JSON the last would silently win.
    let body = complaint("twice-0001").to_string();
    let twice = body.replacen("\"answers\":{", "\"answers\":{\"full-name\":[\"王五\"],", 1);
    assert!(twice.matches("full-name").count() == 2, "{twice}");
    let reply = server.post("/api/submissions", "application/json", twice.as_bytes());
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert_eq!(reply.json()["code"], "malformed");

    for (key, name) in [
        ("names-0001", "ئابدۇرېھىم ئابدۇللا"),
        ("names-0002", "نۇرلان سەرىك ۇلى"),
        ("names-0003", "بەكزات\u{200C}ۇلى"),
        ("names-0004", "བཀྲ་ཤིས་བདེ་ལེགས"),
    ] {
        let mut body = complaint(key);
        body["answers"]["full-name"] = json!([name]);
        let reply = server.submit(&body);
        assert_eq!(reply.status, 201, "{name}: {}", reply.body);
    }
    assert!(
        server
            .export("product-quality-complaint", "csv")
            .contains("نۇرلان سەرىك ۇلى")
    );
}

#[test]
fn a_conflicting_resend_learns_the_reference_it_got_before() {
    let server = Server::start(&[]);
    let first = server.submit(&complaint("conflict-0001"));
    assert_eq!(first.status, 201);
    let mut changed = complaint("conflict-0001");
    changed["answers"]["full-name"] = json!(["王五"]);
    let conflict = server.submit(&changed);
    assert_eq!(conflict.status, 409);
    assert_eq!(conflict.json()["reference"], first.json()["reference"]);
}

#[test]
fn every_api_answer_is_kept_by_no_cache() {
    let server = Server::start(&[]);
    let mut invalid = complaint("no-store-0002");
    invalid["answers"]["email"] = json!(["x"]);
    for (what, reply) in [
        ("201", server.submit(&complaint("no-store-0001"))),
        ("200", server.submit(&complaint("no-store-0001"))),
        ("400", server.submit(&invalid)),
        ("health", server.get("/api/health")),
        ("feedback counts", server.get("/api/feedback")),
        ("unknown endpoint", server.get("/api/nothing-here")),
        ("415", server.post("/api/submissions", "text/plain", b"{}")),
    ] {
        assert_eq!(
            reply.header("cache-control"),
            Some("no-store"),
            "{what}: {}",
            reply.status
        );
    }
}

#[test]
fn the_address_a_trusted_proxy_added_is_the_client_not_what_the_client_wrote() {
    let server = Server::start(&[
        "--trusted-proxy-header",
        "X-Forwarded-For",
        "--rate-limit-per-minute",
        "2",
    ]);
    let send = |spoofed: &str, key: &str| {
        let body = complaint(key).to_string();
        server.request(
            format!(
                "POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nX-Forwarded-For: {spoofed}, 198.51.100.7\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
            .as_bytes(),
        )
    };
    assert_eq!(send("10.0.0.1", "proxy-0001").status, 201);
    assert_eq!(send("10.0.0.2", "proxy-0002").status, 201);
    let third = send("10.0.0.3", "proxy-0003");
    assert_eq!(
        third.status, 429,
        "a new address written in front does not make a new client"
    );
}

#[test]
fn a_body_that_cannot_be_read_is_malformed_not_too_large() {
    let server = Server::start(&[]);
    let reply = server.request(
        b"POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ-not-a-chunk\r\n\r\n",
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert_eq!(reply.json()["code"], "malformed");
}

#[test]
fn a_server_whose_body_limit_a_service_could_exceed_does_not_start() {
    let folder = support::new_folder();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--max-body", "4096", "--bind", "127.0.0.1:0", "--dist"])
        .arg(folder.join("dist"))
        .arg("--data")
        .arg(folder.join("portal.sqlite"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&folder);
    assert!(!output.status.success());
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("--max-body 4096 is too small"), "{log}");
}

#[test]
fn api_and_static_responses_carry_the_security_headers() {
    let server = Server::start(&[]);
    for reply in [
        server.get("/"),
        server.get("/api/health"),
        server.submit(&complaint("headers-0001")),
        server.get("/missing.js"),
    ] {
        let csp = reply.header("content-security-policy").expect("CSP");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
    }
}

#[test]
fn csv_exports_open_in_spreadsheets_with_chinese_intact() {
    let server = Server::start(&[]);
    let mut formula = complaint("csv-0001");
    formula["answers"]["product"] = json!(["=HYPERLINK(\"http://evil\")"]);
    assert_eq!(server.submit(&formula).status, 201);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args([
            "export",
            "--service",
            "product-quality-complaint",
            "--format",
            "csv",
            "--bom",
            "--dist",
        ])
        .arg(server.folder.join("dist"))
        .args(server.database_args())
        .output()
        .unwrap();
    let csv = String::from_utf8(output.stdout).unwrap();
    assert!(csv.starts_with('\u{FEFF}'), "starts with a byte order mark");
    let mut lines = csv.trim_start_matches('\u{FEFF}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "reference,received_at,version,language,product,where-bought,purchase-date,amount-paid,what-happened,evidence,evidence-description,contact-method,phone,email,full-name"
    );
    let row = lines.next().unwrap();
    assert!(row.contains("2026-03-27"), "dates are ISO: {row}");
    assert!(row.contains("李四"), "{row}");
    assert!(
        row.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "formulas are text: {row}"
    );
}

#[test]
fn purge_deletes_only_what_is_older_than_the_retention_period() {
    let server = Server::start(&[]);
    assert_eq!(server.submit(&complaint("purge-0001")).status, 201);
    let purge = |days: &str| {
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
            .args(["purge", "--retention-days", days])
            .args(server.database_args())
            .env("RUST_LOG", "warn")
            .status()
            .unwrap();
        assert!(status.success());
    };
    purge("30");
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        1,
        "a fresh submission is kept"
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    purge("0");
    assert!(
        server
            .exported_references("product-quality-complaint")
            .is_empty(),
        "older than zero days is deleted"
    );
}

#[test]
fn an_application_filled_in_before_the_service_changed_is_checked_against_its_own_version() {
    // The department changed the complaint: version 2 also asks for the brand on the first page,
    // and version 1 moved to services/earlier, as the README tells departments to do.
    let server = Server::start_with(&[], |dist| {
        let current = dist.join("services/product-quality-complaint.json");
        let text = std::fs::read_to_string(&current).unwrap();
        std::fs::create_dir_all(dist.join("services/earlier")).unwrap();
        std::fs::write(
            dist.join("services/earlier/product-quality-complaint.v1.json"),
            &text,
        )
        .unwrap();
        let mut changed: serde_json::Value = serde_json::from_str(&text).unwrap();
        changed["version"] = json!(2);
        let mut brand = changed["pages"][0]["questions"][0].clone();
        brand["id"] = json!("brand");
        changed["pages"][0]["questions"]
            .as_array_mut()
            .unwrap()
            .push(brand);
        std::fs::write(&current, changed.to_string()).unwrap();
    });
    let waited = server.submit(&complaint("key-earlier-1"));
    assert_eq!(waited.status, 201, "{}", waited.body);
    let exported = server.export("product-quality-complaint", "jsonl");
    let row: serde_json::Value = serde_json::from_str(exported.lines().next().unwrap()).unwrap();
    assert_eq!(row["version"], 1);

    let mut now = complaint("key-earlier-2");
    now["version"] = json!(2);
    let refused = server.submit(&now);
    assert_eq!(refused.status, 400, "version 2 asks for the brand");
    assert_eq!(refused.json()["errors"][0]["question"], "brand");

    let mut unknown = complaint("key-earlier-3");
    unknown["version"] = json!(3);
    assert_eq!(server.submit(&unknown).status, 404);
}
