//! Starting portal-server: in the foreground for `serve`, in the background for the browser
//! suite (stopped when the guard drops, even if a step panics).

use crate::command::run;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

pub const SERVE_ADDRESS: &str = "127.0.0.1:8080";

/// Builds and runs the release server on 127.0.0.1:8080 until Ctrl-C.
pub fn serve_release() -> Result<(), String> {
    run(
        "cargo",
        &[
            "run",
            "--release",
            "--package",
            "portal-server",
            "--",
            "--bind",
            SERVE_ADDRESS,
            "--dist",
            "dist",
        ],
    )
}

/// A server running for the tests; killed on drop.
pub struct TestServer {
    child: Child,
    pub base_url: String,
    /// The database file, so tests can count what was stored (`portal-server export`).
    pub data: std::path::PathBuf,
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
    let child = Command::new(binary)
        .args(["--bind", &address.to_string(), "--dist", "dist", "--data"])
        .arg(data.join("portal.sqlite"))
        .env("RUST_LOG", "warn")
        .spawn()
        .map_err(|e| format!("cannot start portal-server: {e}"))?;
    let server = TestServer {
        child,
        base_url: format!("http://{address}"),
        data: data.join("portal.sqlite"),
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
