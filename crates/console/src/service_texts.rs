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
    pub async fn load(id: &str, language: &str) -> Option<ServiceTexts> {
        let definition = crate::api::get_text(&format!("/services/{id}.json")).await?;
        let service: Service = serde_json::from_str(&definition).ok()?;
        let source = crate::api::get_text(&format!("/locales/{language}/services/{id}.ftl"))
            .await
            .unwrap_or_default();
        Some(ServiceTexts {
            service: Arc::new(service),
            bundle: Arc::new(bundle(language, source)),
        })
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

    pub fn name(&self) -> String {
        self.get(portal_forms::messages::NAME)
            .unwrap_or_else(|| self.service.id.clone())
    }
}
