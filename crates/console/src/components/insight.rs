//! What citizens need, for managers: the last 35 days of one service — applications per day as
//! an accessible chart with its numbers in a table beside it, days to a decision, "was this page
//! useful", and the terms rising in what citizens wrote, with example passages.

use crate::app::use_console;
use crate::service_texts::ServiceTexts;
use leptos::prelude::*;
use serde_json::Value;

/// The chart as SVG text: one bar per day, a title and a description for screen readers (the
/// table next to it holds the same numbers). Only numbers and escaped texts go in.
fn chart(days: &[(String, u64)], title: &str, description: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let most = days.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let (width, height) = (days.len().max(1) * 10, 100);
    let bars: String = days
        .iter()
        .enumerate()
        .map(|(i, (_, n))| {
            let h = (*n as f64 / most as f64 * 96.0).round() as usize;
            format!(
                r#"<rect class="app-console-chart__bar" x="{}" y="{}" width="8" height="{h}"></rect>"#,
                i * 10 + 1,
                height - h
            )
        })
        .collect();
    format!(
        r#"<svg role="img" aria-labelledby="console-chart-title console-chart-description" viewBox="0 0 {width} {height}" preserveAspectRatio="none" focusable="false"><title id="console-chart-title">{}</title><desc id="console-chart-description">{}</desc><line class="app-console-chart__axis" x1="0" y1="{height}" x2="{width}" y2="{height}"></line>{bars}</svg>"#,
        escape(title),
        escape(description)
    )
}

#[component]
pub fn Insight(service: String) -> impl IntoView {
    let console = use_console();
    let figures = RwSignal::new(None::<Value>);
    let failed = RwSignal::new(false);
    // The service's texts in the staff member's language, to name its pages.
    let pages = RwSignal::new(None::<ServiceTexts>);
    leptos::task::spawn_local(async move {
        let answer = crate::api::get(&format!("/console/api/services/{service}/insight")).await;
        if answer.status != 200 {
            failed.try_set(true);
            return;
        }
        let version = answer.body["version"].as_u64().unwrap_or_default() as u32;
        let texts = ServiceTexts::load(&service, version, console.language()).await;
        // The manager may have moved on before the answer came: then there is nothing to show.
        pages.try_set(texts);
        figures.try_set(Some(answer.body));
    });
    let body = move || {
        figures.get().map(|figures| {
            let days: Vec<(String, u64)> = figures["per_day"]
                .as_array()
                .map(|days| {
                    days.iter()
                        .map(|d| {
                            (
                                d["date"].as_str().unwrap_or_default().to_string(),
                                d["applications"].as_u64().unwrap_or_default(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let total: u64 = days.iter().map(|(_, n)| n).sum();
            let busiest = days.iter().max_by_key(|(_, n)| *n).cloned().unwrap_or_default();
            let description = console.t_with(
                "insight-chart-description",
                &[
                    ("total", (total as f64).into()),
                    ("most", (busiest.1 as f64).into()),
                    ("day", busiest.0.clone().into()),
                ],
            );
            let svg = chart(&days, &console.t("insight-chart-title"), &description);
            let day_rows = days
                .iter()
                .map(|(date, n)| view! { <tr><td>{date.clone()}</td><td>{n.to_string()}</td></tr> })
                .collect_view();
            let median = figures["median_days_to_decision"]
                .as_f64()
                .map_or_else(|| console.t("insight-none"), |d| format!("{d}"));
            let number = |key: &str| figures[key].as_u64().unwrap_or_default().to_string();
            let useful = |key: &str| figures["page_useful"][key].as_u64().unwrap_or_default().to_string();
            let terms = figures["rising_terms"].as_array().cloned().unwrap_or_default();
            let no_terms = terms.is_empty();
            let term_rows = terms
                .into_iter()
                .map(|term| {
                    let language = term["language"].as_str().unwrap_or_default().to_string();
                    let examples = term["examples"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|example| {
                            let reference = example["reference"].as_str().unwrap_or_default().to_string();
                            let passage = example["passage"].as_str().unwrap_or_default().to_string();
                            let target = crate::view::View::Application(reference.clone());
                            let href = target.path();
                            view! {
                                <li>
                                    <a href=href class="app-console__reference" on:click=move |event| {
                                        event.prevent_default();
                                        console.go(target.clone());
                                    }>{reference}</a>
                                    " "
                                    <span lang=language.clone()>{passage}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <td>{console.t(&format!("language-{}", term["language"].as_str().unwrap_or_default()))}</td>
                            <td lang=term["language"].as_str().unwrap_or_default().to_string()>{term["term"].as_str().unwrap_or_default().to_string()}</td>
                            <td>{term["last_week"].as_u64().unwrap_or_default().to_string()}</td>
                            <td>{term["weekly_before"].as_f64().unwrap_or_default().to_string()}</td>
                            <td><ul class="app-console-insight__examples">{examples}</ul></td>
                        </tr>
                    }
                })
                .collect_view();
            let mistakes = figures["validation_errors"].as_array().cloned().unwrap_or_default();
            let no_mistakes = mistakes.is_empty();
            let mistake_rows = mistakes
                .into_iter()
                .map(|page| {
                    let id = page["page"].as_str().unwrap_or_default().to_string();
                    let name = pages.with(|p| p.as_ref().map_or_else(|| id.clone(), |p| p.page_name(&id)));
                    let codes = page["codes"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|code| {
                            let reason = console.t(&format!("insight-code-{}", code["code"].as_str().unwrap_or_default()));
                            let errors = code["errors"].as_u64().unwrap_or_default();
                            view! { <li>{format!("{reason}: {errors}")}</li> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <td>{name}</td>
                            <td>{page["errors"].as_u64().unwrap_or_default().to_string()}</td>
                            <td><ul class="app-console-insight__examples">{codes}</ul></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p>{console.t_with("insight-period", &[
                    ("from", figures["from"].as_str().unwrap_or_default().to_string().into()),
                    ("to", figures["to"].as_str().unwrap_or_default().to_string().into()),
                ])}</p>
                <div class="app-console-insight__chart-and-table">
                    <figure class="app-console-chart">
                        <div class="app-console-chart__drawing" inner_html=svg></div>
                        <figcaption>{console.t("insight-chart-title")}</figcaption>
                    </figure>
                    <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-insight-days-caption">
                        <table class="app-console-table">
                            <caption id="console-insight-days-caption">{console.t("insight-days-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{console.t("insight-day")}</th>
                                <th scope="col">{console.t("insight-applications")}</th>
                            </tr></thead>
                            <tbody>{day_rows}</tbody>
                        </table>
                    </div>
                </div>
                <dl class="app-console-summary">
                    <dt>{console.t("insight-applications")}</dt>
                    <dd>{number("applications")}</dd>
                    <dt>{console.t("insight-median-days")}</dt>
                    <dd>{median}</dd>
                    <dt>{console.t("insight-decided")}</dt>
                    <dd>{number("decided")}</dd>
                    <dt>{console.t("insight-useful-yes")}</dt>
                    <dd>{useful("yes")}</dd>
                    <dt>{console.t("insight-useful-no")}</dt>
                    <dd>{useful("no")}</dd>
                    <dt>{console.t("insight-page-views")}</dt>
                    <dd>{number("information_page_views")}</dd>
                    <dt>{console.t("insight-sent-per-hundred")}</dt>
                    <dd>{figures["sent_per_hundred_views"].as_f64().map_or_else(|| console.t("insight-none"), |d| format!("{d}"))}</dd>
                </dl>
                <h3>{console.t("insight-errors-title")}</h3>
                <p>{console.t("insight-errors-hint")}</p>
                {no_mistakes.then(|| view! { <p role="status">{console.t("insight-no-errors")}</p> })}
                {(!no_mistakes).then(|| view! {
                    <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-insight-errors-caption">
                        <table class="app-console-table">
                            <caption id="console-insight-errors-caption">{console.t("insight-errors-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{console.t("insight-errors-page")}</th>
                                <th scope="col">{console.t("insight-errors-count")}</th>
                                <th scope="col">{console.t("insight-errors-codes")}</th>
                            </tr></thead>
                            <tbody>{mistake_rows}</tbody>
                        </table>
                    </div>
                })}
                <h3>{console.t("insight-terms-title")}</h3>
                <p>{console.t("insight-terms-hint")}</p>
                {no_terms.then(|| view! { <p role="status">{console.t("insight-no-terms")}</p> })}
                {(!no_terms).then(|| view! {
                    <div class="app-console-table__scroll" role="region" tabindex="0" aria-labelledby="console-insight-terms-caption">
                        <table class="app-console-table">
                            <caption id="console-insight-terms-caption">{console.t("insight-terms-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{console.t("insight-language")}</th>
                                <th scope="col">{console.t("insight-term")}</th>
                                <th scope="col">{console.t("insight-last-week")}</th>
                                <th scope="col">{console.t("insight-weekly-before")}</th>
                                <th scope="col">{console.t("insight-examples")}</th>
                            </tr></thead>
                            <tbody>{term_rows}</tbody>
                        </table>
                    </div>
                })}
            }
        })
    };
    view! {
        <section class="app-console-insight" aria-labelledby="console-insight-heading">
            <h2 id="console-insight-heading">{console.t("insight-title")}</h2>
            <Show when=move || failed.get()>
                <p class="app-console__problem" role="alert">{console.t("insight-failed")}</p>
            </Show>
            {body}
        </section>
    }
}
