//! Staff in tests: `portal-server staff add`, enrolment and sign-in with a software passkey, and
//! a signed-in "browser tab" sending the console's requests with its cookie and CSRF token.

#![allow(dead_code)]

use crate::passkey::SoftPasskey;
use crate::support::{Reply, Server, complaint};
use serde_json::{Value, json};
use std::process::Command;

pub fn origin(server: &Server) -> String {
    format!("http://localhost:{}", server.address.port())
}

pub fn command(server: &Server, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(args)
        .arg("--dist")
        .arg(server.folder.join("dist"))
        .args(server.database_args())
        .arg("--bind")
        .arg(server.address.to_string())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

/// `portal-server staff add`: the setup token from the link it prints.
pub fn add_staff(server: &Server, department: &str, role: &str, name: &str) -> String {
    let output = command(
        server,
        &[
            "staff",
            "add",
            "--department",
            department,
            "--role",
            role,
            "--name",
            name,
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8(output.stdout).unwrap();
    let link = printed
        .lines()
        .find(|l| l.contains("/console/setup#"))
        .unwrap_or_else(|| panic!("no setup link in {printed}"));
    assert!(
        link.starts_with(&format!("{}/console/setup#", origin(server))),
        "{link}"
    );
    link.rsplit('#').next().unwrap().to_string()
}

/// A browser tab of the console: its cookie and CSRF token.
pub struct Staff<'a> {
    pub server: &'a Server,
    pub cookie: String,
    pub csrf: String,
}

pub fn post_json(server: &Server, path: &str, extra_headers: &str, body: &Value) -> Reply {
    let body = body.to_string();
    server.request(
        format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nOrigin: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra_headers}\r\n{body}",
            origin(server),
            body.len()
        )
        .as_bytes(),
    )
}

pub fn session_cookie(reply: &Reply) -> String {
    let set = reply.header("set-cookie").expect("a session cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    set.split(';').next().unwrap().to_string()
}

/// Enrols a passkey through the setup token and returns it with the signed-in tab.
pub fn enrol<'a>(server: &'a Server, token: &str) -> (SoftPasskey, Staff<'a>) {
    let start = post_json(
        server,
        "/console/api/setup/start",
        "",
        &json!({ "token": token }),
    );
    assert_eq!(start.status, 200, "{}", start.body);
    let start = start.json();
    let (passkey, credential) = SoftPasskey::create(&start["options"], &origin(server));
    let finish = post_json(
        server,
        "/console/api/setup/finish",
        "",
        &json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!(finish.status, 201, "{}", finish.body);
    let staff = Staff {
        server,
        cookie: session_cookie(&finish),
        csrf: finish.json()["csrf_token"].as_str().unwrap().to_string(),
    };
    (passkey, staff)
}

pub fn sign_in<'a>(server: &'a Server, passkey: &mut SoftPasskey) -> Result<Staff<'a>, Reply> {
    let start = post_json(server, "/console/api/sign-in/start", "", &json!({}));
    assert_eq!(start.status, 200, "{}", start.body);
    let start = start.json();
    let credential = passkey.sign_in(&start["options"], &origin(server));
    let finish = post_json(
        server,
        "/console/api/sign-in/finish",
        "",
        &json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    if finish.status != 200 {
        return Err(finish);
    }
    Ok(Staff {
        server,
        cookie: session_cookie(&finish),
        csrf: finish.json()["csrf_token"].as_str().unwrap().to_string(),
    })
}

impl Staff<'_> {
    pub fn get(&self, path: &str) -> Reply {
        self.server.request(
            format!(
                "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: {}\r\n\r\n",
                self.cookie
            )
            .as_bytes(),
        )
    }

    pub fn post(&self, path: &str, body: &Value) -> Reply {
        post_json(
            self.server,
            path,
            &format!("Cookie: {}\r\nX-CSRF-Token: {}\r\n", self.cookie, self.csrf),
            body,
        )
    }

    pub fn move_to(&self, reference: &str, from: &str, to: &str, message: Option<&str>) -> Reply {
        self.post(
            &format!("/console/api/applications/{reference}/status"),
            &json!({ "from": from, "to": to, "message": message }),
        )
    }
}

pub fn send_complaint(server: &Server, key: &str) -> String {
    let reply = server.submit(&complaint(key));
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["reference"].as_str().unwrap().to_string()
}

pub fn code(reply: &Reply) -> String {
    reply.json()["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}
