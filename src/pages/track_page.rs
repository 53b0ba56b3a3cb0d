//! Following an application (办件查询): the reference and the tracking code given with it → where
//! it stands, the department's messages, and rating the service once it has ended. Opened from
//! the home page's list (`/track?reference=…`), the code is taken from the device and the look-up
//! starts at once. A wrong reference and a wrong code get the same message. Offline, the status
//! last seen on this device is shown, saying when.

use crate::components::{ErrorLink, ErrorSummary, PageHeading, ProgressView, ReadAloud, SentList};
use crate::focus::focus_later;
use crate::i18n::{Texts, use_i18n};
use crate::router::use_router;
use crate::tracking::{self, Progress, TrackError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::reference::{is_reference, is_secret};

/// What the look-up found.
#[derive(Clone, PartialEq)]
enum Found {
    Nothing,
    Looking,
    Progress(Progress),
    Failed(TrackError),
}

/// A reference or code as typed: spaces and hyphens dropped, upper case.
fn tidy(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase()
}

#[component]
pub fn TrackPage() -> impl IntoView {
    let i18n = use_i18n();
    let texts = Texts::load(i18n, vec!["track".into(), "catalogue".into()]);
    let router = use_router();
    let asked = untrack(|| router.query("reference")).map(|r| tidy(&r));
    let kept = asked
        .as_ref()
        .and_then(|r| tracking::all().into_iter().find(|s| &s.reference == r));
    let reference = RwSignal::new(asked.clone().unwrap_or_default());
    let secret = RwSignal::new(kept.as_ref().map(|s| s.secret.clone()).unwrap_or_default());
    let errors = RwSignal::new(Vec::<(&'static str, &'static str)>::new());
    let found = RwSignal::new(Found::Nothing);

    // `focus`: move to the result (the citizen asked); not when the page looks up on opening,
    // where focus stays on the page's heading.
    let look_up = move |focus: bool| {
        let (reference, secret) = (
            tidy(&reference.get_untracked()),
            tidy(&secret.get_untracked()),
        );
        let mut problems = Vec::new();
        if !is_reference(&reference) {
            problems.push(("progress-reference", "track-error-reference"));
        }
        if !is_secret(&secret) {
            problems.push(("progress-secret", "track-error-secret"));
        }
        errors.set(problems.clone());
        if !problems.is_empty() {
            found.set(Found::Nothing);
            return;
        }
        found.set(Found::Looking);
        spawn_local(async move {
            let result = tracking::track(&reference, &secret).await;
            if let Ok(progress) = &result {
                tracking::update(&progress.reference, |s| {
                    s.status = Some(progress.status);
                    s.status_at = progress.history.last().map(|c| c.at);
                    s.rated = progress.rating.is_some();
                });
            }
            let _ = found.try_set(match result {
                Ok(progress) => Found::Progress(progress),
                Err(error) => Found::Failed(error),
            });
            if focus {
                focus_later("#progress-result");
            }
        });
    };
    // A rating given offline goes as soon as there is a connection.
    tracking::send_ratings_when_online();
    if kept.as_ref().is_some_and(|s| !s.secret.is_empty()) {
        request_animation_frame(move || look_up(false));
    }
    // Another application chosen from the list below (same page, another `?reference=`), or
    // back and forward between two: that one is shown.
    Effect::new(move |previous: Option<Option<String>>| {
        let now = router.query("reference").map(|r| tidy(&r));
        if previous.is_some_and(|p| p != now) {
            let kept = now
                .as_ref()
                .and_then(|r| tracking::all().into_iter().find(|s| &s.reference == r));
            reference.set(now.clone().unwrap_or_default());
            secret.set(kept.as_ref().map(|s| s.secret.clone()).unwrap_or_default());
            errors.set(Vec::new());
            found.set(Found::Nothing);
            if kept.is_some_and(|s| !s.secret.is_empty()) {
                look_up(false);
            }
        }
        now
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        look_up(true);
    };

    let error_of = move |field: &'static str| {
        move || {
            errors.with(|e| {
                e.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, id)| texts.t(id))
            })
        }
    };
    let summary = move || {
        let links: Vec<ErrorLink> = errors
            .get()
            .into_iter()
            .map(|(field, id)| (field.to_string(), texts.t(id)))
            .collect();
        (!links.is_empty()).then(|| {
            view! { <ErrorSummary title=texts.tr("track-error-summary") errors=links /> }
        })
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      value: RwSignal<String>,
                      width: &'static str| {
        let error = error_of(id);
        let has_error = error_of(id);
        let described = {
            let error = error_of(id);
            move || {
                if error().is_some() {
                    format!("{id}-hint {id}-error")
                } else {
                    format!("{id}-hint")
                }
            }
        };
        let invalid = {
            let error = error_of(id);
            move || error().map(|_| "true")
        };
        view! {
            <div class=move || if has_error().is_some() { "app-form-group app-form-group--error" } else { "app-form-group" }>
                <label class="app-label" for=id>{texts.tr(label)}</label>
                <div id=format!("{id}-hint") class="app-hint">{texts.tr(hint)}</div>
                {move || error().map(|message| view! {
                    <p id=format!("{id}-error") class="app-error-message">
                        <span class="app-visually-hidden">{texts.t("track-error-prefix")}" "</span>
                        {message}
                    </p>
                })}
                <input class={
                    let error = error_of(id);
                    move || format!("app-input {width}{}", if error().is_some() { " app-input--error" } else { "" })
                } id=id name=id type="text" dir="ltr"
                    autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby=described aria-invalid=invalid
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    let result = move || {
        match found.get() {
        Found::Nothing => None,
        Found::Looking => Some(
            view! { <p id="progress-result" class="app-body" role="status" tabindex="-1">{texts.t("track-looking")}</p> }
                .into_any(),
        ),
        Found::Progress(progress) => Some(view! { <ProgressView texts progress secret=tidy(&secret.get_untracked()) /> }.into_any()),
        Found::Failed(error) => Some(failure(texts, error, tidy(&reference.get_untracked())).into_any()),
    }
    };
    view! {
        <PageHeading title=texts.tr("track-title") />
        <ReadAloud />
        <div class="app-track" aria-busy=move || (!texts.ready()).then_some("true")>
            {summary}
            <p class="app-body">{texts.tr("track-intro")}</p>
            <form class="app-track__form" novalidate on:submit=on_submit>
                {field("progress-reference", "track-reference-label", "track-reference-hint", reference, "app-input--width-10")}
                {field("progress-secret", "track-secret-label", "track-secret-hint", secret, "app-input--width-10")}
                <button type="submit" class="app-button">{texts.tr("track-submit")}</button>
            </form>
            {result}
            <SentList texts heading="track-sent-heading" />
        </div>
    }
}

/// What to say when nothing could be looked up; offline, the status last seen on this device.
fn failure(texts: Texts, error: TrackError, reference: String) -> impl IntoView {
    let message = match error {
        TrackError::NotFound => "track-not-found",
        TrackError::TooMany => "track-too-many",
        TrackError::Offline => "track-offline",
        TrackError::Unavailable => "track-unavailable",
    };
    let last_seen = (error == TrackError::Offline)
        .then(|| tracking::all().into_iter().find(|s| s.reference == reference))
        .flatten()
        .and_then(|s| s.status)
        .map(|status| {
            view! {
                <p class="app-body">
                    {move || texts.t_with("track-last-seen", &[("status", texts.t(tracking::messages::status(status)).into())])}
                </p>
            }
        });
    view! {
        <div id="progress-result" class="app-track__failure" tabindex="-1" role="alert">
            <p class="app-body">{move || texts.t(message)}</p>
            {last_seen}
        </div>
    }
}
