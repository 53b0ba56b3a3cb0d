//! "Delete everything from this device" on the privacy notice, behind an inline confirmation (no
//! pop-up) that warns when applications have not been sent yet: on a shared phone the citizen can
//! leave nothing behind, and nothing unsent is lost by one stray tap.

use crate::device::forget_everything;
use crate::focus::focus_later;
use crate::i18n::Texts;
use crate::outbox::use_outbox;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ForgetDevice(
    /// The statements' texts.
    texts: Texts,
) -> impl IntoView {
    let outbox = use_outbox();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    let ask = move |_| {
        done.set(false);
        confirming.set(true);
        focus_later(".app-forget__confirm");
    };
    let keep = move |_| {
        confirming.set(false);
        focus_later("#forget-device");
    };
    let forget = move |_| {
        let forgetting = forget_everything();
        spawn_local(async move {
            forgetting.await;
            confirming.set(false);
            done.set(true);
            // The buttons are gone: continue from the section's heading; the result is announced.
            focus_later("#forget-heading");
        });
    };
    let unsent = move || {
        let count = outbox.waiting().len();
        (count > 0).then(|| {
            view! {
                <p class="app-body app-forget__unsent">
                    {texts.t_with("privacy-delete-unsent", &[("count", count.into())])}
                </p>
            }
        })
    };
    view! {
        <section class="app-forget" aria-labelledby="forget-heading">
            <h2 id="forget-heading" class="app-heading-m" tabindex="-1">{texts.tr("privacy-delete-heading")}</h2>
            <p class="app-body">{texts.tr("privacy-delete-body")}</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" id="forget-device" class="app-button app-button--secondary"
                        on:click=ask>
                        {texts.tr("privacy-delete-button")}
                    </button>
                }
            >
                <div class="app-forget__confirm" tabindex="-1">
                    {unsent}
                    <p class="app-body">{texts.tr("privacy-delete-confirm")}</p>
                    // Keeping is the emphasised choice: everything is only deleted on purpose.
                    <button type="button" class="app-button" on:click=keep>
                        {texts.tr("privacy-delete-keep")}
                    </button>
                    <button type="button" class="app-button app-button--secondary" on:click=forget>
                        {texts.tr("privacy-delete-yes")}
                    </button>
                </div>
            </Show>
            <p class="app-body" role="status">{move || done.get().then(|| texts.t("privacy-deleted"))}</p>
            <p class="app-body">{texts.tr("privacy-delete-browser")}</p>
        </section>
    }
}
