//! Starting portal-server: in the foreground for `serve`, in the background for the browser
//! suite (stopped when the guard drops, even if a step panics).

use crate::command::run;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

pub const SERVE_ADDRESS: &str = "127.0.0.1:8080";

/// Where `cargo xtask serve` keeps its data key: beside the database's folder, not in it.
const SERVE_KEY: &str = "data-key/portal.key";

/// Builds and runs the release server on 127.0.0.1:8080 until Ctrl-C, with answers encrypted
/// at rest under a key made on the first run.
pub fn serve_release() -> Result<(), String> {
    run(
        "cargo",
        &["build", "--release", "--package", "portal-server"],
    )?;
    ensure_key(
        Path::new("target/release/portal-server"),
        Path::new(SERVE_KEY),
    )?;
    run(
        "target/release/portal-server",
        &[
            "--bind",
            SERVE_ADDRESS,
            "--dist",
            "dist",
            "--data-key-file",
            SERVE_KEY,
        ],
    )
}

/// Makes a data key in `file` (readable by its owner only) unless there is one.
pub fn ensure_key(binary: &Path, file: &Path) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt;
    if file.exists() {
        return Ok(());
    }
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let key = Command::new(binary)
        .args(["key", "new"])
        .output()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    if !key.status.success() {
        return Err("portal-server key new failed".into());
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(file)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    std::io::Write::write_all(&mut out, &key.stdout)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    eprintln!(
        "made a new data key in {} (answers are encrypted with it; keep it, and keep it out of the database's backups)",
        file.display()
    );
    Ok(())
}

/// A server running for the tests; killed on drop.
pub struct TestServer {
    child: Child,
    pub base_url: String,
    /// The database file, so tests can count what was stored (`portal-server export`).
    pub data: std::path::PathBuf,
    /// The data key the answers are encrypted with (commands beside the server need it).
    pub key: std::path::PathBuf,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds the server (dev profile: it shares the dependencies the native tests just built)
/// and starts it on a free port.
pub fn start_for_tests() -> Result<TestServer, String> {
    start(false)
}

/// Builds the server, in the release profile when `release`, and starts it on a free port with
/// an empty database.
pub fn start(release: bool) -> Result<TestServer, String> {
    let (build, binary): (&[&str], &str) = if release {
        (
            &["build", "--release", "--package", "portal-server"],
            "target/release/portal-server",
        )
    } else {
        (
            &["build", "--package", "portal-server"],
            "target/debug/portal-server",
        )
    };
    run("cargo", build)?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let address: SocketAddr = ([127, 0, 0, 1], port).into();
    let data = std::env::temp_dir().join(format!("portal-test-{}-{port}", std::process::id()));
    // The browser suite runs with answers encrypted at rest, as `serve` does.
    let key = std::env::temp_dir().join(format!("portal-test-key-{}-{port}", std::process::id()));
    ensure_key(Path::new(binary), &key)?;
    let child = Command::new(binary)
        .args(["--bind", &address.to_string(), "--dist", "dist", "--data"])
        .arg(data.join("portal.sqlite"))
        .arg("--data-key-file")
        .arg(&key)
        .env("RUST_LOG", "warn")
        .spawn()
        .map_err(|e| format!("cannot start portal-server: {e}"))?;
    let server = TestServer {
        child,
        base_url: format!("http://{address}"),
        data: data.join("portal.sqlite"),
        key,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(address).is_err() {
        if Instant::now() > deadline {
            return Err(format!(
                "portal-server did not listen on {address} within 30 s"
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(server)
}
