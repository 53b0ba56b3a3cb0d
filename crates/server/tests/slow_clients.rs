//! No client can hold the server: connections that send half a request, a body a byte at a time
//! or nothing at all are closed within their timeouts, one client cannot take every connection,
//! and meanwhile everyone else is answered. The server runs with an open-file limit of 1,024,
//! the common default, as a real process on loopback.

mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};
use support::{Server, complaint};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

const HEADER_TIMEOUT: u64 = 2;
const BODY_TIMEOUT: u64 = 3;

fn server() -> Server {
    Server::start_with_open_file_limit(
        &[
            "--header-timeout",
            &HEADER_TIMEOUT.to_string(),
            "--body-timeout",
            &BODY_TIMEOUT.to_string(),
            "--idle-timeout",
            "5",
        ],
        1024,
    )
}

/// A connection from `source` (another loopback address is another client).
async fn connect_from(source: [u8; 4], to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((source, 0)))?;
    socket.connect(to).await
}

/// What the server does with a connection it was left holding: `Some(status)` for an answer,
/// `Some(0)` for a close or reset, `None` if it is still open at `deadline`.
async fn outcome(
    mut stream: impl AsyncReadExt + Unpin,
    deadline: tokio::time::Instant,
) -> Option<u16> {
    let mut reply = Vec::new();
    let mut buffer = [0u8; 1024];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => reply.extend_from_slice(&buffer[..n]),
        }
    }
    let text = String::from_utf8_lossy(&reply);
    Some(
        text.split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0),
    )
}

fn after(seconds: u64) -> tokio::time::Instant {
    tokio::time::Instant::now() + Duration::from_secs(seconds)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_half_sent_requests_from_one_client_do_not_keep_others_out() {
    let server = server();
    let address = server.address;
    let mut held = Vec::new();
    for _ in 0..1100 {
        // The listen backlog may refuse some outright: those are not held either.
        if let Ok(mut stream) = connect_from([127, 0, 0, 2], address).await {
            let _ = stream
                .write_all(b"POST /api/submissions HTTP/1.1\r\nHost: portal\r\nContent-Le")
                .await;
            held.push(stream);
        }
    }
    let deadline = after(HEADER_TIMEOUT + 3);

    // Another client, meanwhile: a page and a submission, each answered within a second (two
    // on PostgreSQL, where a submission also makes two round trips to the database server,
    // which runs on this machine's two cores beside the thousand connections).
    let wait = if server.on_postgres() { 2 } else { 1 };
    let other = tokio::task::spawn_blocking(move || {
        let second = Duration::from_secs(wait);
        let started = Instant::now();
        let page = support::send_within(
            address,
            b"GET / HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n",
            second,
        );
        let page_time = started.elapsed();
        let body = complaint("slow-clients-0001").to_string();
        let started = Instant::now();
        let submission = support::send_within(
            address,
            format!(
                "POST /api/submissions HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
            .as_bytes(),
            second,
        );
        let submission_time = started.elapsed();
        (page.status, submission.status, page_time.max(submission_time) <= second)
    })
    .await
    .unwrap();
    assert_eq!(
        other,
        (200, 201, true),
        "the other client was answered within {wait} s"
    );

    // Every one of the greedy client's connections is closed within the header timeout.
    let mut closing = tokio::task::JoinSet::new();
    for stream in held {
        closing.spawn(outcome(stream, deadline));
    }
    let outcomes = closing.join_all().await;
    let still_open = outcomes.iter().filter(|o| o.is_none()).count();
    assert_eq!(
        still_open, 0,
        "connections left open after the header timeout"
    );
    assert!(
        outcomes.iter().all(|o| matches!(o, Some(0 | 408))),
        "{outcomes:?}"
    );
}

#[tokio::test]
async fn a_connection_that_sends_nothing_or_half_a_header_is_closed_in_time() {
    let server = server();
    let silent = TcpStream::connect(server.address).await.unwrap();
    let mut half = TcpStream::connect(server.address).await.unwrap();
    half.write_all(b"GET / HTTP/1.1\r\nHo").await.unwrap();
    let deadline = after(HEADER_TIMEOUT + 3);
    assert!(
        outcome(silent, deadline).await.is_some(),
        "silent connection still open"
    );
    assert!(
        outcome(half, deadline).await.is_some(),
        "half a header still open"
    );
}

#[tokio::test]
async fn a_kept_alive_connection_left_idle_is_closed() {
    let server = server();
    let mut stream = TcpStream::connect(server.address).await.unwrap();
    stream
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: portal\r\n\r\n")
        .await
        .unwrap();
    let mut buffer = [0u8; 4096];
    let n = stream.read(&mut buffer).await.unwrap();
    assert!(String::from_utf8_lossy(&buffer[..n]).starts_with("HTTP/1.1 200"));
    // Nothing more is asked: the connection does not stay open for ever.
    let closed = outcome(stream, after(HEADER_TIMEOUT + 3)).await;
    assert_eq!(closed, Some(0));
}

#[tokio::test]
async fn a_body_sent_a_byte_at_a_time_is_cut_off_with_408() {
    let server = server();
    let stream = TcpStream::connect(server.address).await.unwrap();
    let (reader, mut writer) = stream.into_split();
    writer
        .write_all(b"POST /api/submissions HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
        .await
        .unwrap();
    let trickle = tokio::spawn(async move {
        while writer.write_all(b" ").await.is_ok() {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
    let status = outcome(reader, after(BODY_TIMEOUT + 3)).await;
    trickle.abort();
    assert_eq!(status, Some(408));
}

#[tokio::test]
async fn a_declared_body_over_the_limit_is_refused_before_it_is_sent() {
    let server = server();
    let mut stream = TcpStream::connect(server.address).await.unwrap();
    stream
        .write_all(b"POST /api/submissions HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        .await
        .unwrap();
    // Answered at once, not after the body timeout.
    let status = outcome(stream, after(BODY_TIMEOUT - 1)).await;
    assert_eq!(status, Some(413));
}
