//! Several portal-server instances on one PostgreSQL database: idempotency across instances, an
//! instance killed mid-stream, limits and passkey ceremonies shared through the database, the
//! database going away and coming back. Ignored by a plain `cargo test`; `cargo xtask test`
//! starts a throwaway cluster, sets PORTAL_TEST_POSTGRES and runs them (`--include-ignored`).

#[path = "support/passkey.rs"]
mod passkey;
#[path = "support/staff.rs"]
mod staff;
mod support;

use std::collections::{HashMap, HashSet};
use std::process::Command;
use support::{Server, complaint};

fn cluster() -> Option<String> {
    let cluster = support::postgres();
    if cluster.is_none() {
        eprintln!(
            "PORTAL_TEST_POSTGRES is not set: run `cargo xtask test` for the PostgreSQL tests"
        );
    }
    cluster
}

#[test]
#[ignore = "needs PostgreSQL: cargo xtask test postgres"]
fn two_instances_one_row_per_key_and_every_acknowledged_reference_exported_once_after_a_crash() {
    let Some(_) = cluster() else { return };
    let mut first = Server::start(&["--rate-limit-per-minute", "0"]);
    let second = first.beside(&["--rate-limit-per-minute", "0"]);
    assert!(first.on_postgres());

    // Each key goes to both instances at the same moment, as a retry through another instance
    // behind a load balancer would; halfway, the first instance is killed (SIGKILL).
    let keys: Vec<String> = (0..120).map(|i| format!("both-{i:05}")).collect();
    let mut acknowledged: HashMap<String, HashSet<String>> = HashMap::new();
    let sent = std::sync::atomic::AtomicUsize::new(0);
    let pid = first.pid().to_string();
    let mut replies = Vec::new();
    std::thread::scope(|scope| {
        // SIGKILL from another thread once half the keys are on their way, so requests are in
        // flight (read, validating, inserting, answering) when it dies.
        scope.spawn(|| {
            while sent.load(std::sync::atomic::Ordering::SeqCst) < keys.len() / 2 {
                std::thread::yield_now();
            }
            Command::new("kill").args(["-KILL", &pid]).status().unwrap();
        });
        for key in &keys {
            sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let body = complaint(key);
            let (a, b) = std::thread::scope(|inner| {
                let a = inner.spawn(|| first.submit(&body));
                let b = inner.spawn(|| second.submit(&body));
                (a.join().unwrap(), b.join().unwrap())
            });
            replies.push((key.clone(), a, b));
        }
    });
    first.kill();
    for (key, a, b) in replies {
        for reply in [a, b] {
            match reply.status {
                201 | 200 => {
                    acknowledged
                        .entry(key.clone())
                        .or_default()
                        .insert(reply.json()["reference"].as_str().unwrap().to_string());
                }
                // The killed instance: no answer, so the citizen's outbox sends again.
                0 => {}
                other => panic!("{key}: {other} {}", reply.body),
            }
        }
    }
    // What the outbox does for a key no instance acknowledged: send it again.
    for key in &keys {
        if !acknowledged.contains_key(key) {
            let reply = second.submit(&complaint(key));
            assert!(matches!(reply.status, 200 | 201), "{key}: {}", reply.body);
            acknowledged
                .entry(key.clone())
                .or_default()
                .insert(reply.json()["reference"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(
        acknowledged.len(),
        keys.len(),
        "every key acknowledged by some instance"
    );
    for (key, references) in &acknowledged {
        assert_eq!(
            references.len(),
            1,
            "{key} got two references: {references:?}"
        );
    }

    let exported = second.exported_references("product-quality-complaint");
    let unique: HashSet<&String> = exported.iter().collect();
    assert_eq!(unique.len(), exported.len(), "no reference exported twice");
    assert_eq!(exported.len(), keys.len(), "one row per key");
    for references in acknowledged.values() {
        let reference = references.iter().next().unwrap();
        assert!(
            unique.contains(reference),
            "{reference} acknowledged but not exported"
        );
    }

    // The killed instance comes back on the same database and finds everything.
    let first = first.crash_and_restart();
    assert_eq!(
        first.exported_references("product-quality-complaint").len(),
        keys.len()
    );
}

#[test]
#[ignore = "needs PostgreSQL: cargo xtask test postgres"]
fn the_submission_limit_holds_across_instances() {
    let Some(_) = cluster() else { return };
    let first = Server::start(&["--rate-limit-per-minute", "4"]);
    let second = first.beside(&["--rate-limit-per-minute", "4"]);
    // The limit counts per minute: start well inside one.
    let seconds = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    };
    if seconds() % 60 > 45 {
        std::thread::sleep(std::time::Duration::from_secs(61 - seconds() % 60));
    }
    let statuses: Vec<u16> = (0..6)
        .map(|i| {
            let server = if i % 2 == 0 { &first } else { &second };
            let reply = server.submit(&complaint(&format!("limit-{i:04}")));
            if reply.status == 429 {
                assert!(reply.header("Retry-After").is_some());
            }
            reply.status
        })
        .collect();
    // Alone, each server would have let its three through.
    assert_eq!(statuses, [201, 201, 201, 201, 429, 429]);
}

#[test]
#[ignore = "needs PostgreSQL: cargo xtask test postgres"]
fn a_database_that_goes_away_gives_503_with_retry_after_and_recovery_needs_no_restart() {
    let Some(cluster) = cluster() else { return };
    let server = Server::start(&[]);
    let database = server.database_args()[1].to_string_lossy().to_string();
    let name = database.rsplit('/').next().unwrap().to_string();
    assert_eq!(server.submit(&complaint("away-0001")).status, 201);

    let admin = format!("{cluster}/postgres");
    support::psql(
        &admin,
        &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"),
    );
    support::psql(
        &admin,
        &format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"),
    );
    let refused = server.submit(&complaint("away-0002"));
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(refused.header("Retry-After").is_some());
    assert_eq!(server.get("/api/health").status, 503);

    support::psql(
        &admin,
        &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"),
    );
    let accepted = server.submit(&complaint("away-0002"));
    assert_eq!(accepted.status, 201, "{}", accepted.body);
    assert_eq!(
        server
            .exported_references("product-quality-complaint")
            .len(),
        2
    );
}

#[test]
fn a_database_that_cannot_be_reached_at_start_is_a_clear_error() {
    // Nothing listens on this port (bound, then released).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let folder = support::new_folder();
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--bind", "127.0.0.1:0", "--dist"])
        .arg(folder.join("dist"))
        .args([
            "--database",
            &format!("postgres://portal@127.0.0.1:{port}/portal"),
        ])
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&folder);
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("cannot open the database"), "{said}");
    assert!(
        said.contains("PostgreSQL at") && said.contains(&port.to_string()),
        "{said}"
    );
}

/// `body` posted to `server` as the console at `origin` would (the load balancer's one address).
fn post_from(
    server: &Server,
    origin: &str,
    path: &str,
    body: &serde_json::Value,
) -> support::Reply {
    let body = body.to_string();
    server.request(
        format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nOrigin: {origin}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

#[test]
#[ignore = "needs PostgreSQL: cargo xtask test postgres"]
fn a_passkey_sign_in_started_on_one_instance_finishes_on_another() {
    let Some(_) = cluster() else { return };
    let first = Server::start(&[]);
    // Both instances answer for one public address, as behind a load balancer.
    let public = staff::origin(&first);
    let second = first.beside(&["--public-origin", &public]);
    let token = staff::add_staff(&first, "market-regulation", "caseworker", "王芳");
    let (mut passkey, _tab) = staff::enrol(&first, &token);

    let start = post_from(
        &first,
        &public,
        "/console/api/sign-in/start",
        &serde_json::json!({}),
    );
    assert_eq!(start.status, 200, "{}", start.body);
    let start = start.json();
    let credential = passkey.sign_in(&start["options"], &public);
    let finish = post_from(
        &second,
        &public,
        "/console/api/sign-in/finish",
        &serde_json::json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!(finish.status, 200, "{}", finish.body);
    let cookie = staff::session_cookie(&finish);
    // The session works on either instance.
    for server in [&first, &second] {
        let me = server.request(
            format!("GET /console/api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: {cookie}\r\n\r\n")
                .as_bytes(),
        );
        assert_eq!(me.status, 200, "{}", me.body);
        assert_eq!(me.json()["name"], "王芳");
    }
    // Used once: finishing the same ceremony again, on either instance, is refused.
    let again = post_from(
        &first,
        &public,
        "/console/api/sign-in/finish",
        &serde_json::json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!(again.status, 400, "{}", again.body);
}
