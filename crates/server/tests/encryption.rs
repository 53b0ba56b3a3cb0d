//! Answers encrypted at rest, on whichever store the suite runs on (SQLite, or PostgreSQL under
//! `cargo xtask test`): a copy of the database without the key reveals no answer; a wrong or
//! missing key is refused before anything is written; `rekey` seals old rows and moves them to
//! a new key while the portal serves.

mod support;

use std::path::PathBuf;
use std::process::{Command, Output};
use support::{Server, complaint};

/// A new data key in a file of its own (as an operator would keep it, outside the database).
fn key_file(name: &str) -> PathBuf {
    let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["key", "new"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let file = std::env::temp_dir().join(format!(
        "portal-key-{}-{name}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::write(&file, output.stdout).unwrap();
    file
}

/// Everything a copy of the database holds, as text: the SQLite files (with the write-ahead
/// log), or the submissions table's answers as PostgreSQL stores them.
fn raw_copy(server: &Server) -> String {
    if server.on_postgres() {
        return server.sql("SELECT reference, answers FROM submissions ORDER BY id");
    }
    let folder = server.data().parent().unwrap().to_path_buf();
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        bytes.extend(std::fs::read(entry.path()).unwrap_or_default());
    }
    String::from_utf8_lossy(&bytes).to_string()
}

/// The answers column of every row, as stored.
fn stored_answers(server: &Server) -> Vec<String> {
    server
        .sql("SELECT answers FROM submissions ORDER BY id")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Runs `portal-server <args>` on the server's database with `keys` (flags) instead of its own.
fn command_with_keys(server: &Server, args: &[&str], keys: &[&str]) -> Output {
    let mut database: Vec<std::ffi::OsString> = Vec::new();
    let own = server.database_args();
    // Only the flags naming the database, not the server's own keys.
    for pair in own.chunks(2) {
        if pair[0] == "--data" || pair[0] == "--database" {
            database.extend(pair.iter().cloned());
        }
    }
    Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(args)
        .arg("--dist")
        .arg(server.folder.join("dist"))
        .args(database)
        .args(keys)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn name_complaint(key: &str, name: &str) -> serde_json::Value {
    let mut body = complaint(key);
    body["answers"]["full-name"] = serde_json::json!([name]);
    body["answers"]["email"] = serde_json::json!([format!("{key}@example.cn")]);
    body
}

#[test]
fn a_copy_of_the_database_without_the_key_reveals_no_answer() {
    let key = key_file("one");
    let key_arg = key.display().to_string();
    let server = Server::start(&["--data-key-file", &key_arg]);
    let reply = server.submit(&name_complaint("sealed-0001", "欧阳娜娜"));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let reference = reply.json()["reference"].as_str().unwrap().to_string();

    let copy = raw_copy(&server);
    assert!(
        copy.contains(&reference),
        "the reference stays clear, for look-ups"
    );
    for secret in [
        "欧阳娜娜",
        "sealed-0001@example.cn",
        "电热水壶",
        "烧水时漏电",
    ] {
        assert!(
            !copy.contains(secret),
            "{secret} is in the database in clear"
        );
    }
    let answers = stored_answers(&server);
    assert_eq!(answers.len(), 1);
    assert!(answers[0].starts_with("sealed1."), "{}", answers[0]);

    // With the key, the department reads everything.
    let export = server.export("product-quality-complaint", "jsonl");
    assert!(
        export.contains("欧阳娜娜") && export.contains(&reference),
        "{export}"
    );

    // Without it, or with another, nothing opens and nothing is written.
    let none = command_with_keys(
        &server,
        &["export", "--service", "product-quality-complaint"],
        &[],
    );
    assert!(!none.status.success());
    assert!(
        String::from_utf8_lossy(&none.stderr).contains("encrypted with data key"),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
    let other = key_file("other");
    let wrong = command_with_keys(
        &server,
        &["export", "--service", "product-quality-complaint"],
        &["--data-key-file", &other.display().to_string()],
    );
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("give the right key"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    let server = server.restart_with(&["--data-key-file", &key_arg]);
    assert_eq!(
        server.sql("SELECT COUNT(*) FROM data_keys").trim(),
        "1",
        "the wrong key was not recorded"
    );
    // A server started with the wrong key, or with the old key alone (a rotation's last step
    // done wrong, which would write in clear), does not come up, so it writes nothing.
    for keys in [
        ["--data-key-file", &other.display().to_string()],
        ["--old-data-key-file", &key_arg],
    ] {
        let mut refused = Command::new(env!("CARGO_BIN_EXE_portal-server"))
            .args(["--bind", "127.0.0.1:0", "--dist"])
            .arg(server.folder.join("dist"))
            .args(
                server
                    .database_args()
                    .into_iter()
                    .take(2)
                    .collect::<Vec<_>>(),
            )
            .args(keys)
            .env("RUST_LOG", "off")
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let status = loop {
            if let Some(status) = refused.try_wait().unwrap() {
                break status;
            }
            if std::time::Instant::now() > deadline {
                let _ = refused.kill();
                panic!("a server with {keys:?} started");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        assert!(!status.success(), "{keys:?}");
    }
    assert_eq!(stored_answers(&server).len(), 1);
    for file in [key, other] {
        let _ = std::fs::remove_file(file);
    }
}

#[test]
fn rekey_seals_clear_rows_and_moves_them_to_a_new_key_while_the_portal_serves() {
    // Answers sent before encryption was turned on are in clear.
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    for i in 0..3 {
        assert_eq!(
            server
                .submit(&name_complaint(&format!("clear-{i:04}"), "王五"))
                .status,
            201
        );
    }
    assert!(raw_copy(&server).contains("王五"));

    // Turned on: new answers are sealed, old ones stay readable; rekey seals them.
    let first = key_file("first");
    let first_arg = first.display().to_string();
    let server = server.restart_with(&[
        "--rate-limit-per-minute",
        "0",
        "--data-key-file",
        &first_arg,
    ]);
    assert_eq!(
        server.submit(&name_complaint("first-0001", "王五")).status,
        201
    );
    assert_eq!(
        server
            .export("product-quality-complaint", "jsonl")
            .matches("王五")
            .count(),
        4
    );
    let rekeyed = command_with_keys(
        &server,
        &["rekey", "--batch", "2"],
        &["--data-key-file", &first_arg],
    );
    assert!(
        rekeyed.status.success(),
        "{}",
        String::from_utf8_lossy(&rekeyed.stderr)
    );
    assert!(String::from_utf8_lossy(&rekeyed.stdout).starts_with("3 submissions sealed again"));
    assert!(!raw_copy(&server).contains("王五"));

    // Rotation: the servers get the new key and keep the old one for reading; rekey runs while
    // citizens go on sending.
    let second = key_file("second");
    let second_arg = second.display().to_string();
    let server = server.restart_with(&[
        "--rate-limit-per-minute",
        "0",
        "--data-key-file",
        &second_arg,
        "--old-data-key-file",
        &first_arg,
    ]);
    let sending = std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            (0..10)
                .map(|i| {
                    server
                        .submit(&name_complaint(&format!("during-{i:04}"), "王五"))
                        .status
                })
                .collect::<Vec<_>>()
        });
        let rekeyed = command_with_keys(
            &server,
            &["rekey", "--batch", "3"],
            &[
                "--data-key-file",
                &second_arg,
                "--old-data-key-file",
                &first_arg,
            ],
        );
        assert!(
            rekeyed.status.success(),
            "{}",
            String::from_utf8_lossy(&rekeyed.stderr)
        );
        sender.join().unwrap()
    });
    assert!(sending.iter().all(|s| *s == 201), "{sending:?}");
    let answers = stored_answers(&server);
    assert_eq!(answers.len(), 14);
    let prefix = |stored: &str| stored.split('.').take(2).collect::<Vec<_>>().join(".");
    let second_prefix = prefix(answers.last().unwrap());
    assert!(
        answers.iter().all(|a| prefix(a) == second_prefix),
        "every row under the new key: {answers:?}"
    );
    assert_eq!(
        server.sql("SELECT COUNT(*) FROM data_keys").trim(),
        "1",
        "the old key is forgotten"
    );

    // The old key can go: the new one alone reads everything; the old one alone is refused.
    let server = server.restart_with(&["--data-key-file", &second_arg]);
    assert_eq!(
        server
            .export("product-quality-complaint", "jsonl")
            .matches("王五")
            .count(),
        14
    );
    let old_only = command_with_keys(
        &server,
        &["export", "--service", "product-quality-complaint"],
        &["--data-key-file", &first_arg],
    );
    assert!(!old_only.status.success());
    for file in [first, second] {
        let _ = std::fs::remove_file(file);
    }
}

#[test]
fn rekey_never_forgets_a_key_that_rows_are_still_written_with() {
    // A server that was not restarted with the new key goes on sealing with the old one while
    // rekey runs: rekey must not forget the old key while such rows exist.
    let old = key_file("old");
    let old_arg = old.display().to_string();
    let server = Server::start(&["--rate-limit-per-minute", "0", "--data-key-file", &old_arg]);
    for i in 0..5 {
        assert_eq!(
            server
                .submit(&name_complaint(&format!("before-{i:04}"), "赵六"))
                .status,
            201
        );
    }
    let new = key_file("new");
    let new_arg = new.display().to_string();
    let (rekeyed, statuses) = std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            (0..40)
                .map(|i| {
                    server
                        .submit(&name_complaint(&format!("old-server-{i:04}"), "赵六"))
                        .status
                })
                .collect::<Vec<u16>>()
        });
        let rekeyed = command_with_keys(
            &server,
            &["rekey", "--batch", "2"],
            &["--data-key-file", &new_arg, "--old-data-key-file", &old_arg],
        );
        (rekeyed, sender.join().unwrap())
    });
    // Once rekey retires the old key, the server still on it refuses (503: the citizen's
    // outbox keeps the application) rather than write what no listed key opens.
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 503),
        "{statuses:?}"
    );
    let accepted = statuses.iter().filter(|s| **s == 201).count();
    // Whether rekey finished (the old server had stopped writing by its last pass) or said to
    // restart the servers, every stored answer's key is one the database still lists.
    let listed = server.sql("SELECT id FROM data_keys");
    for answers in stored_answers(&server) {
        let id = answers.split('.').nth(1).unwrap_or_default().to_string();
        assert!(
            listed.contains(&id),
            "a row under key {id}, which the database forgot ({listed})"
        );
    }
    if !rekeyed.status.success() {
        assert!(String::from_utf8_lossy(&rekeyed.stderr).contains("restart every server"));
        assert_eq!(listed.lines().count(), 2, "both keys kept: {listed}");
    }
    // Done properly: every server on the new key, then rekey finishes and the old key goes.
    let server =
        server.restart_with(&["--data-key-file", &new_arg, "--old-data-key-file", &old_arg]);
    let rekeyed = command_with_keys(
        &server,
        &["rekey"],
        &["--data-key-file", &new_arg, "--old-data-key-file", &old_arg],
    );
    assert!(
        rekeyed.status.success(),
        "{}",
        String::from_utf8_lossy(&rekeyed.stderr)
    );
    assert_eq!(server.sql("SELECT COUNT(*) FROM data_keys").trim(), "1");
    let server = server.restart_with(&["--data-key-file", &new_arg]);
    assert_eq!(
        server
            .export("product-quality-complaint", "jsonl")
            .matches("赵六")
            .count(),
        5 + accepted
    );
    for file in [old, new] {
        let _ = std::fs::remove_file(file);
    }
}

#[test]
fn a_server_whose_key_rekey_retired_says_it_is_not_ready_and_keeps_nothing() {
    let old = key_file("retired");
    let old_arg = old.display().to_string();
    let server = Server::start(&["--data-key-file", &old_arg]);
    assert_eq!(
        server
            .submit(&name_complaint("retired-0001", "钱七"))
            .status,
        201
    );
    assert_eq!(server.get("/api/health").status, 200);
    // The operator rekeys before restarting this server with the new key.
    let new = key_file("current");
    let new_arg = new.display().to_string();
    let rekeyed = command_with_keys(
        &server,
        &["rekey"],
        &["--data-key-file", &new_arg, "--old-data-key-file", &old_arg],
    );
    assert!(
        rekeyed.status.success(),
        "{}",
        String::from_utf8_lossy(&rekeyed.stderr)
    );
    // The load balancer is told to stop sending it citizens; what still comes is refused, not
    // written under a key the database no longer lists.
    assert_eq!(server.get("/api/health").status, 503);
    let refused = server.submit(&name_complaint("retired-0002", "钱七"));
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(refused.header("Retry-After").is_some());
    assert_eq!(stored_answers(&server).len(), 1);
    // Restarted with the new key, it is ready again and takes the retry.
    let server = server.restart_with(&["--data-key-file", &new_arg]);
    assert_eq!(server.get("/api/health").status, 200);
    assert_eq!(
        server
            .submit(&name_complaint("retired-0002", "钱七"))
            .status,
        201
    );
    for file in [old, new] {
        let _ = std::fs::remove_file(file);
    }
}
