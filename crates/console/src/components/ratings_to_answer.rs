//! Bad ratings (好差评) of the department's services, to be answered by their deadline: the
//! oldest unanswered first, overdue ones marked.

use crate::app::{page_shown, use_console};
use crate::texts::date_time;
use crate::view::View;
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Item {
    reference: String,
    service: String,
    level: u8,
    rated_at: i64,
    deadline: i64,
    answered_at: Option<i64>,
    overdue: bool,
}

#[component]
pub fn RatingsToAnswer() -> impl IntoView {
    let console = use_console();
    page_shown(console.t("ratings-title"));
    let items = RwSignal::new(Vec::<Item>::new());
    let loaded = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let days = RwSignal::new(None::<u64>);
    leptos::task::spawn_local(async move {
        let answer = crate::api::get("/console/api/ratings").await;
        if answer.status == 401 {
            return console.session_ended();
        }
        match serde_json::from_value::<Vec<Item>>(answer.body["ratings"].clone()) {
            Ok(list) if answer.status == 200 => {
                items.set(list);
                days.set(answer.body["reply_days"].as_u64());
            }
            _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
        }
        loaded.set(true);
    });
    let rows = move || {
        items
            .get()
            .into_iter()
            .map(|item| {
                let target = View::Application(item.reference.clone());
                let href = target.path();
                let state = match item.answered_at {
                    Some(at) => console.t_with(
                        "ratings-answered",
                        &[("date", date_time(console.language(), at).into())],
                    ),
                    None if item.overdue => console.t("ratings-overdue"),
                    None => console.t("ratings-open"),
                };
                let class = if item.overdue && item.answered_at.is_none() {
                    "app-console__overdue"
                } else {
                    ""
                };
                view! {
                    <tr>
                        <td>
                            <a href=href class="app-console__reference" on:click=move |event| {
                                event.prevent_default();
                                console.go(target.clone());
                            }>{item.reference.clone()}</a>
                        </td>
                        <td>{console.t(&format!("{}-name", item.service))}</td>
                        <td>{console.t(&format!("rating-level-{}", item.level))}</td>
                        <td>{date_time(console.language(), item.rated_at)}</td>
                        <td>{date_time(console.language(), item.deadline)}</td>
                        <td class=class>{state}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="console-heading" tabindex="-1">{console.t("ratings-title")}</h1>
        <p>{move || days.get().map(|days| console.t_with("ratings-intro", &[("days", days.into())]))}</p>
        <p class="app-console__problem" role="alert">{move || problem.get()}</p>
        <p role="status">
            {move || (loaded.get() && items.with(Vec::is_empty)).then(|| console.t("ratings-none"))}
        </p>
        <Show when=move || !items.with(Vec::is_empty)>
            <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-ratings-caption">
                <table class="app-console-table">
                    <caption id="console-ratings-caption">{console.t("ratings-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{console.t("inbox-reference")}</th>
                            <th scope="col">{console.t("application-service")}</th>
                            <th scope="col">{console.t("rating-given")}</th>
                            <th scope="col">{console.t("ratings-rated")}</th>
                            <th scope="col">{console.t("ratings-deadline")}</th>
                            <th scope="col">{console.t("ratings-state")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}
