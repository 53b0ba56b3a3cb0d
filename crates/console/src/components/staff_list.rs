//! The department's staff for administrators: who has access, adding someone (which gives the
//! one-time setup link to pass on) and revoking someone (their sessions end at once).

use crate::app::{page_shown, use_console};
use crate::components::field_error::{FieldError, described_by, focus_field};
use crate::texts::date_time;
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::json;

#[derive(Debug, Clone, Deserialize)]
struct Member {
    id: i64,
    name: String,
    role: String,
    revoked_at: Option<i64>,
}

/// The name field's id.
const NAME: &str = "console-staff-name";
const ROLES: [&str; 3] = ["caseworker", "manager", "administrator"];

#[component]
pub fn StaffList() -> impl IntoView {
    let console = use_console();
    page_shown(console.t("staff-title"));
    let members = RwSignal::new(Vec::<Member>::new());
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let link = RwSignal::new(None::<String>);
    let name = NodeRef::<leptos::html::Input>::new();
    let name_error = RwSignal::new(None::<String>);
    let load = move || {
        leptos::task::spawn_local(async move {
            let answer = crate::api::get("/console/api/staff").await;
            if answer.status == 401 {
                return console.session_ended();
            }
            match serde_json::from_value::<Vec<Member>>(answer.body["staff"].clone()) {
                Ok(list) if answer.status == 200 => members.set(list),
                _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
            }
        });
    };
    load();
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let wanted = name.get_untracked().map(|n| n.value()).unwrap_or_default();
        let role = document()
            .query_selector("input[name=console-role]:checked")
            .ok()
            .flatten()
            .and_then(|input| input.get_attribute("value"))
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let answer = crate::api::post(
                "/console/api/staff",
                &json!({ "name": wanted.trim(), "role": role }),
                console.csrf().as_deref(),
            )
            .await;
            match answer.status {
                201 => {
                    problem.set(None);
                    name_error.set(None);
                    done.set(Some(console.t_with(
                        "staff-added",
                        &[("name", wanted.trim().to_string().into())],
                    )));
                    link.set(answer.body["setup_link"].as_str().map(str::to_string));
                    crate::app::focus_later("console-done");
                    if let Some(input) = name.get_untracked() {
                        input.set_value("");
                    }
                    load();
                }
                401 => console.session_ended(),
                _ => {
                    let code = answer.code();
                    let words = console.t(&format!("error-{code}"));
                    if code == "invalid-name" {
                        problem.set(None);
                        name_error.set(Some(words));
                        focus_field(NAME);
                    } else {
                        problem.set(Some(words));
                    }
                }
            }
        });
    };
    let revoke = move |member: Member| {
        leptos::task::spawn_local(async move {
            let answer = crate::api::post(
                &format!("/console/api/staff/{}/revoke", member.id),
                &json!({}),
                console.csrf().as_deref(),
            )
            .await;
            match answer.status {
                204 => {
                    problem.set(None);
                    link.set(None);
                    done.set(Some(
                        console.t_with("staff-revoked-done", &[("name", member.name.into())]),
                    ));
                    load();
                    crate::app::focus_later("console-done");
                }
                401 => console.session_ended(),
                _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
            }
        });
    };
    let rows = move || {
        members
            .get()
            .into_iter()
            .map(|member| {
                let state = match member.revoked_at {
                    Some(at) => console.t_with("staff-revoked", &[("date", date_time(console.language(), at).into())]),
                    None => console.t("staff-active"),
                };
                let action = member.revoked_at.is_none().then(|| {
                    let label = console.t_with("staff-revoke", &[("name", member.name.clone().into())]);
                    let target = member.clone();
                    view! {
                        <button type="button" class="app-console-button app-console-button--secondary"
                            on:click=move |_| revoke(target.clone())>{label}</button>
                    }
                });
                view! {
                    <tr>
                        <td>{member.name.clone()}</td>
                        <td>{console.t(&format!("role-{}", member.role))}</td>
                        <td>{state}</td>
                        <td>{action}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let roles = ROLES
        .iter()
        .map(|role| {
            let id = format!("console-role-{role}");
            view! {
                <div class="app-console-choice">
                    <input type="radio" name="console-role" id=id.clone() value=*role checked=*role == "caseworker" />
                    <label for=id>{console.t(&format!("role-{role}"))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <h1 id="console-heading" tabindex="-1">{console.t("staff-title")}</h1>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        <div role="status" id="console-done" class="app-console__done" tabindex="-1">
            <p>{move || done.get()}</p>
            {move || link.get().map(|link| view! {
                <p>{console.t("staff-link-label")}</p>
                <p class="app-console__link">{link}</p>
            })}
        </div>
        <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-staff-caption">
            <table class="app-console-table">
            <caption id="console-staff-caption">{console.t("staff-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{console.t("staff-name")}</th>
                    <th scope="col">{console.t("staff-role")}</th>
                    <th scope="col">{console.t("staff-state")}</th>
                    <th scope="col">{console.t("staff-action")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
            </div>
        <form class="app-console-form" on:submit=add novalidate>
            <h2>{console.t("staff-add-title")}</h2>
            <label for=NAME>{console.t("staff-add-name")}</label>
            <FieldError field=NAME message=name_error />
            <input id=NAME type="text" maxlength="100" autocomplete="off" node_ref=name
                aria-describedby=move || described_by(NAME, false, name_error)
                aria-invalid=move || name_error.with(Option::is_some).then_some("true") />
            <fieldset>
                <legend>{console.t("staff-add-role")}</legend>
                {roles}
            </fieldset>
            <button type="submit" class="app-console-button">{console.t("staff-add-submit")}</button>
        </form>
    }
}
