//! Where an application stands, as the progress page shows it: its service, when it was sent,
//! its status with the date, each change with the department's message, and the rating: given
//! (with the department's answer), waiting on the device to be sent, or to give.

use super::RatingForm;
use crate::i18n::{I18n, Texts, dates::long_date, use_i18n};
use crate::tracking::{self, GivenRating, Progress, messages};
use leptos::prelude::*;
use portal_forms::CivilDate;

/// The day `seconds` (since 1970) falls on, in the device's time zone, written out in full in
/// the language on screen (reactive: it follows a switch).
pub fn day_of(i18n: I18n, seconds: i64) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    // Minutes the device's clock is behind UTC (negative east of Greenwich).
    let offset = js_sys::Date::new_0().get_timezone_offset() as i64;
    let day = CivilDate::from_days_since_epoch((seconds - offset * 60).div_euclid(86_400));
    move || long_date(i18n, day)
}

#[component]
pub fn ProgressView(texts: Texts, progress: Progress, secret: String) -> impl IntoView {
    let i18n = use_i18n();
    let since = progress
        .history
        .last()
        .map_or(progress.received_at, |change| change.at);
    let status = progress.status;
    let service = format!("{}-name", progress.service);
    let reference = progress.reference.clone();
    let history = progress
        .history
        .iter()
        .rev()
        .map(|change| {
            let status = change.status;
            let message = change.message.clone().map(|message| {
                view! { <p class="app-body app-track__message" dir="auto">{message}</p> }
            });
            let day = day_of(i18n, change.at);
            view! {
                <li class="app-track__change">
                    <p class="app-body"><strong>{move || texts.t(messages::status(status))}</strong>" · "{day}</p>
                    {message}
                </li>
            }
        })
        .collect_view();
    let waiting = tracking::all()
        .into_iter()
        .any(|s| s.reference == progress.reference && s.waiting_rating.is_some());
    let rating = match (progress.rating.clone(), waiting, progress.can_rate) {
        (Some(given), _, _) => Some(given_rating(i18n, texts, given).into_any()),
        (None, true, _) => Some(
            view! { <p class="app-body" role="status">{texts.tr("track-rating-waiting")}</p> }
                .into_any(),
        ),
        (None, false, true) => {
            Some(view! { <RatingForm texts reference=reference.clone() secret service=progress.service.clone() /> }.into_any())
        }
        (None, false, false) => None,
    };
    let received = day_of(i18n, progress.received_at);
    let since = day_of(i18n, since);
    view! {
        <section id="progress-result" class="app-track__result" tabindex="-1" aria-labelledby="progress-result-heading">
            <h2 id="progress-result-heading" class="app-heading-m">
                {move || texts.t("track-result-heading")}" "<span dir="ltr">{reference.clone()}</span>
            </h2>
            <dl class="app-summary-list">
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{texts.tr("track-service")}</dt>
                    <dd class="app-summary-list__value">{move || texts.t(&service)}</dd>
                </div>
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{texts.tr("track-sent-on")}</dt>
                    <dd class="app-summary-list__value">{received}</dd>
                </div>
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{texts.tr("track-status")}</dt>
                    <dd class="app-summary-list__value app-track__status">
                        {move || texts.t_with("track-status-since", &[("status", texts.t(messages::status(status)).into()), ("date", since().into())])}
                    </dd>
                </div>
            </dl>
            <h3 class="app-heading-s">{texts.tr("track-history-heading")}</h3>
            {if progress.history.is_empty() {
                view! { <p class="app-body">{texts.tr("track-history-none")}</p> }.into_any()
            } else {
                view! { <ol class="app-track__history">{history}</ol> }.into_any()
            }}
            {rating}
        </section>
    }
}

/// The rating as given, and the department's answer or that one is awaited.
fn given_rating(i18n: I18n, texts: Texts, given: GivenRating) -> impl IntoView {
    let level = given.level;
    let problems = given
        .problems
        .iter()
        .map(|code| {
            let id = messages::problem(code);
            view! { <li>{move || texts.t(id)}</li> }
        })
        .collect_view();
    let comment = given
        .comment
        .clone()
        .map(|comment| view! { <p class="app-body" dir="auto">{comment}</p> });
    let reply = match (given.reply.clone(), given.replied_at) {
        (Some(reply), at) => Some(
            view! {
                <h3 class="app-heading-s">{texts.tr("track-reply-heading")}</h3>
                <p class="app-body app-track__message" dir="auto">{reply}</p>
                {at.map(|at| {
                    let day = day_of(i18n, at);
                    view! { <p class="app-hint">{day}</p> }
                })}
            }
            .into_any(),
        ),
        (None, _) if portal_forms::rating::is_bad(level) => {
            Some(view! { <p class="app-body">{texts.tr("track-reply-awaited")}</p> }.into_any())
        }
        (None, _) => None,
    };
    view! {
        <h3 class="app-heading-s">{texts.tr("track-your-rating")}</h3>
        <p class="app-body app-track__level">{move || texts.t(messages::level(level))}</p>
        {(!given.problems.is_empty()).then(|| view! { <ul class="app-track__list">{problems}</ul> })}
        {comment}
        {reply}
    }
}
