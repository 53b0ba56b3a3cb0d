//! A real portal-server on loopback for tests: its own temporary folder, the repository's
//! services compiled into it, a free port; killed when dropped. And a raw HTTP client, so tests
//! can send exactly the bytes they mean (broken JSON, invalid UTF-8, huge bodies).

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    pub address: SocketAddr,
    pub folder: PathBuf,
    child: Child,
    extra: Vec<String>,
    prefix: Option<String>,
    /// The test's own PostgreSQL database, when the suite runs on PostgreSQL.
    database: Option<String>,
    /// Whether the database is this server's to delete (not another's it was started beside).
    owns_database: bool,
}

/// The throwaway PostgreSQL cluster `cargo xtask test` started (`postgres://user@host:port`),
/// when the suite runs on PostgreSQL rather than SQLite.
pub fn postgres() -> Option<String> {
    std::env::var("PORTAL_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
}

/// Runs `sql` on the cluster's `database` with psql; panics with psql's message if it fails.
pub fn psql(database: &str, sql: &str) -> String {
    let output = Command::new("psql")
        .args([
            "-X",
            "-q",
            "-t",
            "-A",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            database,
            "-c",
            sql,
        ])
        .output()
        .expect("psql runs");
    assert!(
        output.status.success(),
        "psql {sql}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

/// A new, empty database in the test cluster; its URL.
pub fn new_postgres_database(cluster: &str) -> String {
    let name = format!("portal_{}_{}", std::process::id(), free_port());
    psql(
        &format!("{cluster}/postgres"),
        &format!("CREATE DATABASE {name}"),
    );
    format!("{cluster}/{name}")
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|_| panic!("not JSON ({}): {}", self.status, self.body))
    }
}

fn compile_services(dist: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::create_dir_all(dist.join("services")).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!DOCTYPE html><title>portal</title>",
    )
    .unwrap();
    for entry in std::fs::read_dir(root.join("services")).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "departments" {
            let table: portal_forms::departments::Departments =
                toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            std::fs::write(
                dist.join("services/departments.json"),
                serde_json::to_string(&table).unwrap(),
            )
            .unwrap();
            continue;
        }
        if name == "catalogue" || !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let service = portal_forms::source::compile(&name, &text)
            .unwrap_or_else(|_| panic!("{name} compiles"));
        std::fs::write(
            dist.join(format!("services/{name}.json")),
            serde_json::to_string(&service).unwrap(),
        )
        .unwrap();
    }
}

/// A new temporary folder with the repository's services compiled into `dist/`.
pub fn new_folder() -> PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "portal-http-{}-{}",
        std::process::id(),
        free_port()
    ));
    std::fs::create_dir_all(&folder).unwrap();
    compile_services(&folder.join("dist"));
    folder
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Server {
    /// Starts a server in a new temporary folder with `extra` flags.
    pub fn start(extra: &[&str]) -> Server {
        Server::start_with(extra, |_| {})
    }

    /// Like [`Server::start`], after `prepare` has changed the compiled `dist` folder.
    pub fn start_with(extra: &[&str], prepare: impl FnOnce(&Path)) -> Server {
        let folder = new_folder();
        prepare(&folder.join("dist"));
        Server::start_in(
            folder,
            extra.iter().map(|s| s.to_string()).collect(),
            None,
            None,
        )
    }

    /// A second server on this server's PostgreSQL database, in a folder of its own.
    pub fn beside(&self, extra: &[&str]) -> Server {
        let mut other = Server::start_in(
            new_folder(),
            extra.iter().map(|s| s.to_string()).collect(),
            None,
            self.database.clone(),
        );
        other.owns_database = false;
        other
    }

    /// Like [`Server::start`], with the process's open-file limit (soft and hard) at `files`.
    pub fn start_with_open_file_limit(extra: &[&str], files: u32) -> Server {
        Server::start_with_shell_prefix(extra, &format!("ulimit -n {files}"))
    }

    /// Like [`Server::start`], started by `sh` after `prefix` (e.g. a `ulimit`).
    pub fn start_with_shell_prefix(extra: &[&str], prefix: &str) -> Server {
        Server::start_in(
            new_folder(),
            extra.iter().map(|s| s.to_string()).collect(),
            Some(prefix.to_string()),
            None,
        )
    }

    fn start_in(
        folder: PathBuf,
        extra: Vec<String>,
        prefix: Option<String>,
        database: Option<String>,
    ) -> Server {
        let address: SocketAddr = ([127, 0, 0, 1], free_port()).into();
        let binary = env!("CARGO_BIN_EXE_portal-server");
        let mut command = match &prefix {
            Some(prefix) => {
                let mut shell = Command::new("sh");
                shell
                    .arg("-c")
                    .arg(format!("{prefix} && exec \"$0\" \"$@\""))
                    .arg(binary);
                shell
            }
            None => Command::new(binary),
        };
        command
            .arg("--bind")
            .arg(address.to_string())
            .arg("--dist")
            .arg(folder.join("dist"));
        // The test's own database, unless it names one (e.g. on a disk it prepared): a new
        // PostgreSQL database when the suite runs on PostgreSQL, else a SQLite file.
        let names_one = extra.iter().any(|a| a == "--data" || a == "--database");
        let database = match database {
            Some(database) => Some(database),
            None if !names_one => postgres().map(|cluster| new_postgres_database(&cluster)),
            None => None,
        };
        match &database {
            Some(url) => {
                command.arg("--database").arg(url);
            }
            None if !names_one => {
                command.arg("--data").arg(folder.join("data/portal.sqlite"));
            }
            None => {}
        }
        let child = command
            .args(&extra)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("portal-server starts");
        let server = Server {
            address,
            folder,
            child,
            extra,
            prefix,
            database,
            owns_database: true,
        };
        server.wait_until_ready();
        server
    }

    fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            // Any answer: a server on a full disk is up, but says it is not ready.
            if TcpStream::connect(self.address).is_ok() && self.get("/api/health").status != 0 {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("portal-server did not become ready on {}", self.address);
    }

    /// Kills the process at once (SIGKILL: no shutdown, no flushing) and starts it again on the
    /// same folder.
    pub fn crash_and_restart(mut self) -> Server {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        let folder = std::mem::take(&mut self.folder);
        let extra = std::mem::take(&mut self.extra);
        let prefix = self.prefix.take();
        let database = self.database.take();
        std::mem::forget(self);
        Server::start_in(folder, extra, prefix, database)
    }

    /// Stops the process (SIGKILL) and starts it again on the same folder and database with
    /// other flags.
    pub fn restart_with(mut self, extra: &[&str]) -> Server {
        self.kill();
        let folder = std::mem::take(&mut self.folder);
        let database = self.database.take();
        std::mem::forget(self);
        Server::start_in(
            folder,
            extra.iter().map(|s| s.to_string()).collect(),
            None,
            database,
        )
    }

    /// The flags that name this server's database and its data keys, for a command run beside it.
    pub fn database_args(&self) -> Vec<std::ffi::OsString> {
        let mut args: Vec<std::ffi::OsString> = match &self.database {
            Some(url) => vec!["--database".into(), url.into()],
            None => vec!["--data".into(), self.data().into()],
        };
        for pair in self.extra.windows(2) {
            if pair[0] == "--data-key-file" || pair[0] == "--old-data-key-file" {
                args.push((&pair[0]).into());
                args.push((&pair[1]).into());
            }
        }
        args
    }

    /// The server's process id (to kill it from another thread).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether this server keeps its data in PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        self.database.is_some()
    }

    /// Runs one SQL statement (written to work on both SQLite and PostgreSQL) on this server's
    /// database, as an operator would by hand: to move times back, to read raw rows.
    pub fn sql(&self, statement: &str) -> String {
        match &self.database {
            Some(url) => psql(url, statement),
            None => {
                let connection = rusqlite::Connection::open(self.data()).unwrap();
                let mut prepared = connection.prepare(statement).unwrap();
                let columns = prepared.column_count();
                if columns == 0 {
                    prepared.execute([]).unwrap();
                    return String::new();
                }
                let mut rows = prepared.query([]).unwrap();
                let mut out = String::new();
                while let Some(row) = rows.next().unwrap() {
                    let cells: Vec<String> = (0..columns)
                        .map(|i| match row.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Null => String::new(),
                            rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                            rusqlite::types::ValueRef::Real(x) => x.to_string(),
                            rusqlite::types::ValueRef::Text(t)
                            | rusqlite::types::ValueRef::Blob(t) => {
                                String::from_utf8_lossy(t).to_string()
                            }
                        })
                        .collect();
                    out.push_str(&cells.join("|"));
                    out.push('\n');
                }
                out
            }
        }
    }

    /// The database this server keeps its data in.
    pub fn data(&self) -> PathBuf {
        self.extra
            .iter()
            .position(|a| a == "--data")
            .and_then(|i| self.extra.get(i + 1))
            .map(PathBuf::from)
            .unwrap_or_else(|| self.folder.join("data/portal.sqlite"))
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn request(&self, raw: &[u8]) -> Reply {
        send(self.address, raw)
    }

    pub fn get(&self, path: &str) -> Reply {
        self.request(
            format!("GET {path} HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n").as_bytes(),
        )
    }

    pub fn post(&self, path: &str, content_type: &str, body: &[u8]) -> Reply {
        let mut raw = format!(
            "POST {path} HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        raw.extend_from_slice(body);
        self.request(&raw)
    }

    pub fn submit(&self, body: &serde_json::Value) -> Reply {
        self.post(
            "/api/submissions",
            "application/json",
            body.to_string().as_bytes(),
        )
    }

    /// What `portal-server export` writes for `service`.
    pub fn export(&self, service: &str, format: &str) -> String {
        let output = Command::new(env!("CARGO_BIN_EXE_portal-server"))
            .args(["export", "--service", service, "--format", format, "--dist"])
            .arg(self.folder.join("dist"))
            .args(self.database_args())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "export failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}

impl Server {
    /// The references of `service`'s submissions, as `portal-server export` lists them.
    pub fn exported_references(&self, service: &str) -> Vec<String> {
        self.export(service, "jsonl")
            .lines()
            .map(|line| {
                serde_json::from_str::<serde_json::Value>(line).unwrap()["reference"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
        if let (Some(url), Some(cluster), true) = (&self.database, postgres(), self.owns_database)
            && let Some(name) = url.rsplit('/').next()
        {
            let _ = Command::new("psql")
                .args(["-X", "-q", "-d", &format!("{cluster}/postgres"), "-c"])
                .arg(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .output();
        }
        if !self.folder.as_os_str().is_empty() {
            let _ = std::fs::remove_dir_all(&self.folder);
        }
    }
}

/// Sends `raw` and reads the reply; status 0 when no connection could be made (a crashed server).
pub fn send(address: SocketAddr, raw: &[u8]) -> Reply {
    send_within(address, raw, Duration::from_secs(30))
}

/// Like [`send`], waiting at most `wait` for each part of the reply (status 0 if it stalls).
pub fn send_within(address: SocketAddr, raw: &[u8], wait: Duration) -> Reply {
    let Ok(mut stream) = TcpStream::connect(address) else {
        return Reply {
            status: 0,
            headers: Vec::new(),
            body: String::new(),
        };
    };
    stream.set_read_timeout(Some(wait)).unwrap();
    // The server may answer (413) and close before reading a huge body; that is fine.
    let _ = stream.write_all(raw);
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// A complete, valid product complaint with idempotency key `key`.
pub fn complaint(key: &str) -> serde_json::Value {
    serde_json::json!({
        "service": "product-quality-complaint",
        "version": 1,
        "language": "zh-CN",
        "idempotency_key": key,
        "answers": {
            "product": ["电热水壶"],
            "where-bought": ["京东"],
            "purchase-date": ["27", "3", "2026"],
            "what-happened": ["烧水时漏电。"],
            "evidence": ["none"],
            "contact-method": ["email"],
            "email": ["li@example.cn"],
            "full-name": ["李四"]
        }
    })
}
