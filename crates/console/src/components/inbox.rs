//! One service's applications, newest first, filtered by status, a page at a time.

use crate::app::{page_shown, use_console};
use crate::texts::date_time;
use crate::view::View;
use leptos::prelude::*;
use portal_forms::status::Status;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Line {
    reference: String,
    received_at: i64,
    status: Status,
}

#[component]
pub fn Inbox(service: String) -> impl IntoView {
    let console = use_console();
    let name = console.t(&format!("{service}-name"));
    page_shown(name.clone());
    let service = StoredValue::new(service);
    let filter = RwSignal::new(String::new());
    let lines = RwSignal::new(Vec::<Line>::new());
    let next = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let load = move |more: bool| {
        leptos::task::spawn_local(async move {
            let mut path = format!(
                "/console/api/services/{}/applications?limit=50",
                service.get_value()
            );
            let status = filter.get_untracked();
            if !status.is_empty() {
                path.push_str(&format!("&status={status}"));
            }
            if more && let Some(cursor) = next.get_untracked() {
                path.push_str(&format!("&before={cursor}"));
            }
            let answer = crate::api::get(&path).await;
            if answer.status == 401 {
                return console.session_ended();
            }
            if answer.status != 200 {
                return problem.set(Some(console.t(&format!("error-{}", answer.code()))));
            }
            let page: Vec<Line> =
                serde_json::from_value(answer.body["applications"].clone()).unwrap_or_default();
            next.set(answer.body["next"].as_str().map(str::to_string));
            if more {
                lines.update(|l| l.extend(page));
            } else {
                lines.set(page);
            }
            problem.set(None);
            loaded.set(true);
        });
    };
    load(false);
    let status_options = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.as_str()>{console.t(&format!("status-{}", s.as_str()))}</option> })
        .collect_view();
    let may_export = console.me.with_untracked(|me| {
        me.as_ref()
            .is_some_and(|m| m.role == "manager" || m.role == "administrator")
    });
    let figures = RwSignal::new(None::<serde_json::Value>);
    if may_export {
        leptos::task::spawn_local(async move {
            let answer = crate::api::get(&format!(
                "/console/api/services/{}/figures",
                service.get_value()
            ))
            .await;
            if answer.status == 200 {
                figures.set(Some(answer.body["ratings"].clone()));
            }
        });
    }
    let figures_view = move || {
        figures.get().map(|ratings| {
            let count = |key: &str| ratings[key].as_u64().unwrap_or_default().to_string();
            let levels = (1..=5)
                .map(|level| {
                    let n = ratings["levels"][level - 1].as_u64().unwrap_or_default();
                    view! {
                        <dt>{console.t(&format!("rating-level-{level}"))}</dt>
                        <dd>{n.to_string()}</dd>
                    }
                })
                .collect_view();
            view! {
                <h2>{console.t("figures-title")}</h2>
                <dl class="app-console-summary app-console-figures">
                    <dt>{console.t("figures-count")}</dt>
                    <dd>{count("count")}</dd>
                    {levels}
                    <dt>{console.t("figures-unanswered")}</dt>
                    <dd>{count("unanswered")}</dd>
                    <dt>{console.t("figures-overdue")}</dt>
                    <dd>{count("overdue")}</dd>
                </dl>
            }
        })
    };
    let export = may_export.then(|| {
        let href = format!(
            "/console/api/services/{}/export?format=csv",
            service.get_value()
        );
        view! { <p><a href=href download="">{console.t("inbox-export")}</a></p> }
    });
    let rows = move || {
        lines
            .get()
            .into_iter()
            .map(|line| {
                let view_target = View::Application(line.reference.clone());
                let href = view_target.path();
                view! {
                    <tr>
                        <td>
                            <a href=href class="app-console__reference" on:click=move |event| {
                                event.prevent_default();
                                console.go(view_target.clone());
                            }>{line.reference.clone()}</a>
                        </td>
                        <td>{date_time(console.language(), line.received_at)}</td>
                        <td>{console.t(&format!("status-{}", line.status.as_str()))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{name}</h1>
        {export}
        <div class="app-console__filter">
            <label for="console-status-filter">{console.t("inbox-filter-label")}</label>
            <select id="console-status-filter" on:change=move |event| {
                filter.set(event_target_value(&event));
                load(false);
            }>
                <option value="">{console.t("inbox-filter-all")}</option>
                {status_options}
            </select>
        </div>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        <Show when=move || loaded.get() && lines.with(Vec::is_empty)>
            <p role="status">{console.t("inbox-empty")}</p>
        </Show>
        <Show when=move || !lines.with(Vec::is_empty)>
            <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-inbox-caption">
            <table class="app-console-table">
                <caption id="console-inbox-caption">{console.t("inbox-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{console.t("inbox-reference")}</th>
                        <th scope="col">{console.t("inbox-received")}</th>
                        <th scope="col">{console.t("inbox-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </Show>
        {figures_view}
        {may_export.then(|| view! { <crate::components::insight::Insight service=service.get_value()/> })}
        <Show when=move || next.with(Option::is_some)>
            <button type="button" class="app-console-button app-console-button--secondary" on:click=move |_| load(true)>
                {console.t("inbox-more")}
            </button>
        </Show>
    }
}
