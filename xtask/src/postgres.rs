//! A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` package (installed when
//! missing), `initdb` in a temporary folder, `pg_ctl` on a free loopback port, trust
//! authentication for one user on loopback only; stopped and deleted when dropped. No
//! container, nothing downloaded at run time beyond Debian's package.

use crate::command::{first_line, run};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The cluster's only role; the tests connect as it.
const USER: &str = "portal";

pub struct Cluster {
    folder: PathBuf,
    bin: PathBuf,
    /// `postgres://portal@127.0.0.1:<port>` (add `/<database>`).
    pub url: String,
}

/// The newest installed server's `bin` folder, e.g. /usr/lib/postgresql/15/bin.
fn server_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

/// PostgreSQL's server and client from Debian, when missing.
pub fn ensure_installed() -> Result<PathBuf, String> {
    if let (Some(bin), true) = (server_bin(), first_line("psql", &["--version"]).is_some()) {
        return Ok(bin);
    }
    run("apt-get", &["update"])?;
    run(
        "apt-get",
        &["install", "-y", "--no-install-recommends", "postgresql"],
    )?;
    server_bin().ok_or_else(|| "postgresql installed, but no initdb found".into())
}

fn is_root() -> bool {
    first_line("id", &["-u"]).as_deref() == Some("0")
}

/// Runs a server program as the `postgres` user when we are root (PostgreSQL refuses root).
fn as_server_user(bin: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    let program = bin.join(program).display().to_string();
    if is_root() {
        let mut all = vec!["-u", "postgres", "--", program.as_str()];
        all.extend(args);
        run("runuser", &all)
    } else {
        run(&program, args)
    }
}

pub fn start() -> Result<Cluster, String> {
    let bin = ensure_installed()?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let folder =
        std::env::temp_dir().join(format!("portal-postgres-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    if is_root() {
        run(
            "chown",
            &["postgres:postgres", &folder.display().to_string()],
        )?;
    }
    let data = folder.join("data").display().to_string();
    let socket = folder.display().to_string();
    let log = folder.join("log").display().to_string();
    let cluster = Cluster {
        folder: folder.clone(),
        bin: bin.clone(),
        url: format!("postgres://{USER}@127.0.0.1:{port}"),
    };
    as_server_user(
        &bin,
        "initdb",
        &[
            "--pgdata",
            &data,
            "--username",
            USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
    )?;
    let options =
        format!("-p {port} -c listen_addresses=127.0.0.1 -k {socket} -c max_connections=200");
    as_server_user(
        &bin,
        "pg_ctl",
        &[
            "start", "--wait", "--pgdata", &data, "--log", &log, "-o", &options,
        ],
    )?;
    let ready = Command::new("psql")
        .args([
            "-X",
            "-q",
            "-d",
            &format!("{}/postgres", cluster.url),
            "-c",
            "SELECT 1",
        ])
        .output()
        .map_err(|e| format!("psql: {e}"))?;
    if !ready.status.success() {
        return Err(format!(
            "the test cluster does not answer: {}",
            String::from_utf8_lossy(&ready.stderr)
        ));
    }
    Ok(cluster)
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.folder.join("data").display().to_string();
        let _ = as_server_user(
            &self.bin,
            "pg_ctl",
            &["stop", "--pgdata", &data, "--mode", "immediate"],
        );
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}
