//! Settings from flags or environment variables; `portal-server --help` documents them.

use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "portal-server",
    version,
    about = "Serves the Citizen Portal web app and keeps its submissions"
)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(long, env = "PORTAL_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Folder holding the built web app (Trunk's output).
    #[arg(long, env = "PORTAL_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// The SQLite database file; created, with its folder, on first run.
    #[arg(long, env = "PORTAL_DATA", default_value = "data/portal.sqlite")]
    pub data: PathBuf,

    /// Largest request body accepted, in bytes.
    #[arg(long, env = "PORTAL_MAX_BODY", default_value_t = 64 * 1024)]
    pub max_body: usize,

    /// The local time zone's offset from UTC in hours, for "today" in date rules (8: China).
    #[arg(
        long,
        env = "PORTAL_UTC_OFFSET_HOURS",
        default_value_t = 8,
        allow_negative_numbers = true
    )]
    pub utc_offset_hours: i32,

    /// Set when a proxy in front terminates TLS: adds Strict-Transport-Security.
    #[arg(long, env = "PORTAL_BEHIND_TLS")]
    pub behind_tls: bool,
}
