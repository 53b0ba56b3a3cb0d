//! Following an application and rating the service (办件查询 and 好差评), on the citizen's side:
//! the applications sent from this device with their tracking codes (`device`), and the two
//! requests to portal-server (`requests`). The code that uses them (the progress page and the home
//! page's list) is split out of the main wasm; the main wasm only asks whether anything is kept.
//! A rating given offline is sent by that code: when the home page (which lists what was sent)
//! or the progress page is shown, and when the connection returns while either is open.

mod device;
pub mod messages;
mod requests;

pub use device::{
    RatingDraft, Sent, all, forget, has_sent, has_waiting_rating, keep_rating, remember, update,
};
pub use requests::{Change, GivenRating, Progress, RateError, TrackError, rate, track};

use leptos::prelude::*;

/// Sends every rating waiting on this device (given offline), once; `true` when none is left
/// waiting for the network.
pub async fn send_waiting_ratings() -> bool {
    let mut all_sent = true;
    for sent in all() {
        let Some(draft) = sent.waiting_rating.clone() else {
            continue;
        };
        match rate(&sent.reference, &sent.secret, &draft).await {
            Ok(()) | Err(RateError::AlreadyRated) => update(&sent.reference, |s| {
                s.waiting_rating = None;
                s.rated = true;
            }),
            Err(RateError::Offline | RateError::Unavailable) => all_sent = false,
            // Refused for good (the application is not known, or cannot be rated): the rating is
            // dropped, and the progress page says why when the citizen next opens it.
            Err(RateError::Refused(_)) => update(&sent.reference, |s| s.waiting_rating = None),
        }
    }
    all_sent
}

/// Sends waiting ratings now if there are any, and again whenever the connection returns while
/// the page that called this is shown.
pub fn send_ratings_when_online() {
    let send = || {
        if has_waiting_rating() {
            leptos::task::spawn_local(async {
                send_waiting_ratings().await;
            });
        }
    };
    send();
    let listener = window_event_listener(leptos::ev::online, move |_| send());
    on_cleanup(move || listener.remove());
}
