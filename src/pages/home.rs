//! The home page: what the portal is for and the services it offers, from the catalogue.

use super::LazyOutboxList;
use crate::components::{PageHeading, ReadAloud};
use crate::i18n::{Texts, use_i18n};
use crate::service::{CatalogueEntry, load_catalogue};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = RwSignal::new(Vec::<CatalogueEntry>::new());
    spawn_local(async move { catalogue.set(load_catalogue().await) });
    // Names and summaries of every service, built from the services' own texts.
    let texts = Texts::load(i18n, vec!["catalogue".into()]);
    let services = move || {
        catalogue
            .get()
            .into_iter()
            .map(|entry| {
                let (name, summary) = (format!("{}-name", entry.id), format!("{}-summary", entry.id));
                view! {
                    <li class="app-service-list__item">
                        <a class="app-service-list__link" href=format!("/services/{}", entry.id)>{texts.tr(name.clone())}</a>
                        <p class="app-service-list__description">{texts.tr(summary.clone())}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <PageHeading title=i18n.tr("home-title") />
        <LazyOutboxList texts />
        <ReadAloud />
        <p class="app-body-l">{i18n.tr("home-intro")}</p>
        <h2 class="app-heading-m">{i18n.tr("home-services-heading")}</h2>
        <ul class="app-service-list" aria-busy=move || (!texts.ready()).then_some("true")>{services}</ul>
    }
}
