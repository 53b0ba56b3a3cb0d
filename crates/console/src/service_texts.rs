//! A service's definition and its texts in one language, to show an application's questions and
//! options as the citizen saw them.

use crate::texts::bundle;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use portal_forms::Service;
use std::sync::Arc;

#[derive(Clone)]
pub struct ServiceTexts {
    pub service: Arc<Service>,
    bundle: Arc<FluentBundle<FluentResource>>,
}

impl ServiceTexts {
    /// The definition at `version` (an earlier one from `/services/earlier/` when the service
    /// has changed since the application was sent) and its texts in `language`.
    pub async fn load(id: &str, version: u32, language: &str) -> Option<ServiceTexts> {
        let current = crate::api::get_text(&format!("/services/{id}.json")).await?;
        let mut service: Service = serde_json::from_str(&current).ok()?;
        if service.version != version {
            let earlier =
                crate::api::get_text(&format!("/services/earlier/{id}.v{version}.json")).await?;
            service = serde_json::from_str(&earlier).ok()?;
        }
        let source = crate::api::get_text(&format!("/locales/{language}/services/{id}.ftl"))
            .await
            .unwrap_or_default();
        Some(ServiceTexts {
            service: Arc::new(service),
            bundle: Arc::new(bundle(language, source)),
        })
    }

    /// What a citizen sees as the heading of page `id`: its one question's label, or the page's
    /// title when it asks several; the id itself where there is no text.
    pub fn page_name(&self, id: &str) -> String {
        let page = self.service.page(id);
        let message = match page.map(|p| p.questions.as_slice()) {
            Some([question]) => portal_forms::messages::label(&question.id),
            _ => portal_forms::messages::page_title(id),
        };
        self.get(&message).unwrap_or_else(|| id.to_string())
    }

    /// The message, or `None` where the service has none in this language.
    pub fn get(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }
}
