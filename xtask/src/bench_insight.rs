//! `cargo xtask bench insight`: how long `portal-server insight` takes on 100,000 and 1,000,000
//! stored applications (SQLite, release build), received over the past year, so about a tenth
//! fall in the 35 days it reads. Figures, not tests; written to target/bench/insight.txt.

use crate::command::run;
use crate::services;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Rows written by one SQL statement: `count` complaints, one every few minutes back over a
/// year, with free text drawn from a few sentences so that terms repeat.
fn seed_sql(count: u64, now: i64) -> String {
    format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
         INSERT INTO submissions (reference, idempotency_key, request_digest, service, version, language, answers, received_at)
         SELECT printf('B%07d', i), printf('bench-%08d', i), '', 'product-quality-complaint', 1,
                CASE WHEN i % 5 = 0 THEN 'en' ELSE 'zh-CN' END,
                '{{\"what-happened\":[\"' ||
                CASE WHEN i % 5 = 0 THEN
                    CASE i % 3 WHEN 0 THEN 'The kettle leaked current while boiling water.'
                               WHEN 1 THEN 'The parcel arrived late and the box was broken.'
                               ELSE 'The battery swelled after two weeks of charging.' END
                ELSE
                    CASE i % 4 WHEN 0 THEN '电热水壶烧水时漏电，插座冒烟。'
                               WHEN 1 THEN '快递送达太慢，包装破损，客服不回复。'
                               WHEN 2 THEN '充电宝用了两周就鼓包，商家拒绝退货。'
                               ELSE '买到的奶粉临近保质期，标签模糊。' END
                END || '\"],\"product\":[\"电热水壶\"],\"full-name\":[\"李四\"]}}',
                {now} - (i * 31536000 / {count})
         FROM n;"
    )
}

pub fn run_bench() -> Result<(), String> {
    run(
        "cargo",
        &["build", "--release", "--package", "portal-server"],
    )?;
    if Command::new("sqlite3").arg("--version").output().is_err() {
        run(
            "apt-get",
            &["install", "-y", "--no-install-recommends", "sqlite3"],
        )?;
    }
    let folder = std::env::temp_dir().join(format!("portal-bench-insight-{}", std::process::id()));
    let dist = folder.join("dist");
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    services::compile_all(Path::new("services"), Path::new("locales"), &dist)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut table = String::from(
        "portal-server insight (release), SQLite, one service, applications spread over a year, answers in clear\n\
         | stored applications | in the 35 days read | seeding | insight (wall clock) |\n|---|---|---|---|\n",
    );
    for count in [100_000u64, 1_000_000] {
        let data = folder.join(format!("insight-{count}.sqlite"));
        let database = data.display().to_string();
        // The first command creates the schema.
        let args = ["--dist", &dist.display().to_string(), "--data", &database];
        let created = Command::new("target/release/portal-server")
            .args(["insight", "--service", "product-quality-complaint"])
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        if !created.status.success() {
            return Err(String::from_utf8_lossy(&created.stderr).to_string());
        }
        let started = Instant::now();
        eprintln!("$ sqlite3 {database} <{count} generated applications>");
        let seeded = Command::new("sqlite3")
            .args([database.as_str(), &seed_sql(count, now)])
            .output()
            .map_err(|e| format!("sqlite3: {e}"))?;
        if !seeded.status.success() {
            return Err(String::from_utf8_lossy(&seeded.stderr).to_string());
        }
        let seeding = started.elapsed();
        let started = Instant::now();
        let output = Command::new("target/release/portal-server")
            .args([
                "insight",
                "--service",
                "product-quality-complaint",
                "--format",
                "json",
            ])
            .args(args)
            .env("RUST_LOG", "warn")
            .output()
            .map_err(|e| e.to_string())?;
        let took = started.elapsed();
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).to_string());
        }
        let figures: serde_json::Value =
            serde_json::from_slice(&output.stdout).map_err(|e| e.to_string())?;
        table.push_str(&format!(
            "| {count} | {} | {:.1} s | {:.2} s |\n",
            figures["applications"],
            seeding.as_secs_f64(),
            took.as_secs_f64()
        ));
    }
    let _ = std::fs::remove_dir_all(&folder);
    print!("{table}");
    std::fs::create_dir_all("target/bench").map_err(|e| e.to_string())?;
    std::fs::write("target/bench/insight.txt", &table).map_err(|e| e.to_string())
}
