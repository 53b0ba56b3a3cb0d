//! Pages whose code is split out of the main wasm and fetched the first time they are shown
//! (Leptos `#[lazy]` + wasm-split in `cargo xtask build`): the service journey, which carries the
//! forms engine, the display settings page, the accessibility statement and privacy notice, the
//! search page with its text folding, and the home page's list of applications waiting on the
//! device (only fetched when one waits), the progress page, and the home page's list of
//! applications sent from the device (only fetched when one was). The first load of the portal
//! carries none of them.

use super::{
    AccessibilityStatement, DisplaySettings, PrivacyNotice, SearchPage, ServiceJourney, TrackPage,
};
use crate::components::{OutboxList, SentList};
use crate::i18n::{Texts, use_i18n};
use crate::outbox::use_outbox;
use crate::router::ServiceStep;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::OnceLock;

type RenderJourney = fn(String, ServiceStep) -> AnyView;
type RenderSettings = fn() -> AnyView;
type RenderSearch = fn() -> AnyView;
/// Which statement to show.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Statement {
    Accessibility,
    Privacy,
}
type RenderStatement = fn(Statement) -> AnyView;
type RenderOutbox = fn(Texts) -> AnyView;
type RenderTrack = fn() -> AnyView;
type RenderSent = fn() -> AnyView;
/// The progress page and the home page's list share their code and one chunk.
type Tracking = (RenderTrack, RenderSent);

fn journey() -> RenderJourney {
    |id, step| view! { <ServiceJourney id step /> }.into_any()
}

fn settings() -> RenderSettings {
    || view! { <DisplaySettings /> }.into_any()
}

fn search() -> RenderSearch {
    || view! { <SearchPage /> }.into_any()
}

fn track() -> RenderTrack {
    || view! { <TrackPage /> }.into_any()
}

fn statements() -> RenderStatement {
    |statement| match statement {
        Statement::Accessibility => view! { <AccessibilityStatement /> }.into_any(),
        Statement::Privacy => view! { <PrivacyNotice /> }.into_any(),
    }
}

/// Each lives in its own chunk; what it returns points into that chunk.
#[lazy]
fn journey_renderer() -> RenderJourney {
    journey()
}

#[lazy]
fn settings_renderer() -> RenderSettings {
    settings()
}

#[lazy]
fn search_renderer() -> RenderSearch {
    search()
}

#[lazy]
fn statement_renderer() -> RenderStatement {
    statements()
}

#[lazy]
fn outbox_renderer() -> RenderOutbox {
    |texts| view! { <OutboxList texts /> }.into_any()
}

fn sent() -> RenderSent {
    || {
        // Its texts load with it: only devices that have sent something need them.
        let texts = Texts::load(use_i18n(), vec!["track".into(), "catalogue".into()]);
        // A rating given offline goes from here too: the home page is where a visit starts.
        crate::tracking::send_ratings_when_online();
        view! { <SentList texts heading="track-sent-heading-home" /> }.into_any()
    }
}

#[lazy]
fn tracking_renderer() -> Tracking {
    (track(), sent())
}

static TRACKING: OnceLock<Tracking> = OnceLock::new();
static JOURNEY: OnceLock<RenderJourney> = OnceLock::new();
static OUTBOX: OnceLock<RenderOutbox> = OnceLock::new();
static STATEMENTS: OnceLock<RenderStatement> = OnceLock::new();
static SETTINGS: OnceLock<RenderSettings> = OnceLock::new();
static SEARCH: OnceLock<RenderSearch> = OnceLock::new();

/// Renders with what `load` fetches, saying "loading" meanwhile; once a chunk has arrived, later
/// visits render at once. (Rendered natively there are no chunks: each page puts its renderer
/// in the cell first, so it renders at once.)
fn lazy_view<T, Fut>(
    cell: &'static OnceLock<T>,
    load: fn() -> Fut,
    render: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
    Fut: Future<Output = T> + 'static,
{
    let i18n = use_i18n();
    let ready = RwSignal::new(cell.get().is_some());
    if !ready.get_untracked() {
        spawn_local(async move {
            let loaded = load().await;
            let _ = cell.set(loaded);
            ready.set(true);
        });
    }
    move || match (ready.get(), cell.get()) {
        (true, Some(loaded)) => render(*loaded),
        _ => {
            view! { <p class="app-body" role="status">{i18n.tr("service-loading")}</p> }.into_any()
        }
    }
}

#[component]
pub fn LazyJourney(id: String, step: ServiceStep) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let _ = JOURNEY.set(journey());
    lazy_view(&JOURNEY, journey_renderer, move |render| {
        render(id.clone(), step.clone())
    })
}

#[component]
pub fn LazySettings() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let _ = SETTINGS.set(settings());
    lazy_view(&SETTINGS, settings_renderer, |render| render())
}

#[component]
pub fn LazySearch() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let _ = SEARCH.set(search());
    lazy_view(&SEARCH, search_renderer, |render| render())
}

#[component]
pub fn LazyTrack() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let _ = TRACKING.set((track(), sent()));
    lazy_view(&TRACKING, tracking_renderer, |(render, _)| render())
}

#[component]
pub fn LazyStatement(statement: Statement) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let _ = STATEMENTS.set(statements());
    lazy_view(&STATEMENTS, statement_renderer, move |render| {
        render(statement)
    })
}

/// The waiting applications on the home page. Nothing is fetched or shown while none waits; once
/// its code has arrived it stays, so that "deleted" can still be said when the list empties.
#[component]
pub fn LazyOutboxList(texts: Texts) -> impl IntoView {
    let outbox = use_outbox();
    let ready = RwSignal::new(OUTBOX.get().is_some());
    Effect::new(move |_| {
        if !ready.get_untracked() && !outbox.waiting().is_empty() {
            spawn_local(async move {
                let loaded = outbox_renderer().await;
                let _ = OUTBOX.set(loaded);
                ready.set(true);
            });
        }
    });
    move || {
        ready
            .get()
            .then(|| OUTBOX.get().map(|render| render(texts)))
            .flatten()
    }
}

/// The applications sent from this device, on the home page. Nothing is fetched or shown on a
/// device that has sent none (nor when rendered natively: the list is the device's).
#[component]
pub fn LazySentList() -> impl IntoView {
    let ready = RwSignal::new(TRACKING.get().is_some());
    if !crate::PRERENDERING && !ready.get_untracked() && crate::tracking::has_sent() {
        spawn_local(async move {
            let loaded = tracking_renderer().await;
            let _ = TRACKING.set(loaded);
            ready.set(true);
        });
    }
    move || {
        ready
            .get()
            .then(|| TRACKING.get().map(|(_, render)| render()))
            .flatten()
    }
}
