//! Applications waiting on this device to be sent, at the top of the home page, with "send now".

use crate::i18n::Texts;
use crate::outbox::use_outbox;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn OutboxList(
    /// The catalogue texts, for the services' names.
    texts: Texts,
) -> impl IntoView {
    let outbox = use_outbox();
    let i18n = crate::i18n::use_i18n();
    let send_now = move |_| spawn_local(async move { outbox.flush().await });
    move || {
        let waiting = outbox.waiting();
        (!waiting.is_empty()).then(|| {
            let items = waiting
                .into_iter()
                .map(|waiting| {
                    let name = format!("{}-name", waiting.service);
                    view! { <li class="app-outbox__item">{move || texts.t(&name)}</li> }
                })
                .collect_view();
            view! {
                <section class="app-outbox" aria-labelledby="outbox-heading">
                    <h2 id="outbox-heading" class="app-heading-m">{i18n.tr("outbox-heading")}</h2>
                    <ul class="app-outbox__list">{items}</ul>
                    <p class="app-body">{i18n.tr("outbox-waiting-body")}</p>
                    <button type="button" class="app-button app-button--secondary" on:click=send_now>
                        {move || if outbox.sending() { i18n.t("outbox-sending") } else { i18n.t("outbox-send-now") }}
                    </button>
                </section>
            }
        })
    }
}
