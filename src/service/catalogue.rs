//! The list of services, built from `services/catalogue.toml` into `/services/catalogue.json`.

use super::json;
use crate::fetch::{fetch_text, start_fetch};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CatalogueEntry {
    pub id: String,
    pub topic: String,
}

#[derive(Deserialize)]
struct Catalogue {
    services: Vec<CatalogueEntry>,
}

/// The services on offer, in the catalogue's order; empty if the list cannot be fetched.
pub async fn load_catalogue() -> Vec<CatalogueEntry> {
    let text = fetch_text(start_fetch("/services/catalogue.json"))
        .await
        .unwrap_or_default();
    json::parse::<Catalogue>(&text)
        .map(|c| c.services)
        .unwrap_or_default()
}
