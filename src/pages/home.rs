//! The home page: what the portal is for and the services it offers.

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::router::Link;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=i18n.tr("home-title") />
        <p class="app-body-l">{i18n.tr("home-intro")}</p>
        <h2 class="app-heading-m">{i18n.tr("home-services-heading")}</h2>
        <ul class="app-service-list">
            <li class="app-service-list__item">
                <Link href="/services/id-card-replacement" class="app-service-list__link">
                    {i18n.tr("home-service-id-card")}
                </Link>
                <p class="app-service-list__description">
                    {i18n.tr("home-service-id-card-description")}
                </p>
            </li>
        </ul>
    }
}
