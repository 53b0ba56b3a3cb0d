//! Several portal-server instances on one PostgreSQL database (run by `cargo xtask test`, which
//! starts a throwaway cluster and sets PORTAL_TEST_POSTGRES; without it these tests say so and
//! pass nothing): idempotency across instances, an instance killed mid-stream, limits shared
//! through the database, the database going away and coming back.

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

fn exported_references(server: &Server) -> Vec<String> {
    server
        .export("product-quality-complaint", "jsonl")
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["reference"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn two_instances_one_row_per_key_and_every_acknowledged_reference_exported_once_after_a_crash() {
    let Some(_) = cluster() else { return };
    let mut first = Server::start(&["--rate-limit-per-minute", "0"]);
    let second = first.beside(&["--rate-limit-per-minute", "0"]);
    assert!(first.on_postgres());

    // Each key goes to both instances at the same moment, as a retry through another instance
    // behind a load balancer would; halfway, the first instance is killed (SIGKILL).
    let keys: Vec<String> = (0..120).map(|i| format!("both-{i:05}")).collect();
    let mut acknowledged: HashMap<String, HashSet<String>> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if i == keys.len() / 2 {
            first.kill();
        }
        let body = complaint(key);
        let (a, b) = std::thread::scope(|scope| {
            let a = scope.spawn(|| first.submit(&body));
            let b = scope.spawn(|| second.submit(&body));
            (a.join().unwrap(), b.join().unwrap())
        });
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

    let exported = exported_references(&second);
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
    assert_eq!(exported_references(&first).len(), keys.len());
}

#[test]
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
    assert_eq!(exported_references(&server).len(), 2);
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
