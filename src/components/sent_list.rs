//! The applications sent from this device, newest first, each with its service, reference and
//! the latest status seen, linking to its progress page. Shown on the home page and the progress
//! page; statuses are looked up again once per visit when online (the newest few that can still
//! change), and the list reads offline from what was seen last.

use crate::i18n::Texts;
use crate::router::paths;
use crate::tracking::{self, Sent, messages};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::status::Status;
use std::sync::atomic::{AtomicBool, Ordering};

/// How many applications are looked up again per visit: each look-up counts against the
/// connection's request limit, which sending an application shares.
const REFRESH_MOST: usize = 5;
/// Whether statuses have been looked up in this visit.
static REFRESHED: AtomicBool = AtomicBool::new(false);

/// Whether an application in `status` may still change for the citizen (a new status, or a
/// rating to give or an answer to read).
fn may_change(sent: &Sent) -> bool {
    !matches!(
        sent.status,
        Some(Status::Approved | Status::Refused | Status::Completed)
    ) || !sent.rated
        || sent.waiting_rating.is_some()
}

#[component]
pub fn SentList(
    /// Texts with `track.ftl` and the catalogue.
    texts: Texts,
    /// The list's heading.
    heading: &'static str,
) -> impl IntoView {
    let list = RwSignal::new(tracking::all());
    if !REFRESHED.swap(true, Ordering::Relaxed) {
        spawn_local(async move {
            let stale: Vec<Sent> = list
                .get_untracked()
                .into_iter()
                .filter(|s| !s.secret.is_empty() && may_change(s))
                .take(REFRESH_MOST)
                .collect();
            for sent in stale {
                let progress = match tracking::track(&sent.reference, &sent.secret).await {
                    Ok(progress) => progress,
                    // Gone from the server (purged after its retention period): the others may
                    // still be there. What was seen last stays.
                    Err(tracking::TrackError::NotFound) => continue,
                    // Offline, or asked too often: try again on the next visit.
                    Err(_) => break,
                };
                tracking::update(&sent.reference, |s| {
                    s.status = Some(progress.status);
                    s.status_at = progress.history.last().map(|c| c.at);
                    s.rated = progress.rating.is_some();
                });
            }
            let _ = list.try_set(tracking::all());
        });
    }
    let items = move || {
        list.get()
            .into_iter()
            .map(|sent| {
                let name = format!("{}-name", sent.service);
                let href = format!("{}?reference={}", paths::TRACK, sent.reference);
                let status = sent.status.map(|status| {
                    view! { <p class="app-body app-sent__status">{move || texts.t(messages::status(status))}</p> }
                });
                let waiting = sent.waiting_rating.is_some().then(|| {
                    view! { <p class="app-hint">{texts.tr("track-rating-waiting-short")}</p> }
                });
                view! {
                    <li class="app-sent__item">
                        <a class="app-sent__link" href=href>
                            {move || texts.t(&name)}" "<span dir="ltr">{sent.reference.clone()}</span>
                        </a>
                        {status}
                        {waiting}
                    </li>
                }
            })
            .collect_view()
    };
    move || {
        (!list.with(Vec::is_empty)).then(|| {
            view! {
                <section class="app-sent" aria-labelledby="sent-heading">
                    <h2 id="sent-heading" class="app-heading-m">{texts.tr(heading)}</h2>
                    <ul class="app-sent__list">{items}</ul>
                </section>
            }
        })
    }
}
