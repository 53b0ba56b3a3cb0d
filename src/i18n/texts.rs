//! Texts loaded on demand (a service's questions, the form parts, the catalogue), in the
//! language the citizen reads, reloaded when they switch. Separate from the interface texts so
//! that the first load does not grow with the number of services.

use super::context::{I18n, load_localizer};
use super::localizer::{Arg, Localizer};
use leptos::logging::warn;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A set of Fluent files under `/locales/<lang>/`, following the current language.
#[derive(Clone, Copy)]
pub struct Texts {
    localizer: StoredValue<Option<Localizer>>,
    revision: RwSignal<u32>,
}

impl Texts {
    /// Starts loading `files` and reloads them whenever the language changes.
    pub fn load(i18n: I18n, files: Vec<String>) -> Self {
        let texts = Self {
            localizer: StoredValue::new(None),
            revision: RwSignal::new(0),
        };
        let id = i18n.keep_in_step(texts, files.clone());
        on_cleanup(move || i18n.forget(id));
        Effect::new(move |_| {
            let language = i18n.language();
            // A language switch may have loaded these already.
            if texts
                .localizer
                .with_value(|l| l.as_ref().map(Localizer::language))
                == Some(language)
            {
                return;
            }
            let files = files.clone();
            spawn_local(async move {
                let paths: Vec<&str> = files.iter().map(String::as_str).collect();
                let localizer = load_localizer(language, &paths).await;
                // A newer language may have been chosen while this one loaded.
                if i18n.language_untracked() == language {
                    texts.localizer.set_value(Some(localizer));
                    texts.revision.update(|r| *r += 1);
                }
            });
        });
        texts
    }

    /// Puts texts a language switch loaded in place; nothing if they have left the screen.
    pub(crate) fn replace(self, localizer: Localizer) {
        if self.localizer.try_set_value(Some(localizer)).is_none() {
            self.revision.try_update(|r| *r += 1);
        }
    }

    /// Whether the texts have arrived (reactive).
    pub fn ready(self) -> bool {
        self.revision.track();
        self.localizer.with_value(Option::is_some)
    }

    /// Whether message `id` exists, for optional texts such as hints (reactive).
    pub fn has(self, id: &str) -> bool {
        self.revision.track();
        self.localizer
            .with_value(|l| l.as_ref().is_some_and(|l| l.format(id, &[]).is_some()))
    }

    /// The text of `id` (reactive); empty, with a console warning, if no file has it.
    pub fn t(self, id: &str) -> String {
        self.t_with(id, &[])
    }

    pub fn t_with(self, id: &str, args: &[Arg<'_>]) -> String {
        self.revision.track();
        let formatted = self
            .localizer
            .with_value(|l| l.as_ref().and_then(|l| l.format(id, args)));
        match formatted {
            Some((text, errors)) => {
                errors.iter().for_each(|e| warn!("fluent: {e}"));
                text
            }
            None => {
                if self.localizer.with_value(Option::is_some) {
                    warn!("fluent: no message {id}");
                }
                String::new()
            }
        }
    }

    /// A reactive text for `id`, for views and attributes. One type for every text, so the view
    /// code is not duplicated for each.
    pub fn tr(self, id: impl Into<String>) -> Signal<String> {
        let id = id.into();
        Signal::derive(move || self.t(&id))
    }

    /// The first of `ids` that exists (e.g. a question's own error wording, then the generic).
    pub fn first_of(self, ids: &[&str], args: &[Arg<'_>]) -> String {
        ids.iter()
            .find(|id| self.has(id))
            .map(|id| self.t_with(id, args))
            .unwrap_or_default()
    }
}
