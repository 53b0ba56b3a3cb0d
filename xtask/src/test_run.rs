//! `cargo xtask test`: every check the project has, in one run, counted into one line
//! `N passed, N failed`. A check that cannot run counts as failed; the run goes on where it can
//! so one failure does not hide the others.

use crate::command::{run, run_capturing};
use crate::{postgres, server, size, tools, web_build};
use std::path::Path;
use std::process::Command;

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    failures: Vec<String>,
}

impl Tally {
    fn check(&mut self, name: &str, result: Result<(), String>) -> bool {
        match result {
            Ok(()) => {
                self.passed += 1;
                true
            }
            Err(message) => {
                self.failed += 1;
                self.failures.push(format!("{name}: {message}"));
                false
            }
        }
    }

    /// Adds counts read from a runner's own summary; a runner that failed without reporting
    /// any failure (a compile error, a crash) still counts as one failure.
    fn counts(&mut self, name: &str, success: bool, passed: usize, failed: usize) {
        self.passed += passed;
        self.failed += failed;
        if failed > 0 {
            self.failures.push(format!("{name}: {failed} failed"));
        } else if !success {
            self.failed += 1;
            self.failures
                .push(format!("{name}: did not run to the end"));
        }
    }
}

pub fn run_all() -> Result<(), String> {
    let mut tally = Tally::default();
    let tools_ready = tally.check("install build tools", tools::ensure_build_tools());
    let browser_ready = tally.check("install browser tools", tools::ensure_browser_tools());

    tally.check(
        "cargo fmt --check",
        run("cargo", &["fmt", "--all", "--check"]),
    );
    tally.check(
        "cargo clippy",
        run(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    );

    // The app's components also build natively with feature `ssr`, to render the content pages.
    tally.check(
        "cargo clippy (pages rendered natively)",
        run(
            "cargo",
            &[
                "clippy",
                "--package",
                "citizen-portal",
                "--no-default-features",
                "--features",
                "ssr",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    );

    let (success, output) =
        run_capturing(Command::new("cargo").args(["test", "--workspace", "--no-fail-fast"]));
    let (passed, failed) = cargo_test_counts(&output);
    tally.counts("native tests", success, passed, failed);

    server_tests_on_postgres(&mut tally);

    let built = tools_ready && tally.check("release build", web_build::build());
    if built {
        match size::report(Path::new("dist")) {
            Ok(measured) => {
                let (first, service) = (measured.first_load, measured.largest_service);
                let first_ok = first <= size::FIRST_LOAD_BUDGET;
                let service_ok = service <= size::SERVICE_BUDGET;
                let over = |what: &str, size: usize, budget: usize| {
                    format!("{what} is {size} bytes, over {budget}")
                };
                let first_result = if first_ok {
                    Ok(())
                } else {
                    Err(over("the first load", first, size::FIRST_LOAD_BUDGET))
                };
                let service_result = if service_ok {
                    Ok(())
                } else {
                    Err(over("a service definition", service, size::SERVICE_BUDGET))
                };
                tally.check("first-load size budget", first_result);
                tally.check("service definition size budget", service_result);
            }
            Err(message) => {
                tally.check("size budgets", Err(message));
            }
        }
    }

    if built && browser_ready {
        match server::start_for_tests() {
            Ok(server) => {
                let (success, output) = run_capturing(
                    Command::new("node")
                        .args([
                            "--test",
                            "--test-reporter=spec",
                            // Two files at a time: much of the suite waits (for the network
                            // to be idle, for a worker, for 20 s of a first visit), and seven
                            // languages made one file at a time take too long for CI.
                            "--test-concurrency=2",
                            "tests/e2e/",
                        ])
                        .env("PORTAL_URL", &server.base_url)
                        .env("PORTAL_DATA_FILE", &server.data)
                        // Every portal-server the suite starts or runs a command with
                        // encrypts answers at rest with this key.
                        .env("PORTAL_DATA_KEY_FILE", &server.key)
                        .env("PORTAL_SERVER_BIN", "target/debug/portal-server"),
                );
                let (passed, failed) = node_test_counts(&output);
                tally.counts("browser suite", success, passed, failed);
            }
            Err(message) => {
                tally.check("browser suite", Err(message));
            }
        }
    } else {
        tally.check(
            "browser suite",
            Err("not run: the build or the browser tools are missing".into()),
        );
    }

    for failure in &tally.failures {
        eprintln!("FAILED {failure}");
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} failed", tally.failed))
    }
}

/// The server's tests again, every one on its own database in a throwaway PostgreSQL cluster:
/// both stores pass the same suite. The PostgreSQL-only tests (several instances on one
/// database) run here too.
fn server_tests_on_postgres(tally: &mut Tally) {
    match postgres::start() {
        Ok(cluster) => {
            let (success, output) = run_capturing(
                Command::new("cargo")
                    .args([
                        "test",
                        "--package",
                        "portal-server",
                        "--no-fail-fast",
                        "--tests",
                        "--",
                        "--include-ignored",
                    ])
                    .env("PORTAL_TEST_POSTGRES", &cluster.url),
            );
            let (passed, failed) = cargo_test_counts(&output);
            tally.counts("server tests on PostgreSQL", success, passed, failed);
        }
        Err(message) => {
            tally.check("PostgreSQL test cluster", Err(message));
        }
    }
}

/// `cargo xtask test postgres`: only the server's tests on PostgreSQL.
pub fn run_postgres() -> Result<(), String> {
    let mut tally = Tally::default();
    server_tests_on_postgres(&mut tally);
    for failure in &tally.failures {
        eprintln!("FAILED {failure}");
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} failed", tally.failed))
    }
}

/// Sums `test result: … N passed; M failed` over every test binary.
fn cargo_test_counts(output: &str) -> (usize, usize) {
    output
        .lines()
        .filter_map(|line| line.strip_prefix("test result: "))
        .fold((0, 0), |(p, f), line| {
            (
                p + number_before(line, " passed"),
                f + number_before(line, " failed"),
            )
        })
}

/// Reads node's spec reporter summary: `ℹ pass N` and `ℹ fail N`.
fn node_test_counts(output: &str) -> (usize, usize) {
    let read = |label: &str| {
        output
            .lines()
            .rev()
            .filter_map(|l| l.trim_start().strip_prefix(label))
            .find_map(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(0)
    };
    (read("ℹ pass "), read("ℹ fail "))
}

fn number_before(text: &str, label: &str) -> usize {
    text.find(label)
        .and_then(|end| {
            text[..end]
                .rsplit(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_summaries_are_summed_over_binaries() {
        let output = "test result: ok. 9 passed; 0 failed; 0 ignored\n\
                      test result: FAILED. 3 passed; 2 failed; 1 ignored\n";
        assert_eq!(cargo_test_counts(output), (12, 2));
    }

    #[test]
    fn node_spec_summary_is_read() {
        let output =
            "✔ home loads (1.2ms)\nℹ tests 7\nℹ suites 2\nℹ pass 6\nℹ fail 1\nℹ cancelled 0\n";
        assert_eq!(node_test_counts(output), (6, 1));
    }

    #[test]
    fn a_runner_that_crashed_without_a_summary_counts_as_a_failure() {
        let mut tally = Tally::default();
        tally.counts("native tests", false, 0, 0);
        assert_eq!((tally.passed, tally.failed), (0, 1));
    }
}
