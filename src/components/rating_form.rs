//! Rating the service for an ended application (好差评): five levels, and for "dissatisfied" or
//! below, what went wrong (any of the choices) and a comment. Sent at once when online; offline,
//! or when the server cannot take it now, it is kept on the device and sent later, like an
//! application in the outbox.

use super::{ErrorLink, ErrorSummary};
use crate::focus::focus_later;
use crate::i18n::Texts;
use crate::tracking::{self, RateError, RatingDraft, messages};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::rating::{COMMENT_MOST, PROBLEMS, is_bad};
use portal_forms::validate::has_hidden_characters;

/// Where the rating went.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Sent,
    Kept,
    Refused,
}

#[component]
pub fn RatingForm(
    texts: Texts,
    reference: String,
    secret: String,
    service: String,
) -> impl IntoView {
    let level = RwSignal::new(None::<u8>);
    let problems = RwSignal::new(Vec::<String>::new());
    let comment = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(&'static str, &'static str)>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let sending = RwSignal::new(false);
    let bad = move || level.get().is_some_and(is_bad);

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let mut found = Vec::new();
        if level.get_untracked().is_none() {
            found.push(("rating-level", "track-error-level"));
        }
        if comment.with_untracked(|c| c.trim().chars().count() > COMMENT_MOST) {
            found.push(("rating-comment", "track-error-comment-long"));
        } else if comment.with_untracked(|c| has_hidden_characters(c.trim(), true)) {
            found.push(("rating-comment", "track-error-comment-hidden"));
        }
        errors.set(found.clone());
        let Some(chosen) = level.get_untracked().filter(|_| found.is_empty()) else {
            return;
        };
        // Only a bad rating says what went wrong.
        let draft = RatingDraft {
            level: chosen,
            problems: if is_bad(chosen) {
                problems.get_untracked()
            } else {
                Vec::new()
            },
            comment: comment.get_untracked().trim().to_string(),
        };
        let (reference, secret, service) = (reference.clone(), secret.clone(), service.clone());
        sending.set(true);
        spawn_local(async move {
            let result = match tracking::rate(&reference, &secret, &draft).await {
                Ok(()) | Err(RateError::AlreadyRated) => {
                    tracking::update(&reference, |s| s.rated = true);
                    Outcome::Sent
                }
                Err(RateError::Offline | RateError::Unavailable) => {
                    if tracking::keep_rating(&reference, &secret, &service, draft) {
                        Outcome::Kept
                    } else {
                        Outcome::Refused
                    }
                }
                // What the server found wrong with the comment: said on the field, the form kept.
                Err(RateError::Refused(code)) if code.starts_with("comment-") => {
                    let id = if code == "comment-too-long" {
                        "track-error-comment-long"
                    } else {
                        "track-error-comment-hidden"
                    };
                    errors.set(vec![("rating-comment", id)]);
                    let _ = sending.try_set(false);
                    return;
                }
                Err(RateError::Refused(_)) => Outcome::Refused,
            };
            let _ = sending.try_set(false);
            let _ = outcome.try_set(Some(result));
            focus_later("#rating-done");
        });
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
    let error_view = move |field: &'static str| {
        let error = error_of(field);
        move || {
            error().map(|message| {
                view! {
                    <p id=format!("{field}-error") class="app-error-message">
                        <span class="app-visually-hidden">{texts.t("track-error-prefix")}" "</span>
                        {message}
                    </p>
                }
            })
        }
    };
    let group = move |field: &'static str| {
        let error = error_of(field);
        move || {
            if error().is_some() {
                "app-form-group app-form-group--error"
            } else {
                "app-form-group"
            }
        }
    };
    let summary = move || {
        let links: Vec<ErrorLink> = errors
            .get()
            .into_iter()
            .map(|(field, id)| (field.to_string(), texts.t(id)))
            .collect();
        (!links.is_empty())
            .then(|| view! { <ErrorSummary title=texts.tr("track-error-summary") errors=links /> })
    };
    // Very satisfied first, as on the national rating form.
    let levels = (1..=5u8)
        .rev()
        .map(|value| {
            let id = if value == 5 { "rating-level".to_string() } else { format!("rating-level-{value}") };
            view! {
                <div class="app-radios__item">
                    <input class="app-radios__input" id=id.clone() name="rating-level" type="radio"
                        value=value.to_string()
                        prop:checked=move || level.get() == Some(value)
                        on:change=move |_| level.set(Some(value)) />
                    <label class="app-label app-radios__label" for=id>{move || texts.t(messages::level(value))}</label>
                </div>
            }
        })
        .collect_view();
    let choices = PROBLEMS
        .iter()
        .map(|code| {
            let id = format!("rating-problem-{code}");
            let label = messages::problem(code);
            let code = code.to_string();
            let checked = {
                let code = code.clone();
                move || problems.with(|p| p.contains(&code))
            };
            view! {
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" id=id.clone() name="rating-problem" type="checkbox"
                        value=code.clone()
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            problems.update(|p| {
                                p.retain(|c| *c != code);
                                if on {
                                    p.push(code.clone());
                                }
                            });
                        } />
                    <label class="app-label app-checkboxes__label" for=id>{move || texts.t(label)}</label>
                </div>
            }
        })
        .collect_view();
    let form = view! {
                <form class="app-track__rating" novalidate on:submit=send hidden=move || outcome.get().is_some()>
                    {summary}
                    <div class=group("rating-level")>
                        <fieldset class="app-fieldset" aria-describedby=move || error_of("rating-level")().map(|_| "rating-level-error")>
                            <legend class="app-fieldset__legend app-fieldset__legend--m">{texts.tr("track-level-legend")}</legend>
                            {error_view("rating-level")}
                            <div class="app-radios">{levels}</div>
                        </fieldset>
                    </div>
                    <div class="app-form-group" hidden=move || !bad()>
                        <fieldset class="app-fieldset" aria-describedby="rating-problem-hint">
                            <legend class="app-fieldset__legend app-fieldset__legend--m">{texts.tr("track-problem-legend")}</legend>
                            <div id="rating-problem-hint" class="app-hint">{texts.tr("track-problem-hint")}</div>
                            <div class="app-checkboxes">{choices}</div>
                        </fieldset>
                    </div>
                    <div class=group("rating-comment")>
                        <label class="app-label" for="rating-comment">{texts.tr("track-comment-label")}</label>
                        <div id="rating-comment-hint" class="app-hint">{texts.tr("track-comment-hint")}</div>
                        {error_view("rating-comment")}
                        <textarea class=move || if error_of("rating-comment")().is_some() { "app-textarea app-textarea--error" } else { "app-textarea" } id="rating-comment" name="rating-comment" rows="4" dir="auto"
                            aria-describedby=move || if error_of("rating-comment")().is_some() { "rating-comment-hint rating-comment-error" } else { "rating-comment-hint" }
                            aria-invalid=move || error_of("rating-comment")().map(|_| "true")
                            prop:value=move || comment.get()
                            on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="submit" class="app-button" aria-disabled=move || sending.get().then_some("true")>
                        {texts.tr("track-rate-submit")}
                    </button>
                </form>
    };
    let done = move || {
        outcome.get().map(|outcome| {
            let id = match outcome {
                Outcome::Sent => "track-rated",
                Outcome::Kept => "track-rating-waiting",
                Outcome::Refused => "track-rating-refused",
            };
            view! { <p id="rating-done" class="app-body app-track__done" role="status" tabindex="-1">{move || texts.t(id)}</p> }
        })
    };
    view! {
        <h3 class="app-heading-s">{texts.tr("track-rate-heading")}</h3>
        {form}
        {done}
    }
}
