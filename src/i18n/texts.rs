//! A set of Fluent files in the language the citizen reads: the interface files (loaded at
//! start-up, owned by [`I18n`]) or texts loaded on demand (a service's questions, the form parts,
//! the catalogue), reloaded when they switch. The one place messages are looked up and
//! formatted; a message missing in every loaded language brings the next language of the
//! chain, so a citizen never sees an id.

use super::context::{I18n, load_local, start_loading};
use super::language::Language;
use super::localizer::{Arg, Localizer};
use leptos::logging::warn;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy)]
pub struct Texts {
    localizer: StoredValue<Option<Localizer>>,
    /// Bumped whenever the localizer changes; every text read tracks it.
    revision: RwSignal<u32>,
    files: StoredValue<Vec<String>>,
    /// Whether the next language of the chain is on its way, so a missing message asks once.
    fallback_requested: StoredValue<bool>,
}

impl Texts {
    fn new(files: Vec<String>, localizer: Option<Localizer>) -> Self {
        Self {
            localizer: StoredValue::new(localizer),
            revision: RwSignal::new(0),
            files: StoredValue::new(files),
            fallback_requested: StoredValue::new(false),
        }
    }

    /// Texts already loaded (the interface, before the app starts).
    pub(crate) fn loaded(files: &[&str], localizer: Localizer) -> Self {
        Self::new(
            files.iter().map(|f| f.to_string()).collect(),
            Some(localizer),
        )
    }

    /// Starts loading `files` and reloads them whenever the language changes. While the owner
    /// that called this lives, a language switch loads them with the interface.
    pub fn load(i18n: I18n, files: Vec<String>) -> Self {
        if crate::PRERENDERING {
            let paths: Vec<&str> = files.iter().map(String::as_str).collect();
            let localizer = load_local(i18n.language_untracked(), &paths);
            return Self::new(files, Some(localizer));
        }
        let texts = Self::new(files, None);
        let id = i18n.register(texts);
        on_cleanup(move || i18n.unregister(id));
        Effect::new(move |_| {
            let language = i18n.language();
            // A language switch may have loaded these already.
            if texts.language_untracked() == Some(language) {
                return;
            }
            spawn_local(async move {
                let files = texts.files();
                let paths: Vec<&str> = files.iter().map(String::as_str).collect();
                let localizer = start_loading(language, &paths).finish().await;
                // A newer language may have been chosen while this one loaded.
                if i18n.language_untracked() == language {
                    texts.replace(localizer);
                }
            });
        });
        texts
    }

    /// The files these texts are made of.
    pub(crate) fn files(self) -> Vec<String> {
        self.files.try_get_value().unwrap_or_default()
    }

    /// The language of the loaded texts, if any, without subscribing to changes.
    pub(crate) fn language_untracked(self) -> Option<&'static Language> {
        self.localizer
            .try_with_value(|l| l.as_ref().map(Localizer::language))
            .flatten()
    }

    /// Puts newly loaded texts in place; nothing if they have left the screen.
    pub(crate) fn replace(self, localizer: Localizer) {
        if self.localizer.try_set_value(Some(localizer)).is_none() {
            self.fallback_requested.set_value(false);
            self.revision.try_update(|r| *r += 1);
        }
    }

    /// The language shown (reactive); `None` until the texts arrive.
    pub(crate) fn language(self) -> Option<&'static Language> {
        self.revision.track();
        self.language_untracked()
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

    /// The text of `id` (reactive); empty, with a console warning, until it can be found.
    pub fn t(self, id: &str) -> String {
        self.t_with(id, &[])
    }

    pub fn t_with(self, id: &str, args: &[Arg<'_>]) -> String {
        self.revision.track();
        let formatted = self
            .localizer
            .with_value(|l| l.as_ref().map(|l| l.format(id, args)));
        match formatted {
            Some(Some((text, errors))) => {
                errors.iter().for_each(|e| warn!("fluent: {e}"));
                text
            }
            Some(None) => {
                warn!("fluent: no message {id}");
                #[cfg(feature = "ssr")]
                report_missing(self, id);
                self.request_fallback();
                String::new()
            }
            None => String::new(),
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

    /// Loads the next language of the chain after a message turned out to be missing; the text
    /// appears when it arrives.
    fn request_fallback(self) {
        if crate::PRERENDERING {
            // Rendering natively, the whole chain was read already: the text is missing for good.
            return;
        }
        let Some((language, next)) = self.localizer.with_value(|l| {
            l.as_ref()
                .and_then(|l| Some((l.language(), l.next_fallback()?)))
        }) else {
            return;
        };
        if self.fallback_requested.get_value() {
            return;
        }
        self.fallback_requested.set_value(true);
        spawn_local(async move {
            let files = self.files();
            let paths: Vec<&str> = files.iter().map(String::as_str).collect();
            let sources = start_loading(next, &paths).sources().await;
            // Only extend the texts the request was made for, not ones switched in since.
            if self.language_untracked() == Some(language) {
                self.localizer.update_value(|l| {
                    if let Some(l) = l {
                        l.add_language(next, sources)
                            .iter()
                            .for_each(|p| warn!("fluent: {p}"));
                    }
                });
                self.fallback_requested.set_value(false);
                self.revision.update(|r| *r += 1);
            }
        });
    }
}

/// Messages a page rendered natively asked for and no file of the language chain had, as
/// "language file(s): id"; the prerender fails with them.
#[cfg(feature = "ssr")]
static MISSING: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

#[cfg(feature = "ssr")]
fn report_missing(texts: Texts, id: &str) {
    let language = texts.language_untracked().map_or("?", |l| l.code);
    let files = texts.files().join(", ");
    if let Ok(mut missing) = MISSING.lock() {
        missing.push(format!(
            "locales/{language}/{{{files}}}.ftl: no message {id}"
        ));
    }
}

/// What [`report_missing`] collected since the last call.
#[cfg(feature = "ssr")]
pub fn take_missing() -> Vec<String> {
    MISSING
        .lock()
        .map(|mut missing| std::mem::take(&mut *missing))
        .unwrap_or_default()
}
