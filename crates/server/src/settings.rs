//! Settings from flags or environment variables; `portal-server --help` documents them.

use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "portal-server",
    version,
    about = "Serves the Citizen Portal web app and keeps its submissions"
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the web app and the API (what runs without a command).
    Serve,
    /// Write one service's submissions to standard output, for the department.
    Export {
        /// The service's id, e.g. id-card-replacement.
        #[arg(long)]
        service: String,
        /// Only submissions received on or after this day (YYYY-MM-DD, in the local time zone).
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum, default_value = "csv")]
        format: ExportFormat,
        /// Start CSV with a UTF-8 byte order mark, so spreadsheet programs show Chinese correctly.
        #[arg(long)]
        bom: bool,
    },
    /// Delete submissions older than the retention period now (the server also does it daily).
    /// Applications a caseworker has started are kept until they end.
    Purge,
    /// Manage the department workspace's staff.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Print one service's figures: applications per day and by status, days to a decision,
    /// ratings, "was this page useful", and the terms rising in what citizens wrote this week
    /// against the four weeks before (per language, with example passages, numbers and e-mail
    /// addresses masked). Aggregates only.
    Insight {
        /// The service's id, e.g. public-consultation.
        #[arg(long)]
        service: String,
        /// From this day (YYYY-MM-DD, local time zone); default: 35 days ago, enough for the
        /// rising terms.
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum, default_value = "json")]
        format: InsightFormat,
    },
    /// Seal every stored answer with the current data key (--data-key-file or PORTAL_DATA_KEY),
    /// in batches, while the portal goes on serving: answers in clear and answers under an older
    /// key (given with --old-data-key-file) alike. Then the older key is no longer needed.
    Rekey {
        /// Submissions per transaction.
        #[arg(long, default_value_t = 500)]
        batch: usize,
    },
    /// Data keys for encryption at rest.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Print the workspace's audit log as JSON lines, newest first: who signed in, viewed an
    /// application, changed a status, exported, added or revoked staff, and when.
    Audit {
        /// Only one department's entries.
        #[arg(long)]
        department: Option<String>,
        /// Only entries on or after this day (YYYY-MM-DD, in the local time zone).
        #[arg(long)]
        since: Option<String>,
        #[arg(long, default_value_t = 1000)]
        limit: usize,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum StaffCommand {
    /// Add a member of staff and print their one-time setup link (valid 24 hours, works once),
    /// which they open to enrol a passkey. Give it to them in person or by a trusted channel.
    Add {
        /// The department's id in services/departments.toml.
        #[arg(long)]
        department: String,
        /// caseworker (processes applications), manager (also exports and sees figures) or
        /// administrator (also manages the department's staff and reads its audit log).
        #[arg(long)]
        role: String,
        /// The name shown in the console, the audit log and the history of each application.
        #[arg(long)]
        name: String,
    },
    /// List staff (one department's with --department), as JSON lines.
    List {
        #[arg(long)]
        department: Option<String>,
    },
    /// Revoke a member of staff: their sessions end at once and their passkeys stop working.
    Revoke {
        /// Their id, as `staff list` shows it.
        #[arg(long)]
        id: i64,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum KeyCommand {
    /// Print a new random data key (base64), to keep in a file readable only by the server,
    /// outside the database and its backups.
    New,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InsightFormat {
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Jsonl,
}

#[derive(Debug, Clone, Parser)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "PORTAL_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: SocketAddr,

    /// Folder holding the built web app (Trunk's output) and its compiled services.
    #[arg(long, env = "PORTAL_DIST", default_value = "dist", global = true)]
    pub dist: PathBuf,

    /// The SQLite database file; created, with its folder, on first run.
    #[arg(
        long,
        env = "PORTAL_DATA",
        default_value = "data/portal.sqlite",
        global = true
    )]
    pub data: PathBuf,

    /// A PostgreSQL database instead of SQLite, for several servers on one database:
    /// postgres://user:password@host:port/database (the connection is not encrypted: keep the
    /// database on loopback or a private network). --data is then not used.
    #[arg(long, env = "PORTAL_DATABASE", global = true)]
    pub database: Option<String>,

    /// A file holding the data key that encrypts citizens' answers at rest (32 bytes as base64
    /// or hex; `portal-server key new` makes one). Keep it outside the database and its
    /// backups. Without a key (here or in PORTAL_DATA_KEY) answers are stored in clear.
    #[arg(long, env = "PORTAL_DATA_KEY_FILE", global = true)]
    pub data_key_file: Option<PathBuf>,

    /// The data key itself, instead of a file.
    #[arg(long, env = "PORTAL_DATA_KEY", hide_env_values = true, global = true)]
    pub data_key: Option<String>,

    /// An older data key, still read while `rekey` moves its answers to the current one
    /// (may be given more than once).
    #[arg(long, env = "PORTAL_OLD_DATA_KEY_FILE", global = true)]
    pub old_data_key_file: Vec<PathBuf>,

    /// Days a submission is kept before it is deleted (departments should have exported it).
    #[arg(
        long,
        env = "PORTAL_RETENTION_DAYS",
        default_value_t = 30,
        global = true
    )]
    pub retention_days: u32,

    /// Largest request body accepted, in bytes. Every service's answers fit in the default; the
    /// server does not start with a limit some service could exceed.
    #[arg(long, env = "PORTAL_MAX_BODY", default_value_t = portal_forms::validate::size::SUBMISSION_BODY_LIMIT, global = true)]
    pub max_body: usize,

    /// Seconds a client has to send a request's headers, from the moment it connects or its
    /// previous answer was sent (so also how long an idle kept-alive connection stays open).
    #[arg(
        long,
        env = "PORTAL_HEADER_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub header_timeout: u64,

    /// Seconds a client has to send a whole request body (64 KB on a 2G link takes about 15).
    #[arg(long, env = "PORTAL_BODY_TIMEOUT", default_value_t = 60, global = true)]
    pub body_timeout: u64,

    /// Seconds a connection may pass without a byte going either way (e.g. a client that stops
    /// reading an answer) before it is closed.
    #[arg(long, env = "PORTAL_IDLE_TIMEOUT", default_value_t = 60, global = true)]
    pub idle_timeout: u64,

    /// Most connections open at once [default: what the process's open-file limit leaves room
    /// for: each connection may hold a socket and a file]. A larger value is lowered to that,
    /// with a warning.
    #[arg(long, env = "PORTAL_MAX_CONNECTIONS", global = true)]
    pub max_connections: Option<usize>,

    /// Most connections open at once from one client address (an IPv6 client: its /64); 0 turns
    /// the limit off. Not applied with --trusted-proxy-header, where every connection comes from
    /// the proxy, which must limit its own clients.
    #[arg(
        long,
        env = "PORTAL_MAX_CONNECTIONS_PER_CLIENT",
        default_value_t = 256,
        global = true
    )]
    pub max_connections_per_client: usize,

    /// Submissions one client may send per minute; 0 turns the limit off.
    #[arg(
        long,
        env = "PORTAL_RATE_LIMIT_PER_MINUTE",
        default_value_t = 30,
        global = true
    )]
    pub rate_limit_per_minute: u32,

    /// Header carrying the client's address when a trusted proxy is in front (e.g. X-Real-IP or
    /// X-Forwarded-For). The last address in it is used: the one the proxy itself added, since a
    /// client can send the header with addresses of its own in front. Without it, the
    /// connection's address identifies the client.
    #[arg(long, env = "PORTAL_TRUSTED_PROXY_HEADER", global = true)]
    pub trusted_proxy_header: Option<String>,

    /// The local time zone's offset from UTC in hours, for "today" in date rules (8: China).
    #[arg(
        long,
        env = "PORTAL_UTC_OFFSET_HOURS",
        default_value_t = 8,
        allow_negative_numbers = true,
        global = true
    )]
    pub utc_offset_hours: i32,

    /// The address citizens and staff use to reach the portal, e.g. https://portal.example.gov.cn
    /// [default: http://localhost:<port of --bind>]. Passkeys are bound to its host name, setup
    /// links start with it, and the console refuses changes sent from any other origin.
    #[arg(long, env = "PORTAL_PUBLIC_ORIGIN", global = true)]
    pub public_origin: Option<String>,

    /// Minutes a staff session lasts without being used.
    #[arg(
        long,
        env = "PORTAL_STAFF_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub staff_idle_minutes: u64,

    /// Hours a staff session lasts at most, used or not.
    #[arg(
        long,
        env = "PORTAL_STAFF_SESSION_HOURS",
        default_value_t = 12,
        global = true
    )]
    pub staff_session_hours: u64,

    /// Passkey requests (a sign-in or enrolment takes two) one client address may make per
    /// minute; 0 turns the limit off. A whole office behind one address shares it.
    #[arg(
        long,
        env = "PORTAL_SIGN_IN_PER_MINUTE",
        default_value_t = 30,
        global = true
    )]
    pub sign_in_per_minute: u32,

    /// Working days (Monday to Friday) a department has to answer a bad rating, counted from the
    /// day after it was given; later it shows as overdue.
    #[arg(
        long,
        env = "PORTAL_RATING_REPLY_DAYS",
        default_value_t = 3,
        global = true
    )]
    pub rating_reply_days: u32,

    /// Set when a proxy in front terminates TLS: adds Strict-Transport-Security.
    #[arg(long, env = "PORTAL_BEHIND_TLS", global = true)]
    pub behind_tls: bool,
}

impl Settings {
    /// The data keys given, read from their files or the environment.
    pub fn keys(&self) -> Result<crate::store::sealing::Keys, String> {
        use crate::store::sealing::{DataKey, Keys};
        let read = |file: &PathBuf| {
            std::fs::read_to_string(file)
                .map_err(|e| format!("{}: {e}", file.display()))
                .and_then(|text| {
                    DataKey::parse(&text).map_err(|e| format!("{}: {e}", file.display()))
                })
        };
        let current = match (&self.data_key_file, &self.data_key) {
            (Some(_), Some(_)) => {
                return Err("give the data key in a file or in PORTAL_DATA_KEY, not both".into());
            }
            (Some(file), None) => Some(read(file)?),
            (None, Some(text)) => {
                Some(DataKey::parse(text).map_err(|e| format!("PORTAL_DATA_KEY: {e}"))?)
            }
            (None, None) => None,
        };
        let older = self
            .old_data_key_file
            .iter()
            .map(read)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Keys::new(current, older))
    }

    /// The database: PostgreSQL with --database, else the SQLite file --data.
    pub fn open_store(&self) -> Result<std::sync::Arc<dyn crate::store::Store>, String> {
        let keys = self.keys()?;
        Ok(match &self.database {
            Some(url) => std::sync::Arc::new(crate::store::PostgresStore::open(url, keys)?),
            None => std::sync::Arc::new(crate::store::SqliteStore::open(&self.data, keys)?),
        })
    }

    /// The portal's public origin as browsers write it (`https://portal.example.gov.cn`: lower
    /// case, no default port, no path), or why `--public-origin` is not one.
    pub fn origin(&self) -> Result<String, String> {
        let Some(given) = &self.public_origin else {
            return Ok(format!("http://localhost:{}", self.bind.port()));
        };
        let url = webauthn_rs::prelude::Url::parse(given)
            .map_err(|e| format!("--public-origin {given}: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(format!(
                "--public-origin {given}: give http:// or https:// and a host name"
            ));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
            return Err(format!(
                "--public-origin {given}: the portal must be served at the root of its host (no path)"
            ));
        }
        Ok(url.origin().ascii_serialization())
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::Parser;

    fn origin(given: &str) -> Result<String, String> {
        Cli::parse_from(["portal-server", "--public-origin", given])
            .settings
            .origin()
    }

    #[test]
    fn the_public_origin_is_written_as_browsers_send_it() {
        assert_eq!(
            origin("HTTPS://Portal.Example.gov.cn:443/").unwrap(),
            "https://portal.example.gov.cn"
        );
        assert_eq!(
            origin("http://localhost:8080").unwrap(),
            "http://localhost:8080"
        );
        assert!(origin("https://portal.example.gov.cn/portal").is_err());
        assert!(origin("ftp://portal.example.gov.cn").is_err());
        assert!(origin("portal.example.gov.cn").is_err());
        let default = Cli::parse_from(["portal-server", "--bind", "127.0.0.1:9000"]).settings;
        assert_eq!(default.origin().unwrap(), "http://localhost:9000");
    }
}
