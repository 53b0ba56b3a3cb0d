//! `cargo xtask bench [server | web]` (both when none is named). Figures, not tests.
//!
//! - `server`: a loopback load generator against the release portal-server with durable writes.
//!   Reports submissions per second, p50/p99 latency and the server's peak resident memory,
//!   prints a table and writes it to target/bench/server.txt.
//! - `web`: see `bench_web`.

use crate::bench_web;
use crate::command::run;
use crate::services;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CLIENTS: usize = 16;
const DURATION: Duration = Duration::from_secs(10);

pub fn run_bench(what: &str) -> Result<(), String> {
    match what {
        "server" => server(),
        "web" => bench_web::run(),
        "insight" => crate::bench_insight::run_bench(),
        "" => server().and_then(|()| bench_web::run()),
        other => Err(format!(
            "unknown benchmark {other:?}; try `cargo xtask bench server`, `web` or `insight`"
        )),
    }
}

fn body(key: &str) -> String {
    format!(
        r#"{{"service":"product-quality-complaint","version":1,"language":"zh-CN","idempotency_key":"{key}","answers":{{"product":["电热水壶"],"where-bought":["京东"],"purchase-date":["27","3","2026"],"what-happened":["烧水时漏电。"],"evidence":["none"],"contact-method":["email"],"email":["li@example.cn"],"full-name":["李四"]}}}}"#
    )
}

/// One keep-alive POST; returns the status.
fn post(stream: &mut BufReader<TcpStream>, body: &str) -> Option<u16> {
    let request = format!(
        "POST /api/submissions HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.get_mut().write_all(request.as_bytes()).ok()?;
    let mut line = String::new();
    stream.read_line(&mut line).ok()?;
    let status = line.split(' ').nth(1)?.parse().ok()?;
    let mut length = 0;
    loop {
        line.clear();
        stream.read_line(&mut line).ok()?;
        if line == "\r\n" {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().ok()?;
        }
    }
    let mut rest = vec![0; length];
    stream.read_exact(&mut rest).ok()?;
    Some(status)
}

fn peak_memory_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// One measured configuration.
struct Measured {
    label: String,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    stored: usize,
    failures: usize,
    peak_kb: Option<u64>,
}

/// SQLite and PostgreSQL (a throwaway cluster, as the tests use), each with answers in clear
/// and encrypted at rest.
fn server() -> Result<(), String> {
    run(
        "cargo",
        &["build", "--release", "--package", "portal-server"],
    )?;
    let folder = std::env::temp_dir().join(format!("portal-bench-{}", std::process::id()));
    let dist = folder.join("dist");
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    services::compile_all(Path::new("services"), Path::new("locales"), &dist)?;
    let key = folder.join("data.key");
    let generated = Command::new("target/release/portal-server")
        .args(["key", "new"])
        .output()
        .map_err(|e| e.to_string())?;
    std::fs::write(&key, generated.stdout).map_err(|e| e.to_string())?;
    let key = key.display().to_string();
    let cluster = crate::postgres::start()?;
    let mut rows = Vec::new();
    for (store, encrypted) in [
        ("SQLite", false),
        ("SQLite", true),
        ("PostgreSQL", false),
        ("PostgreSQL", true),
    ] {
        let mut args: Vec<String> = Vec::new();
        let name = format!("bench_{}", rows.len());
        if store == "SQLite" {
            args.extend([
                "--data".into(),
                folder.join(format!("{name}.sqlite")).display().to_string(),
            ]);
        } else {
            run(
                "psql",
                &[
                    "-X",
                    "-q",
                    "-d",
                    &format!("{}/postgres", cluster.url),
                    "-c",
                    &format!("CREATE DATABASE {name}"),
                ],
            )?;
            args.extend(["--database".into(), format!("{}/{name}", cluster.url)]);
        }
        if encrypted {
            args.extend(["--data-key-file".into(), key.clone()]);
        }
        let label = format!(
            "{store}, answers {}",
            if encrypted { "encrypted" } else { "in clear" }
        );
        rows.push(measure(label, &dist, &args)?);
    }
    drop(cluster);
    let _ = std::fs::remove_dir_all(&folder);
    let mut table = format!(
        "portal-server (release), {CLIENTS} keep-alive clients on loopback for {} s each; every submission committed durably before 201 (SQLite WAL synchronous=FULL; PostgreSQL synchronous_commit=on, fsync on)\n\
         | store | submissions per second | p50 | p99 | stored | failed | server peak memory |\n|---|---|---|---|---|---|---|\n",
        DURATION.as_secs()
    );
    for row in &rows {
        table.push_str(&format!(
            "| {} | {:.0} | {:.1} ms | {:.1} ms | {} | {} | {} |\n",
            row.label,
            row.per_second,
            row.p50_ms,
            row.p99_ms,
            row.stored,
            row.failures,
            row.peak_kb.map_or("unknown".to_string(), |kb| format!(
                "{:.1} MB",
                kb as f64 / 1024.0
            )),
        ));
    }
    print!("{table}");
    std::fs::create_dir_all("target/bench").map_err(|e| e.to_string())?;
    std::fs::write("target/bench/server.txt", &table).map_err(|e| e.to_string())?;
    Ok(())
}

/// Starts the release server with `args`, loads it for DURATION, stops it.
fn measure(label: String, dist: &Path, args: &[String]) -> Result<Measured, String> {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let address: SocketAddr = ([127, 0, 0, 1], port).into();
    let mut child = Command::new("target/release/portal-server")
        .args([
            "--bind",
            &address.to_string(),
            "--rate-limit-per-minute",
            "0",
            "--dist",
        ])
        .arg(dist)
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(address).is_err() {
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("portal-server did not start".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let started = Instant::now();
    let workers: Vec<_> = (0..CLIENTS)
        .map(|client| {
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut failures = 0usize;
                let Ok(stream) = TcpStream::connect(address) else {
                    return (latencies, 1);
                };
                let mut stream = BufReader::new(stream);
                let mut n = 0;
                while started.elapsed() < DURATION {
                    let body = body(&format!("bench-{client:02}-{n:08}"));
                    let sent = Instant::now();
                    match post(&mut stream, &body) {
                        Some(201) => latencies.push(sent.elapsed()),
                        _ => failures += 1,
                    }
                    n += 1;
                }
                (latencies, failures)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut failures = 0;
    for worker in workers {
        let (l, f) = worker
            .join()
            .map_err(|_| "a client thread panicked".to_string())?;
        latencies.extend(l);
        failures += f;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let peak_kb = peak_memory_kb(child.id());
    let _ = child.kill();
    let _ = child.wait();
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0
    };
    Ok(Measured {
        label,
        per_second: latencies.len() as f64 / elapsed,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        stored: latencies.len(),
        failures,
        peak_kb,
    })
}
