//! The department workspace over HTTP, against a real portal-server: staff enrolled with
//! `portal-server staff add` sign in with a (software) passkey, see and process only their own
//! department's applications, and every step is in the audit log.

#[path = "support/passkey.rs"]
mod passkey;
#[path = "support/staff.rs"]
mod staff;
mod support;

use passkey::SoftPasskey;
use serde_json::{Value, json};
use staff::{Staff, add_staff, code, command, enrol, origin, post_json, send_complaint, sign_in};
use support::Server;

#[test]
fn a_caseworker_signs_in_with_a_passkey_and_moves_an_application_through_its_statuses() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0001");
    let token = add_staff(&server, "market-regulation", "caseworker", "王芳");
    let (mut passkey, _first_tab) = enrol(&server, &token);

    // Later, on its own: the passkey alone says who is signing in.
    let staff = sign_in(&server, &mut passkey).expect("signed in");
    let me = staff.get("/console/api/me").json();
    assert_eq!(me["name"], "王芳");
    assert_eq!(me["department"], "market-regulation");
    assert_eq!(me["services"], json!(["product-quality-complaint"]));

    let inbox = staff
        .get("/console/api/services/product-quality-complaint/applications")
        .json();
    assert_eq!(inbox["applications"][0]["reference"], reference.as_str());
    assert_eq!(inbox["applications"][0]["status"], "received");

    let application = staff.get(&format!("/console/api/applications/{reference}"));
    assert_eq!(application.status, 200, "{}", application.body);
    let application = application.json();
    assert_eq!(application["answers"]["product"], json!(["电热水壶"]));
    assert_eq!(application["language"], "zh-CN");
    assert_eq!(
        application["next_statuses"],
        json!(["in-progress", "more-information-needed", "refused"])
    );

    let steps = [
        ("received", "in-progress", None),
        (
            "in-progress",
            "more-information-needed",
            Some("请上传购买凭证的照片。"),
        ),
        ("more-information-needed", "in-progress", None),
        ("in-progress", "completed", Some("商家已同意退款。")),
    ];
    for (from, to, message) in steps {
        let moved = staff.move_to(&reference, from, to, message);
        assert_eq!(moved.status, 200, "{from} -> {to}: {}", moved.body);
    }
    let history = staff.get(&format!("/console/api/applications/{reference}"));
    let history = history.json();
    assert_eq!(history["status"], "completed");
    assert_eq!(history["history"].as_array().unwrap().len(), 4);
    assert_eq!(history["history"][1]["message"], "请上传购买凭证的照片。");
    assert_eq!(history["history"][3]["staff_name"], "王芳");
    assert_eq!(history["next_statuses"], json!([]));

    // Filtered by status.
    let completed = staff
        .get("/console/api/services/product-quality-complaint/applications?status=completed")
        .json();
    assert_eq!(completed["applications"].as_array().unwrap().len(), 1);
    let received = staff
        .get("/console/api/services/product-quality-complaint/applications?status=received")
        .json();
    assert!(received["applications"].as_array().unwrap().is_empty());
}

#[test]
fn the_workflow_refuses_illegal_and_stale_moves_and_bad_messages() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0002");
    let token = add_staff(&server, "market-regulation", "caseworker", "李明");
    let (_, staff) = enrol(&server, &token);

    let skip = staff.move_to(&reference, "received", "approved", None);
    assert_eq!(
        (skip.status, code(&skip)),
        (409, "transition-not-allowed".into())
    );
    assert_eq!(
        staff
            .move_to(&reference, "received", "in-progress", None)
            .status,
        200
    );
    // A second caseworker's screen still says "received".
    let stale = staff.move_to(&reference, "received", "refused", None);
    assert_eq!((stale.status, code(&stale)), (409, "status-changed".into()));
    assert_eq!(stale.json()["status"], "in-progress");
    let back = staff.move_to(&reference, "in-progress", "received", None);
    assert_eq!(back.status, 409);
    let unknown = staff.move_to(&reference, "in-progress", "lost", None);
    assert_eq!((unknown.status, code(&unknown)), (400, "malformed".into()));
    let long = "很".repeat(2001);
    let too_long = staff.move_to(&reference, "in-progress", "approved", Some(&long));
    assert_eq!(
        (too_long.status, code(&too_long)),
        (400, "message-too-long".into())
    );
    let hidden = staff.move_to(&reference, "in-progress", "approved", Some("ok\u{202E}"));
    assert_eq!(
        (hidden.status, code(&hidden)),
        (400, "message-hidden-characters".into())
    );
    // Nothing above changed anything.
    let now = staff
        .get(&format!("/console/api/applications/{reference}"))
        .json();
    assert_eq!(now["status"], "in-progress");
    assert_eq!(now["history"].as_array().unwrap().len(), 1);
    // A message in any language, kept as written.
    let ug = "ئىلتىماسىڭىز تەستىقلاندى.";
    assert_eq!(
        staff
            .move_to(&reference, "in-progress", "approved", Some(ug))
            .status,
        200
    );
    let now = staff
        .get(&format!("/console/api/applications/{reference}"))
        .json();
    assert_eq!(now["history"][1]["message"], ug);
}

#[test]
fn staff_of_one_department_can_never_reach_anothers_applications() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0003");
    let police = add_staff(&server, "public-security", "administrator", "赵强");
    let (_, police) = enrol(&server, &police);
    let market = add_staff(&server, "market-regulation", "administrator", "孙丽");
    let (_, market) = enrol(&server, &market);

    let inbox = police.get("/console/api/services/product-quality-complaint/applications");
    assert_eq!(
        (inbox.status, code(&inbox)),
        (403, "not-your-department".into())
    );
    let export = police.get("/console/api/services/product-quality-complaint/export");
    assert_eq!(
        (export.status, code(&export)),
        (403, "not-your-department".into())
    );
    // Another department's application looks exactly like one that does not exist.
    let view = police.get(&format!("/console/api/applications/{reference}"));
    assert_eq!((view.status, code(&view)), (404, "not-found".into()));
    let missing = police.get("/console/api/applications/ABCD2345");
    assert_eq!((missing.status, code(&missing)), (404, "not-found".into()));
    let moved = police.move_to(&reference, "received", "refused", Some("no"));
    assert_eq!((moved.status, code(&moved)), (404, "not-found".into()));
    // Nor another department's staff.
    let staff = market.get("/console/api/staff").json();
    let market_id = staff["staff"][0]["id"].as_i64().unwrap();
    let revoke = police.post(
        &format!("/console/api/staff/{market_id}/revoke"),
        &json!({}),
    );
    assert_eq!((revoke.status, code(&revoke)), (404, "not-found".into()));
    let listed = police.get("/console/api/staff").json();
    assert!(
        listed["staff"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["department"] == "public-security")
    );
    // And not its audit log.
    let audit = police.get("/console/api/audit").json();
    assert!(
        audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["department"] == "public-security"),
        "{audit}"
    );
    // Untouched by all that.
    let application = market
        .get(&format!("/console/api/applications/{reference}"))
        .json();
    assert_eq!(application["status"], "received");
    assert_eq!(application["history"], json!([]));
}

#[test]
fn roles_limit_exports_staff_and_the_audit_log() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0004");
    let (_, caseworker) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "甲"),
    );
    let (_, manager) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "manager", "乙"),
    );
    let (_, admin) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "administrator", "丙"),
    );

    for refused in [
        caseworker.get("/console/api/services/product-quality-complaint/export"),
        caseworker.get("/console/api/staff"),
        caseworker.get("/console/api/audit"),
        manager.get("/console/api/staff"),
        manager.get("/console/api/audit"),
        manager.post(
            "/console/api/staff",
            &json!({ "name": "丁", "role": "caseworker" }),
        ),
    ] {
        assert_eq!(
            (refused.status, code(&refused)),
            (403, "role".into()),
            "{}",
            refused.body
        );
    }
    let csv = manager.get("/console/api/services/product-quality-complaint/export");
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains(&reference), "{}", csv.body);
    assert!(
        csv.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );

    // An administrator adds a caseworker from the console; the link works once.
    let added = admin.post(
        "/console/api/staff",
        &json!({ "name": "丁", "role": "caseworker" }),
    );
    assert_eq!(added.status, 201, "{}", added.body);
    let link = added.json()["setup_link"].as_str().unwrap().to_string();
    let token = link.rsplit('#').next().unwrap();
    let (_, newcomer) = enrol(&server, token);
    assert_eq!(newcomer.get("/console/api/me").json()["name"], "丁");
    let again = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": token }),
    );
    assert_eq!(
        (again.status, code(&again)),
        (404, "setup-link-invalid".into())
    );
}

#[test]
fn every_step_is_in_the_audit_log_without_any_answer() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0005");
    let (mut passkey, _) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "administrator", "周"),
    );
    let admin = sign_in(&server, &mut passkey).unwrap();
    assert_eq!(
        admin
            .get(&format!("/console/api/applications/{reference}"))
            .status,
        200
    );
    assert_eq!(
        admin
            .move_to(&reference, "received", "in-progress", Some("已受理"))
            .status,
        200
    );
    assert_eq!(
        admin
            .get("/console/api/services/product-quality-complaint/export")
            .status,
        200
    );
    let audit = admin.get("/console/api/audit").json();
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "export",
            "change-status",
            "view-application",
            "sign-in",
            "sign-in",
            "enrol-passkey",
            "add-staff"
        ]
    );
    assert_eq!(audit["entries"][1]["subject"], reference.as_str());
    assert_eq!(audit["entries"][1]["detail"], "received -> in-progress");
    assert_eq!(audit["entries"][1]["actor"], "周");

    let printed = command(&server, &["audit"]);
    assert!(printed.status.success());
    let printed = String::from_utf8(printed.stdout).unwrap();
    assert_eq!(printed.lines().count(), 7, "{printed}");
    assert!(printed.contains("\"view-application\"") && printed.contains(&reference));
    for answer in ["电热水壶", "li@example.cn", "李四", "已受理"] {
        assert!(!printed.contains(answer), "{answer} in the audit log");
        assert!(
            !audit.to_string().contains(answer),
            "{answer} in the audit log"
        );
    }
}

#[test]
fn sessions_need_their_cookie_csrf_token_and_origin_and_end_on_sign_out_and_revocation() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0006");
    let (mut passkey, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "吴"),
    );

    let anonymous = server.get("/console/api/me");
    assert_eq!(
        (anonymous.status, code(&anonymous)),
        (401, "not-signed-in".into())
    );
    let forged = Staff {
        server: &server,
        cookie: format!("portal-staff={}", "a".repeat(64)),
        csrf: String::new(),
    };
    assert_eq!(forged.get("/console/api/me").status, 401);
    let no_csrf = Staff {
        server: &server,
        cookie: staff.cookie.clone(),
        csrf: "0".repeat(64),
    };
    let refused = no_csrf.move_to(&reference, "received", "in-progress", None);
    assert_eq!((refused.status, code(&refused)), (403, "csrf-token".into()));
    let cross_site = server.request(
        format!(
            "POST /console/api/applications/{reference}/status HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nOrigin: https://evil.example\r\nCookie: {}\r\nX-CSRF-Token: {}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}",
            staff.cookie, staff.csrf
        )
        .as_bytes(),
    );
    assert_eq!(
        (cross_site.status, code(&cross_site)),
        (403, "cross-origin".into())
    );
    let form = server.request(
        format!(
            "POST /console/api/sign-out HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: {}\r\nX-CSRF-Token: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n",
            staff.cookie, staff.csrf
        )
        .as_bytes(),
    );
    assert_eq!(form.status, 415);
    assert_eq!(
        staff.get("/console/api/me").status,
        200,
        "nothing above ended the session"
    );

    let out = staff.post("/console/api/sign-out", &json!({}));
    assert_eq!(out.status, 204);
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    assert_eq!(staff.get("/console/api/me").status, 401);

    // Revoked: the open session ends at once, and the passkey signs in no more.
    let again = sign_in(&server, &mut passkey).unwrap();
    assert_eq!(again.get("/console/api/me").status, 200);
    let listed = String::from_utf8(command(&server, &["staff", "list"]).stdout).unwrap();
    let id =
        serde_json::from_str::<Value>(listed.lines().next().unwrap()).unwrap()["id"].to_string();
    assert!(
        command(&server, &["staff", "revoke", "--id", &id])
            .status
            .success()
    );
    assert_eq!(again.get("/console/api/me").status, 401);
    let refused = sign_in(&server, &mut passkey).err().expect("refused");
    assert_eq!(
        (refused.status, code(&refused)),
        (401, "sign-in-refused".into())
    );
}

#[test]
fn an_idle_session_ends() {
    let server = Server::start(&["--staff-idle-minutes", "0"]);
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "郑"),
    );
    std::thread::sleep(std::time::Duration::from_millis(2100));
    assert_eq!(staff.get("/console/api/me").status, 401);
}

#[test]
fn setup_links_work_once_and_expire() {
    let server = Server::start(&[]);
    let token = add_staff(&server, "market-regulation", "caseworker", "冯");
    let wrong = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": "f".repeat(64) }),
    );
    assert_eq!(
        (wrong.status, code(&wrong)),
        (404, "setup-link-invalid".into())
    );
    let (_, _) = enrol(&server, &token);
    let used = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": token }),
    );
    assert_eq!(
        (used.status, code(&used)),
        (404, "setup-link-invalid".into())
    );

    let late = add_staff(&server, "market-regulation", "caseworker", "陈");
    server.sql("UPDATE staff_setup SET expires_at = expires_at - 86401 WHERE used_at IS NULL");
    let expired = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": late }),
    );
    assert_eq!(
        (expired.status, code(&expired)),
        (404, "setup-link-invalid".into())
    );

    // A ceremony finishes once: a replayed enrolment keeps nothing.
    let fresh = add_staff(&server, "market-regulation", "caseworker", "褚");
    let start = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": fresh }),
    )
    .json();
    let (_, credential) = SoftPasskey::create(&start["options"], &origin(&server));
    let body = json!({ "ceremony": start["ceremony"], "credential": credential });
    assert_eq!(
        post_json(&server, "/console/api/setup/finish", "", &body).status,
        201
    );
    let replay = post_json(&server, "/console/api/setup/finish", "", &body);
    assert_eq!(
        (replay.status, code(&replay)),
        (400, "ceremony-expired".into())
    );

    let bad = command(
        &server,
        &[
            "staff",
            "add",
            "--department",
            "nowhere",
            "--role",
            "caseworker",
            "--name",
            "x",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("market-regulation"));
    let bad = command(
        &server,
        &[
            "staff",
            "add",
            "--department",
            "commerce",
            "--role",
            "boss",
            "--name",
            "x",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_passkey_for_another_site_or_a_forged_signature_does_not_sign_in() {
    let server = Server::start(&["--sign-in-per-minute", "100"]);
    let (mut passkey, _) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "蒋"),
    );
    // Phished: the browser says the page was another origin.
    let start = post_json(&server, "/console/api/sign-in/start", "", &json!({})).json();
    let credential = passkey.sign_in(&start["options"], "http://localhost:1");
    let finish = post_json(
        &server,
        "/console/api/sign-in/finish",
        "",
        &json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!(
        (finish.status, code(&finish)),
        (401, "sign-in-refused".into())
    );
    // Signed for another challenge.
    let first = post_json(&server, "/console/api/sign-in/start", "", &json!({})).json();
    let second = post_json(&server, "/console/api/sign-in/start", "", &json!({})).json();
    let credential = passkey.sign_in(&first["options"], &origin(&server));
    let finish = post_json(
        &server,
        "/console/api/sign-in/finish",
        "",
        &json!({ "ceremony": second["ceremony"], "credential": credential }),
    );
    assert_eq!(
        (finish.status, code(&finish)),
        (401, "sign-in-refused".into())
    );
    // A passkey nobody enrolled.
    let start = post_json(&server, "/console/api/sign-in/start", "", &json!({})).json();
    let other = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": add_staff(&server, "commerce", "caseworker", "沈") }),
    )
    .json();
    let (mut stranger, _) = SoftPasskey::create(&other["options"], &origin(&server));
    let credential = stranger.sign_in(&start["options"], &origin(&server));
    let finish = post_json(
        &server,
        "/console/api/sign-in/finish",
        "",
        &json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!(
        (finish.status, code(&finish)),
        (401, "sign-in-refused".into())
    );
    assert!(
        sign_in(&server, &mut passkey).is_ok(),
        "the real one still works"
    );
}

#[test]
fn sign_in_is_rate_limited() {
    let server = Server::start(&["--sign-in-per-minute", "3"]);
    let statuses: Vec<u16> = (0..5)
        .map(|_| post_json(&server, "/console/api/sign-in/start", "", &json!({})).status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
}

#[test]
fn inboxes_page_by_position_newest_first() {
    let server = Server::start(&["--rate-limit-per-minute", "0"]);
    let sent: Vec<String> = (0..23)
        .map(|i| send_complaint(&server, &format!("console-page-{i:04}")))
        .collect();
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "韩"),
    );
    let mut seen = Vec::new();
    let mut path =
        "/console/api/services/product-quality-complaint/applications?limit=10".to_string();
    loop {
        let page = staff.get(&path).json();
        seen.extend(
            page["applications"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["reference"].as_str().unwrap().to_string()),
        );
        match page["next"].as_str() {
            Some(next) => {
                path = format!(
                    "/console/api/services/product-quality-complaint/applications?limit=10&before={next}"
                )
            }
            None => break,
        }
    }
    let mut newest_first = sent.clone();
    newest_first.reverse();
    assert_eq!(seen, newest_first);
}

#[test]
fn hostile_input_to_every_console_endpoint_gets_a_json_refusal() {
    let server = Server::start(&[]);
    let reference = send_complaint(&server, "console-0007");
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "administrator", "杨"),
    );
    let gets = [
        "/console/api/services/product-quality-complaint/applications?status=lost",
        "/console/api/services/product-quality-complaint/applications?before=1.x",
        "/console/api/services/product-quality-complaint/applications?limit=100000",
        "/console/api/services/product-quality-complaint/applications?limit=-1",
        "/console/api/services/product-quality-complaint/applications?sort=answers",
        "/console/api/services/nothing/applications",
        "/console/api/services/..%2F..%2Fetc/applications",
        "/console/api/services/product-quality-complaint/export?format=xlsx",
        "/console/api/applications/..%2F..",
        "/console/api/applications/abcd2345",
        "/console/api/applications/%00",
        "/console/api/audit?since=yesterday",
        "/console/api/audit?limit=0",
        "/console/api/nothing",
    ];
    for path in gets {
        let reply = staff.get(path);
        assert!(
            (400..500).contains(&reply.status),
            "{path}: {}",
            reply.status
        );
        assert!(!code(&reply).is_empty(), "{path}: {}", reply.body);
    }
    let status_path = format!("/console/api/applications/{reference}/status");
    let posts: Vec<(&str, Value)> = vec![
        (status_path.as_str(), json!({ "from": "received" })),
        (
            status_path.as_str(),
            json!({ "from": "received", "to": "in-progress", "extra": 1 }),
        ),
        (status_path.as_str(), json!({ "from": 1, "to": [] })),
        (status_path.as_str(), json!("in-progress")),
        (
            "/console/api/staff",
            json!({ "name": "", "role": "caseworker" }),
        ),
        (
            "/console/api/staff",
            json!({ "name": "a\u{0007}b", "role": "caseworker" }),
        ),
        (
            "/console/api/staff",
            json!({ "name": "x".repeat(101), "role": "caseworker" }),
        ),
        (
            "/console/api/staff",
            json!({ "name": "ok", "role": "root" }),
        ),
        ("/console/api/staff/abc/revoke", json!({})),
        ("/console/api/staff/999999/revoke", json!({})),
        ("/console/api/setup/start", json!({ "token": "../../" })),
        ("/console/api/setup/start", json!({ "token": 5 })),
        (
            "/console/api/setup/finish",
            json!({ "ceremony": "x", "credential": {} }),
        ),
        (
            "/console/api/sign-in/finish",
            json!({ "ceremony": "x", "credential": { "id": "x" } }),
        ),
    ];
    for (path, body) in posts {
        let reply = staff.post(path, &body);
        assert!(
            (400..500).contains(&reply.status),
            "{path} {body}: {}",
            reply.status
        );
        assert!(!code(&reply).is_empty(), "{path}: {}", reply.body);
    }
    let raw_bodies: [&[u8]; 3] = [b"{", b"\xff\xfe", &[b'{'; 20_000]];
    for raw in raw_bodies {
        let mut request = format!(
            "POST {status_path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nOrigin: {}\r\nCookie: {}\r\nX-CSRF-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            origin(&server), staff.cookie, staff.csrf, raw.len()
        )
        .into_bytes();
        request.extend_from_slice(raw);
        let reply = server.request(&request);
        assert!(matches!(reply.status, 400 | 413), "{}", reply.status);
        assert!(!code(&reply).is_empty());
    }
    let application = staff
        .get(&format!("/console/api/applications/{reference}"))
        .json();
    assert_eq!(application["status"], "received");
    assert_eq!(
        staff.get("/console/api/staff").json()["staff"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn purging_keeps_applications_in_hand_until_they_have_ended() {
    let server = Server::start(&[]);
    let untouched = send_complaint(&server, "console-purge-1");
    let in_hand = send_complaint(&server, "console-purge-2");
    let (_, staff) = enrol(
        &server,
        &add_staff(&server, "market-regulation", "caseworker", "秦"),
    );
    assert_eq!(
        staff
            .move_to(&in_hand, "received", "in-progress", None)
            .status,
        200
    );
    // Received ten days ago; the retention period is five days. Times are moved in the
    // database rather than waited for, so no second boundary can decide the outcome.
    let days_back = |column: &str, days: i64| {
        server.sql(&format!(
            "UPDATE submissions SET {column} = {column} - {days} * 86400 WHERE {column} IS NOT NULL"
        ));
    };
    days_back("received_at", 10);
    let purge = || {
        let output = command(&server, &["purge", "--retention-days", "5"]);
        assert!(output.status.success());
    };
    purge();
    let view = |reference: &str| {
        staff
            .get(&format!("/console/api/applications/{reference}"))
            .status
    };
    assert_eq!(view(&untouched), 200, "waiting for a caseworker: kept");
    assert_eq!(view(&in_hand), 200, "in progress: kept");
    let done = staff.move_to(&in_hand, "in-progress", "completed", None);
    assert_eq!(done.status, 200);
    purge();
    assert_eq!(view(&in_hand), 200, "ended just now: kept");
    days_back("status_changed_at", 6);
    purge();
    assert_eq!(
        view(&in_hand),
        404,
        "ended before the retention period: purged"
    );
    assert_eq!(view(&untouched), 200, "still waiting: kept");
    // A department with no active staff works by export: its old applications go by age.
    let listed = String::from_utf8(command(&server, &["staff", "list"]).stdout).unwrap();
    let id =
        serde_json::from_str::<Value>(listed.lines().next().unwrap()).unwrap()["id"].to_string();
    assert!(
        command(&server, &["staff", "revoke", "--id", &id])
            .status
            .success()
    );
    purge();
    let left = server.sql("SELECT COUNT(*) FROM submissions");
    assert_eq!(left.trim(), "0", "no active staff: purged by age");
}

#[test]
fn administrators_cannot_revoke_themselves_or_the_last_administrator() {
    let server = Server::start(&[]);
    let (_, first) = enrol(
        &server,
        &add_staff(&server, "commerce", "administrator", "甲"),
    );
    let staff = first.get("/console/api/staff").json();
    let first_id = staff["staff"][0]["id"].as_i64().unwrap();
    let own = first.post(&format!("/console/api/staff/{first_id}/revoke"), &json!({}));
    assert_eq!((own.status, code(&own)), (409, "cannot-revoke-self".into()));
    let (_, second) = enrol(
        &server,
        &add_staff(&server, "commerce", "administrator", "乙"),
    );
    // Two administrators: one may revoke the other, and then the last one stays.
    assert_eq!(
        second
            .post(&format!("/console/api/staff/{first_id}/revoke"), &json!({}))
            .status,
        204
    );
    assert_eq!(
        first.get("/console/api/me").status,
        401,
        "revoked: signed out at once"
    );
    let (_, third) = enrol(&server, &add_staff(&server, "commerce", "caseworker", "丙"));
    assert_eq!(third.get("/console/api/me").status, 200);
    let listed = second.get("/console/api/staff").json();
    let second_id = listed["staff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "乙")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let (_, fourth) = enrol(
        &server,
        &add_staff(&server, "commerce", "administrator", "丁"),
    );
    assert_eq!(
        fourth
            .post(
                &format!("/console/api/staff/{second_id}/revoke"),
                &json!({})
            )
            .status,
        204
    );
    // 丁 is now the only administrator: nobody else can remove them either (none is left).
    let fourth_id = fourth.get("/console/api/staff").json()["staff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "丁")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let own = fourth.post(
        &format!("/console/api/staff/{fourth_id}/revoke"),
        &json!({}),
    );
    assert_eq!((own.status, code(&own)), (409, "cannot-revoke-self".into()));
}

#[test]
fn a_wrong_method_gets_a_json_refusal_and_a_public_origin_with_a_path_is_refused() {
    let server = Server::start(&[]);
    let wrong = server.get("/console/api/sign-out");
    assert_eq!(
        (wrong.status, code(&wrong)),
        (405, "method-not-allowed".into())
    );
    let output = command(
        &server,
        &[
            "staff",
            "add",
            "--department",
            "commerce",
            "--role",
            "caseworker",
            "--name",
            "x",
            "--public-origin",
            "https://portal.example/app",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no path"));
}

#[test]
fn one_client_cannot_crowd_out_others_passkey_ceremonies() {
    let server = Server::start(&["--sign-in-per-minute", "0"]);
    let token = add_staff(&server, "commerce", "caseworker", "己");
    let start = post_json(
        &server,
        "/console/api/setup/start",
        "",
        &json!({ "token": token }),
    )
    .json();
    // The same client starts many more: its oldest ceremony gives way, others' would not.
    for _ in 0..25 {
        assert_eq!(
            post_json(&server, "/console/api/sign-in/start", "", &json!({})).status,
            200
        );
    }
    let (_, credential) = SoftPasskey::create(&start["options"], &origin(&server));
    let late = post_json(
        &server,
        "/console/api/setup/finish",
        "",
        &json!({ "ceremony": start["ceremony"], "credential": credential }),
    );
    assert_eq!((late.status, code(&late)), (400, "ceremony-expired".into()));
    // A fresh start works at once.
    let (_, staff) = enrol(&server, &token);
    assert_eq!(staff.get("/console/api/me").status, 200);
}
