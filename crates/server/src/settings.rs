//! Settings from flags or environment variables; `portal-server --help` documents them.

use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "portal-server",
    version,
    about = "Serves the Citizen Portal web app"
)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(long, env = "PORTAL_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Folder holding the built web app (Trunk's output).
    #[arg(long, env = "PORTAL_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Set when a proxy in front terminates TLS: adds Strict-Transport-Security.
    #[arg(long, env = "PORTAL_BEHIND_TLS")]
    pub behind_tls: bool,
}
