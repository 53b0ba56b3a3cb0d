//! Every page of a service: loads the service once (definition and texts), shows a loading or
//! failure message meanwhile, then the step the address asks for. The step is built once: a
//! language switch changes its texts in place and keeps what it holds (answers being typed,
//! errors on screen, focus).

use super::{CheckAnswers, Confirmation, ExitPage, QuestionPage, ServiceStart};
use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::router::ServiceStep;
use crate::service::{ServiceSession, use_service};
use leptos::prelude::*;

#[component]
pub fn ServiceJourney(id: String, step: ServiceStep) -> impl IntoView {
    let session: ServiceSession = use_service(&id);
    let i18n = use_i18n();
    let texts = session.texts;
    // Memos: these change once (loading → loaded), not with every text revision.
    let loaded = Memo::new(move |_| session.definition.get());
    let texts_ready = Memo::new(move |_| texts.ready());
    move || {
        let loaded = loaded.get();
        if matches!(loaded, crate::service::Loaded::Failed) {
            // The service's own texts may be what failed, so this page uses the interface texts.
            return view! {
                <PageHeading title=i18n.tr("service-unavailable-title") />
                <p class="app-body">{i18n.tr("service-unavailable-body")}</p>
            }
            .into_any();
        }
        let service = match loaded {
            crate::service::Loaded::Ready(service) => Some(service),
            _ => None,
        };
        let (Some(service), true) = (service, texts_ready.get()) else {
            return view! { <p class="app-body" role="status">{i18n.tr("service-loading")}</p> }
                .into_any();
        };
        match step.clone() {
            ServiceStep::Start => view! { <ServiceStart session service /> }.into_any(),
            ServiceStep::Question(page) => {
                view! { <QuestionPage session service page /> }.into_any()
            }
            ServiceStep::CheckAnswers => view! { <CheckAnswers session service /> }.into_any(),
            ServiceStep::Confirmation => view! { <Confirmation session /> }.into_any(),
            ServiceStep::Exit(exit) => view! { <ExitPage session service exit /> }.into_any(),
        }
    }
}
