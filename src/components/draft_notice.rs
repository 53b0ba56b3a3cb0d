//! Tells the citizen their answers are kept on this device, and lets them delete them.

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
            <p class="app-draft-notice__text">{texts.tr("forms-draft-notice")}</p>
            <button type="button" class="app-button app-button--secondary" on:click=delete>
                {texts.tr("forms-draft-delete")}
            </button>
        </aside>
    }
}
