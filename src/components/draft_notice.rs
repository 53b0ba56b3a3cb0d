//! Tells the citizen their answers are kept on this device, and lets them delete them; and, when
//! the service changed since they started, that only the answers that still fit were kept.

use crate::router::{paths, use_router};
use crate::service::ServiceSession;
use leptos::prelude::*;

#[component]
pub fn DraftNotice(session: ServiceSession) -> impl IntoView {
    let texts = session.texts;
    let router = use_router();
    let delete = move |_| {
        session.delete_answers();
        router.navigate(&paths::start(&session.id()));
    };
    view! {
        <aside class="app-draft-notice">
            {move || session.draft_from_earlier_version.get().then(|| view! {
                <p class="app-draft-notice__text">{texts.tr("forms-draft-changed")}</p>
            })}
            <p class="app-draft-notice__text">{texts.tr("forms-draft-notice")}</p>
            <button type="button" class="app-button app-button--secondary" on:click=delete>
                {texts.tr("forms-draft-delete")}
            </button>
        </aside>
    }
}
