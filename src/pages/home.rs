//! The home page: search, then the services by topic (most used first), from the catalogue; any
//! applications waiting to be sent come before everything else. The search form is a plain GET
//! form to /search, which `public/start.js` turns into an in-app navigation; the wasm needs no
//! code for it (measured: the same in Rust added 1.1 KB brotli to the first load).
//!
//! Below the heading, the page is written as escaped HTML text rather than as views: measured,
//! nested views of the form, topics and services made the first-load wasm about 9 KB larger raw
//! (2.1 KB brotli) than this string does (each element is code in Leptos). Its links are ordinary links, which
//! the router follows like any other; it is written again when the language or the list changes.

use super::{LazyOutboxList, LazySentList};
use crate::components::{PageHeading, ReadAloud};
use crate::i18n::{Texts, use_i18n};
use crate::service::catalogue;
use leptos::prelude::*;

/// `text` made safe to put between HTML tags or in a quoted attribute.
fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            _ => safe.push(c),
        }
    }
    safe
}

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    // Names and summaries of every service, built from the services' own texts.
    let texts = Texts::load(i18n, vec!["catalogue".into()]);
    // Intro, search form and the topics: fixed markup around texts, so one string.
    let body = move || {
        let mut html = format!(
            r#"<p class="app-body-l">{}</p><form class="app-search" role="search" action="/search" method="get"><label class="app-label" for="home-search">{}</label><div class="app-search__row"><input class="app-input app-search__input" id="home-search" name="q" type="search"><button class="app-button app-search__button" type="submit">{}</button></div></form><p class="app-body"><a class="app-link" href="/track">{}</a></p><h2 class="app-heading-m">{}</h2>"#,
            escape(&i18n.t("home-intro")),
            escape(&i18n.t("home-search-label")),
            escape(&i18n.t("home-search-button")),
            escape(&i18n.t("home-track-link")),
            escape(&i18n.t("home-services-heading")),
        );
        for (topic, services) in catalogue() {
            let mut items = String::new();
            for id in *services {
                let (name, summary) = (
                    escape(&texts.t(&format!("{id}-name"))),
                    escape(&texts.t(&format!("{id}-summary"))),
                );
                items.push_str(&format!(
                    r#"<li class="app-service-list__item"><a class="app-service-list__link" href="/services/{id}">{name}</a><p class="app-service-list__description">{summary}</p></li>"#
                ));
            }
            if !items.is_empty() {
                html.push_str(&format!(
                    r#"<h3 class="app-heading-s app-topic">{}</h3><ul class="app-service-list">{items}</ul>"#,
                    escape(&i18n.t(&format!("topic-{topic}")))
                ));
            }
        }
        html
    };
    view! {
        <PageHeading title=i18n.tr("home-title") />
        <LazyOutboxList texts />
        <LazySentList />
        <ReadAloud />
        <div class="app-home" aria-busy=move || (!texts.ready()).then_some("true") inner_html=body></div>
    }
}
