//! Search: the services whose name, summary, keywords or topic match what the citizen types, in
//! the language on screen, found on the device (no server round trip, so it works offline once
//! the index has been fetched). Results follow the typing; their number is announced politely.

use crate::components::PageHeading;
use crate::fetch::{fetch_text, start_fetch};
use crate::i18n::{Texts, use_i18n};
use crate::router::{paths, use_router};
use crate::service::json;
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::search::{SearchEntry, find};

/// Keeps the query in the address (without a new history entry), so reload and back keep it.
fn remember(query: &str) {
    let params = web_sys::UrlSearchParams::new().ok();
    let search = params
        .map(|p| {
            p.append("q", query);
            p.to_string().as_string().unwrap_or_default()
        })
        .unwrap_or_default();
    let path = if query.is_empty() {
        "/search".to_string()
    } else {
        format!("/search?{search}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let texts = Texts::load(i18n, vec!["search".into(), "catalogue".into()]);
    let query = RwSignal::new(untrack(|| router.query("q")).unwrap_or_default());
    let index = RwSignal::new(None::<Vec<SearchEntry>>);
    // The index of the language on screen, fetched again when it changes.
    Effect::new(move |_| {
        let code = i18n.language().code;
        spawn_local(async move {
            let text = fetch_text(start_fetch(&format!("/locales/{code}/search.json")))
                .await
                .unwrap_or_default();
            // Nothing to do if the citizen has left the page meanwhile.
            let _ = index.try_set(Some(json::parse(&text).unwrap_or_default()));
        });
    });
    let found = Memo::new(move |_| {
        index.with(|index| {
            index.as_ref().map(|index| {
                query.with(|q| {
                    find(index, q)
                        .into_iter()
                        .map(String::from)
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let searched = move || !query.with(|q| q.trim().is_empty());
    let announcement = move || match (searched(), found.get()) {
        (true, Some(found)) if texts.ready() => {
            texts.t_with("search-results", &[("count", (found.len() as i64).into())])
        }
        _ => String::new(),
    };
    let results = move || {
        found
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|id| {
                let (name, summary) = (format!("{id}-name"), format!("{id}-summary"));
                view! {
                    <li class="app-service-list__item">
                        <a class="app-service-list__link" href=paths::start(&id)>{texts.tr(name)}</a>
                        <p class="app-service-list__description">{texts.tr(summary)}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let nothing = move || searched() && found.get().is_some_and(|f| f.is_empty());
    let on_submit = move |event: leptos::ev::SubmitEvent| event.prevent_default();
    view! {
        <PageHeading title=texts.tr("search-title") />
        <form class="app-search" role="search" action="/search" on:submit=on_submit>
            <label class="app-label" for="search-query">{texts.tr("search-label")}</label>
            <p class="app-hint" id="search-query-hint">{texts.tr("search-hint")}</p>
            <div class="app-search__row">
                <input
                    class="app-input app-search__input"
                    id="search-query"
                    name="q"
                    type="search"
                    autocomplete="off"
                    aria-describedby="search-query-hint"
                    prop:value=move || query.get()
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        remember(&value);
                        query.set(value);
                    }
                />
                <button class="app-button app-search__button" type="submit">{texts.tr("search-button")}</button>
            </div>
        </form>
        <p class="app-search__count app-body" role="status" aria-live="polite">{announcement}</p>
        <ul class="app-service-list" aria-busy=move || found.get().is_none().then_some("true")>{results}</ul>
        {move || nothing().then(|| view! {
            <p class="app-body">{texts.tr("search-nothing-found")}</p>
        })}
        <p class="app-body"><a class="app-link" href="/">{texts.tr("search-all-services")}</a></p>
    }
}
