//! Accepting connections, so that no client can hold the server: HTTP/1.1 only (browsers speak
//! HTTP/2 only over TLS, which a proxy in front terminates), a time limit for a request's headers
//! and for a connection where nothing moves, a total and a per-client connection limit kept
//! under the open-file limit, and every accept error logged.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::time::Instant;
use tower::ServiceExt;

/// Largest request head (request line and headers) read before answering 431.
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// How long a graceful shutdown waits for requests under way.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
/// A warning is logged when this share (in percent) of the connection limit is in use.
const NEAR_LIMIT_PERCENT: usize = 90;
/// Between two warnings of the same kind.
const WARNING_INTERVAL: Duration = Duration::from_secs(60);

/// Connections allowed when neither the operator nor the open-file limit says otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 10_000;

/// The limits connections are held to.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_connections: usize,
    /// Whether `max_connections` was chosen by the operator (lowering it is then worth a warning).
    pub chosen: bool,
    /// `None`: no per-client limit.
    pub per_client: Option<usize>,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
}

impl Limits {
    /// The most connections the open-file limit leaves room for: each may hold a socket and a
    /// file being sent, and the database, logs and listener need a few of their own.
    pub fn fit_open_files(mut self, open_files: u64) -> Self {
        let room = (open_files.saturating_sub(64) / 2).max(16) as usize;
        if self.max_connections > room {
            if self.chosen {
                tracing::warn!(
                    configured = self.max_connections,
                    allowed = room,
                    open_file_limit = open_files,
                    "connection limit lowered to fit the open-file limit"
                );
            }
            self.max_connections = room;
        }
        if let Some(per_client) = self.per_client.as_mut() {
            *per_client = (*per_client).min(self.max_connections);
        }
        self
    }
}

/// Raises the soft open-file limit to the hard one and returns it.
pub fn raise_open_file_limit() -> Option<u64> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if limit.current != limit.maximum {
        let raised = Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        };
        if setrlimit(Resource::Nofile, raised).is_ok() {
            return limit.maximum;
        }
    }
    limit.current
}

/// Who a connection belongs to for the per-client limit: its IPv4 address, or its IPv6 /64
/// (one household or phone gets a whole /64, so counting single addresses would not limit it).
fn client_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let segments = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(
                    segments[0],
                    segments[1],
                    segments[2],
                    segments[3],
                    0,
                    0,
                    0,
                    0,
                ))
            }
        },
    }
}

/// Connections open now, in all and per client.
struct Counts {
    limits: Limits,
    total: AtomicUsize,
    per_client: Mutex<HashMap<IpAddr, usize>>,
    last_near_limit_warning: Mutex<Option<Instant>>,
    last_refusal_warning: Mutex<Option<Instant>>,
}

/// A connection's place in the counts, given back when it closes.
struct Admitted {
    counts: Arc<Counts>,
    client: IpAddr,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        self.counts.total.fetch_sub(1, Ordering::AcqRel);
        let mut clients = lock(&self.counts.per_client);
        if let Some(count) = clients.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                clients.remove(&self.client);
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Whether a warning of this kind may be logged now (at most one per [`WARNING_INTERVAL`]).
fn due(last: &Mutex<Option<Instant>>) -> bool {
    let mut last = lock(last);
    let now = Instant::now();
    if last.is_some_and(|at| now.duration_since(at) < WARNING_INTERVAL) {
        return false;
    }
    *last = Some(now);
    true
}

impl Counts {
    fn admit(self: &Arc<Self>, address: IpAddr) -> Option<Admitted> {
        let client = client_of(address);
        let mut clients = lock(&self.per_client);
        let total = self.total.load(Ordering::Acquire);
        let of_client = clients.get(&client).copied().unwrap_or(0);
        let over_client = self.limits.per_client.is_some_and(|max| of_client >= max);
        if total >= self.limits.max_connections || over_client {
            drop(clients);
            if due(&self.last_refusal_warning) {
                tracing::warn!(
                    open = total,
                    max_connections = self.limits.max_connections,
                    client_over_its_limit = over_client,
                    "connection refused: over the connection limit"
                );
            }
            return None;
        }
        *clients.entry(client).or_insert(0) += 1;
        drop(clients);
        let open = self.total.fetch_add(1, Ordering::AcqRel) + 1;
        if open * 100 >= self.limits.max_connections * NEAR_LIMIT_PERCENT
            && due(&self.last_near_limit_warning)
        {
            tracing::warn!(
                open,
                max_connections = self.limits.max_connections,
                "connections near their limit"
            );
        }
        Some(Admitted {
            counts: self.clone(),
            client,
        })
    }
}

/// When a connection last moved a byte either way, in milliseconds since it opened.
#[derive(Clone)]
struct Activity {
    opened: Instant,
    last: Arc<AtomicU64>,
}

impl Activity {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            last: Arc::new(AtomicU64::new(0)),
        }
    }

    fn touch(&self) {
        let now = self.opened.elapsed().as_millis() as u64;
        self.last.store(now, Ordering::Relaxed);
    }

    fn last(&self) -> Instant {
        self.opened + Duration::from_millis(self.last.load(Ordering::Relaxed))
    }
}

/// A socket that records when bytes move.
struct Watched {
    stream: TcpStream,
    activity: Activity,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then lets requests
/// under way finish (for at most [`SHUTDOWN_GRACE`]).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let counts = Arc::new(Counts {
        limits,
        total: AtomicUsize::new(0),
        per_client: Mutex::new(HashMap::new()),
        last_near_limit_warning: Mutex::new(None),
        last_refusal_warning: Mutex::new(None),
    });
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(MAX_HEAD_BYTES)
        .keep_alive(true);
    let (stop, stopping) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors or memory: wait a moment instead of spinning.
                    tracing::error!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(admitted) = counts.admit(peer.ip()) else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let activity = Activity::new();
        let io = TokioIo::new(Watched {
            stream,
            activity: activity.clone(),
        });
        let service = TowerToHyperService::new(app.clone().map_request(
            move |mut request: axum::extract::Request<hyper::body::Incoming>| {
                request
                    .extensions_mut()
                    .insert(ConnectInfo::<SocketAddr>(peer));
                request
            },
        ));
        let connection = http.serve_connection(io, service);
        let mut stopping = stopping.clone();
        tokio::spawn(async move {
            let _admitted = admitted;
            let mut connection = std::pin::pin!(connection);
            let mut closing = false;
            loop {
                let quiet_until = activity.last() + limits.idle_timeout;
                tokio::select! {
                    served = connection.as_mut() => {
                        if let Err(error) = served {
                            tracing::debug!(%error, "connection ended with an error");
                        }
                        break;
                    }
                    () = tokio::time::sleep_until(quiet_until) => {
                        if activity.last() + limits.idle_timeout <= Instant::now() {
                            tracing::debug!("idle connection closed");
                            break;
                        }
                    }
                    changed = stopping.changed(), if !closing => {
                        closing = true;
                        if changed.is_ok() {
                            connection.as_mut().graceful_shutdown();
                        }
                    }
                }
            }
        });
    }
    drop(listener);
    let _ = stop.send(true);
    let deadline = Instant::now() + SHUTDOWN_GRACE;
    while counts.total.load(Ordering::Acquire) > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max: usize, per_client: Option<usize>) -> Limits {
        Limits {
            max_connections: max,
            chosen: true,
            per_client,
            header_timeout: Duration::from_secs(1),
            idle_timeout: Duration::from_secs(1),
        }
    }

    fn counts(limits: Limits) -> Arc<Counts> {
        Arc::new(Counts {
            limits,
            total: AtomicUsize::new(0),
            per_client: Mutex::new(HashMap::new()),
            last_near_limit_warning: Mutex::new(None),
            last_refusal_warning: Mutex::new(None),
        })
    }

    #[test]
    fn one_client_cannot_take_every_connection() {
        let counts = counts(limits(10, Some(3)));
        let greedy: IpAddr = "203.0.113.7".parse().unwrap();
        let held: Vec<_> = (0..5).filter_map(|_| counts.admit(greedy)).collect();
        assert_eq!(held.len(), 3);
        assert!(counts.admit("203.0.113.8".parse().unwrap()).is_some());
        drop(held);
        assert_eq!(counts.total.load(Ordering::Acquire), 0);
        assert!(
            counts.admit(greedy).is_some(),
            "closed connections are given back"
        );
    }

    #[test]
    fn the_total_is_a_hard_ceiling() {
        let counts = counts(limits(4, None));
        let held: Vec<_> = (0..10u8)
            .filter_map(|i| counts.admit(IpAddr::from([10, 0, 0, i])))
            .collect();
        assert_eq!(held.len(), 4);
    }

    #[test]
    fn an_ipv6_client_is_its_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_of(a), client_of(b));
        assert_ne!(client_of(a), client_of(other));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(client_of(mapped), "192.0.2.1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn the_open_file_limit_caps_connections() {
        let fitted = limits(10_000, Some(256)).fit_open_files(1024);
        assert_eq!(fitted.max_connections, 480);
        assert_eq!(fitted.per_client, Some(256));
        let tiny = limits(10_000, Some(256)).fit_open_files(100);
        assert_eq!(tiny.max_connections, 18);
        assert_eq!(tiny.per_client, Some(18));
    }
}
