//! Applications waiting on this device to be sent, at the top of the home page, with "send now"
//! and, for each, "delete" behind an inline confirmation (no pop-up): an unsent application is
//! never deleted by one stray tap. An application the server refused says so, with "Correct the
//! answers" to take it back into its service.

use crate::focus::focus_later;
use crate::i18n::{Texts, use_i18n};
use crate::outbox::use_outbox;
use crate::router::use_router;
use crate::service::{SessionOwner, has_draft};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn OutboxList(
    /// The catalogue texts, for the services' names.
    texts: Texts,
) -> impl IntoView {
    let outbox = use_outbox();
    // This list's own texts, fetched with its code: only devices where something waits need them.
    let own = Texts::load(use_i18n(), vec!["outbox".into()]);
    // The key of the application whose deletion is being confirmed.
    let confirming = RwSignal::new(None::<String>);
    let deleted = RwSignal::new(false);
    let send_now = move |_| spawn_local(async move { outbox.flush().await });
    let list = move || {
        let waiting = outbox.waiting();
        (!waiting.is_empty()).then(|| {
            let items = waiting
                .into_iter()
                .enumerate()
                .map(|(index, waiting)| {
                    let name = format!("{}-name", waiting.service);
                    let name_id = format!("outbox-item-{index}");
                    let key = waiting.key.clone();
                    let asking = {
                        let key = key.clone();
                        move || confirming.with(|c| c.as_deref() == Some(key.as_str()))
                    };
                    let ask = {
                        let key = key.clone();
                        move |_| {
                            deleted.set(false);
                            confirming.set(Some(key.clone()));
                            focus_later(".app-outbox__confirm");
                        }
                    };
                    let delete = move |_| {
                        let key = key.clone();
                        spawn_local(async move {
                            outbox.discard(&key).await;
                            confirming.set(None);
                            deleted.set(true);
                            // The item is gone: continue from the list's heading, or the page's.
                            focus_later("#outbox-heading, #main-content h1");
                        });
                    };
                    let delete_id = format!("outbox-delete-{index}");
                    let keep = {
                        let delete_id = delete_id.clone();
                        move |_| {
                            confirming.set(None);
                            focus_later(&format!("#{delete_id}"));
                        }
                    };

                    let refused = match waiting.already_sent.clone() {
                        Some(reference) => Some(already_sent_note(own, reference).into_any()),
                        None => waiting.refused.then(|| {
                            refused_note(own, &waiting.service, waiting.key.clone(), name_id.clone())
                                .into_any()
                        }),
                    };
                    view! {
                        <li class="app-outbox__item">
                            <span id=name_id.clone() class="app-outbox__name">{move || texts.t(&name)}</span>
                            {refused}
                            <Show
                                when=asking.clone()
                                fallback=move || view! {
                                    <button type="button" id=delete_id.clone()
                                        class="app-button app-button--secondary app-outbox__delete"
                                        aria-describedby=name_id.clone() on:click=ask.clone()>
                                        {own.tr("outbox-delete")}
                                    </button>
                                }
                            >
                                <div class="app-outbox__confirm" tabindex="-1">
                                    <p class="app-body">{own.tr("outbox-delete-confirm")}</p>
                                    // Keeping is the emphasised choice: an unsent application
                                    // is only deleted on purpose.
                                    <button type="button" class="app-button" on:click=keep.clone()>
                                        {own.tr("outbox-delete-keep")}
                                    </button>
                                    <button type="button" class="app-button app-button--secondary"
                                        on:click=delete.clone()>
                                        {own.tr("outbox-delete-yes")}
                                    </button>
                                </div>
                            </Show>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="app-outbox" aria-labelledby="outbox-heading">
                    <h2 id="outbox-heading" class="app-heading-m">{own.tr("outbox-heading")}</h2>
                    <ul class="app-outbox__list">{items}</ul>
                    <p class="app-body">{own.tr("outbox-waiting-body")}</p>
                    <button type="button" class="app-button app-button--secondary" on:click=send_now>
                        {move || if outbox.sending() { own.t("outbox-sending") } else { own.t("outbox-send-now") }}
                    </button>
                </section>
            }
        })
    };
    let ready = Memo::new(move |_| own.ready());
    move || {
        ready.get().then(|| {
            view! {
                {list}
                <p class="app-body" role="status">{move || deleted.get().then(|| own.t("outbox-deleted"))}</p>
            }
        })
    }
}

/// For an application whose key had already been sent with other answers: correcting cannot
/// help, so it says so, with the reference of the one the department has, and leaves "delete".
fn already_sent_note(own: Texts, reference: String) -> impl IntoView {
    let text = move || {
        if reference.is_empty() {
            own.t("outbox-already-sent-no-reference")
        } else {
            own.t_with(
                "outbox-already-sent",
                &[("reference", reference.clone().into())],
            )
        }
    };
    view! { <p class="app-body app-outbox__refused">{text}</p> }
}

/// For an application the server refused: what happened, and "Correct the answers", which takes
/// it back into the service's answers and opens the page to correct; unless answers for that
/// service are already being typed, which it would replace.
fn refused_note(own: Texts, service: &str, key: String, name_id: String) -> impl IntoView + use<> {
    let (outbox, router) = (use_outbox(), use_router());
    let sessions = expect_context::<SessionOwner>();
    let busy = has_draft(service);
    let correct = move |_| {
        let (key, sessions) = (key.clone(), sessions.clone());
        spawn_local(async move {
            if let Some(path) = outbox.take_back(&key, sessions).await {
                router.navigate(&path);
            }
        });
    };
    view! {
        <p class="app-body app-outbox__refused">{own.tr("outbox-refused")}</p>
        {if busy {
            view! { <p class="app-body">{own.tr("outbox-refused-busy")}</p> }.into_any()
        } else {
            view! {
                <button type="button" class="app-button app-outbox__correct"
                    aria-describedby=name_id on:click=correct>
                    {own.tr("outbox-correct")}
                </button>
            }
            .into_any()
        }}
    }
}
