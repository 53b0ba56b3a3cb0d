//! The department's audit log for administrators: who did what, when (never answers).

use crate::app::{page_shown, use_console};
use crate::texts::date_time;
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Entry {
    at: i64,
    actor: String,
    action: String,
    subject: Option<String>,
    detail: Option<String>,
}

#[component]
pub fn AuditLog() -> impl IntoView {
    let console = use_console();
    page_shown(console.t("audit-title"));
    let entries = RwSignal::new(Vec::<Entry>::new());
    let problem = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        let answer = crate::api::get("/console/api/audit?limit=200").await;
        if answer.status == 401 {
            return console.session_ended();
        }
        match serde_json::from_value::<Vec<Entry>>(answer.body["entries"].clone()) {
            Ok(list) if answer.status == 200 => entries.set(list),
            _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
        }
    });
    let rows = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                view! {
                    <tr>
                        <td>{date_time(console.language(), entry.at)}</td>
                        <td>{entry.actor}</td>
                        <td>{console.t(&format!("audit-action-{}", entry.action))}</td>
                        <td>{entry.subject.unwrap_or_default()}</td>
                        <td>{entry.detail.unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{console.t("audit-title")}</h1>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-audit-caption">
            <table class="app-console-table">
            <caption id="console-audit-caption">{console.t("audit-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{console.t("audit-when")}</th>
                    <th scope="col">{console.t("audit-who")}</th>
                    <th scope="col">{console.t("audit-what")}</th>
                    <th scope="col">{console.t("audit-subject")}</th>
                    <th scope="col">{console.t("audit-detail")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
            </div>
    }
}
