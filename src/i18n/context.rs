//! The i18n context shared by every component: which language is shown, its messages, and
//! switching without a reload. Text reads are reactive, so a switch re-renders text in place
//! and leaves form fields, focus and scroll position alone.

use super::language::{Language, fallback_chain, language_by_code, languages};
use super::localizer::{Arg, INTERFACE_FILES, Localizer};
use super::negotiate::negotiate_language;
use super::texts::Texts;
use crate::fetch::{fetch_text, read_local, start_fetch};
use crate::storage;
use leptos::logging::warn;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Storage keys. `boot.js` reads both before first paint, so `<html lang dir>` is right early.
const LANGUAGE_KEY: &str = "portal.language";
const DIRECTION_KEY: &str = "portal.direction";
/// The query parameter that asks for a language, e.g. a link shared as `/?lang=ug`.
const LANGUAGE_PARAM: &str = "lang";

/// Handle to the portal's language state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The interface texts every page needs; their language is the language on screen.
    interface: Texts,
    /// The texts loaded on demand that are on screen, by id: a switch loads them too before any
    /// text changes, so the page never shows one language under another's `lang`.
    on_screen: StoredValue<Vec<(u64, Texts)>>,
    next_id: StoredValue<u64>,
    /// The language being fetched after a switch, so the switcher can say it is busy.
    switching_to: RwSignal<Option<&'static Language>>,
}

/// The i18n context; panics with its name if the app forgot to provide it.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

impl I18n {
    /// Negotiates the language for this visit and loads its messages.
    pub async fn start() -> Self {
        // A page portal-server sent is already in the language it chose from the same choices
        // (the address, the cookie the app writes, the browser's): the app keeps it.
        let requested = take_requested_language()
            .filter(|code| language_by_code(code).is_some())
            .or_else(served_language);
        if let Some(language) = requested.as_deref().and_then(language_by_code) {
            remember(language);
        }
        let saved = storage::load(LANGUAGE_KEY);
        let language =
            negotiate_language(requested.as_deref(), saved.as_deref(), &browser_languages());
        let localizer = start_loading(language, INTERFACE_FILES).finish().await;
        apply_to_document(language);
        Self {
            interface: Texts::loaded(INTERFACE_FILES, localizer),
            on_screen: StoredValue::new(Vec::new()),
            next_id: StoredValue::new(0),
            switching_to: RwSignal::new(None),
        }
    }

    /// The language state for rendering a page natively in `language` (the prerender).
    pub fn for_prerender(language: &'static Language) -> Self {
        Self {
            interface: Texts::loaded(INTERFACE_FILES, load_local(language, INTERFACE_FILES)),
            on_screen: StoredValue::new(Vec::new()),
            next_id: StoredValue::new(0),
            switching_to: RwSignal::new(None),
        }
    }

    /// Registers texts now on screen; returns the id to [`I18n::unregister`] them with.
    pub(crate) fn register(self, texts: Texts) -> u64 {
        let id = self.next_id.get_value() + 1;
        self.next_id.set_value(id);
        self.on_screen.update_value(|all| all.push((id, texts)));
        id
    }

    /// The texts with this id have left the screen.
    pub(crate) fn unregister(self, id: u64) {
        self.on_screen
            .try_update_value(|all| all.retain(|(kept, _)| *kept != id));
    }

    /// The language whose text is on screen (reactive).
    pub fn language(self) -> &'static Language {
        self.interface
            .language()
            .expect("the interface texts are loaded before the app starts")
    }

    /// The language on screen, without subscribing to changes.
    pub fn language_untracked(self) -> &'static Language {
        self.interface
            .language_untracked()
            .expect("the interface texts are loaded before the app starts")
    }

    /// The language being loaded after a switch, if any (reactive).
    pub fn switching_to(self) -> Option<&'static Language> {
        self.switching_to.get()
    }

    /// Fetches `language` and swaps every text to it without a reload, then remembers it.
    pub fn switch_to(self, language: &'static Language) {
        if language == self.language_untracked() {
            return;
        }
        self.switching_to.set(Some(language));
        let on_screen: Vec<Texts> = self
            .on_screen
            .with_value(|all| all.iter().map(|(_, texts)| *texts).collect());
        // The interface and every text on screen, all requested before any is awaited.
        let interface = start_loading(language, INTERFACE_FILES);
        let others: Vec<Loading> = on_screen
            .iter()
            .map(|texts| {
                let files = texts.files();
                let paths: Vec<&str> = files.iter().map(String::as_str).collect();
                start_loading(language, &paths)
            })
            .collect();
        spawn_local(async move {
            let localizer = interface.finish().await;
            let mut loaded = Vec::with_capacity(others.len());
            for other in others {
                loaded.push(other.finish().await);
            }
            // A later click may have asked for another language meanwhile; the last one wins.
            if self.switching_to.get_untracked() == Some(language) {
                for (texts, localizer) in on_screen.iter().zip(loaded) {
                    texts.replace(localizer);
                }
                apply_to_document(language);
                remember(language);
                self.interface.replace(localizer);
                self.switching_to.set(None);
            }
        });
    }

    /// The text of interface message `id` in the current language (reactive in a closure).
    pub fn t(self, id: &str) -> String {
        self.interface.t(id)
    }

    /// The text of interface message `id` with arguments (reactive in a closure).
    pub fn t_with(self, id: &str, args: &[Arg<'_>]) -> String {
        self.interface.t_with(id, args)
    }

    /// A reactive text for interface message `id`, for views and attributes.
    pub fn tr(self, id: &'static str) -> Signal<String> {
        self.interface.tr(id)
    }
}

/// Files whose requests are on their way; several can be started before any is awaited, so
/// they share one round trip.
pub(crate) struct Loading {
    language: &'static Language,
    files: Vec<String>,
    requests: Vec<Option<js_sys::Promise>>,
}

/// Starts fetching `files` (paths under `/locales/<lang>/`, without `.ftl`) of `language`.
pub(crate) fn start_loading(language: &'static Language, files: &[&str]) -> Loading {
    Loading {
        language,
        files: files.iter().map(|f| f.to_string()).collect(),
        requests: files
            .iter()
            .map(|area| start_fetch(&format!("/locales/{}/{area}.ftl", language.code)))
            .collect(),
    }
}

impl Loading {
    /// The messages; if any file is missing or broken, the next languages of its chain are
    /// loaded too, so the page renders whatever failed.
    pub(crate) async fn finish(self) -> Localizer {
        let mut localizer = Localizer::new(self.language);
        let files: Vec<&str> = self.files.iter().map(String::as_str).collect();
        let mut requests = Some(self.requests);
        for candidate in fallback_chain(self.language) {
            let started = requests
                .take()
                .unwrap_or_else(|| start_loading(candidate, &files).requests);
            let (sources, complete) = receive(candidate, &files, started).await;
            let problems = localizer.add_language(candidate, sources);
            problems.iter().for_each(|p| warn!("fluent: {p}"));
            if complete && problems.is_empty() {
                break;
            }
        }
        localizer
    }

    /// The bodies of the files that arrived, as they are.
    pub(crate) async fn sources(self) -> Vec<String> {
        let files: Vec<&str> = self.files.iter().map(String::as_str).collect();
        receive(self.language, &files, self.requests).await.0
    }
}

/// The messages of `files` read from the built files at once, down the language chain as
/// [`Loading::finish`] does (the prerender: no fetching).
pub(crate) fn load_local(language: &'static Language, files: &[&str]) -> Localizer {
    let mut localizer = Localizer::new(language);
    for candidate in fallback_chain(language) {
        let sources: Vec<String> = files
            .iter()
            .filter_map(|area| read_local(&format!("/locales/{}/{area}.ftl", candidate.code)))
            .collect();
        let complete = sources.len() == files.len();
        let problems = localizer.add_language(candidate, sources);
        problems.iter().for_each(|p| warn!("fluent: {p}"));
        if complete && problems.is_empty() {
            break;
        }
    }
    localizer
}

/// The bodies of `files` of `language`; `true` when every one arrived.
async fn receive(
    language: &'static Language,
    files: &[&str],
    requests: Vec<Option<js_sys::Promise>>,
) -> (Vec<String>, bool) {
    let mut sources = Vec::with_capacity(files.len());
    for (area, request) in files.iter().zip(requests) {
        match fetch_text(request).await {
            Ok(text) => sources.push(text),
            Err(error) => warn!(
                "locale file {}/{area}.ftl failed: {}",
                language.code,
                error.code()
            ),
        }
    }
    let complete = sources.len() == files.len();
    (sources, complete)
}

/// Sets `<html lang dir>` so screen readers, fonts, hyphenation and layout follow the language.
fn apply_to_document(language: &'static Language) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", language.code);
        let _ = html.set_attribute("dir", language.dir.as_str());
    }
}

/// Saves the choice for the next visit (language for the app, direction for `boot.js`).
fn remember(language: &'static Language) {
    storage::save(LANGUAGE_KEY, language.code);
    storage::save(DIRECTION_KEY, language.dir.as_str());
    storage::save_cookie(
        storage::LANGUAGE_COOKIE,
        language.code,
        storage::REMEMBER_SECONDS,
    );
}

/// The language portal-server chose for a page it sent (its `<html lang>`): the app keeps it.
fn served_language() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector("meta[name=\"portal-page\"]")
        .ok()??;
    document.document_element()?.get_attribute("lang")
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Reads `?lang=` once and removes it from the address bar, so that a later switch is not
/// overridden by a stale parameter on reload.
fn take_requested_language() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    let requested = params.get(LANGUAGE_PARAM)?;
    params.delete(LANGUAGE_PARAM);
    let query = String::from(params.to_string());
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let _ =
        window
            .history()
            .ok()?
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    Some(requested)
}

/// Every language the switcher offers.
pub fn offered_languages() -> &'static [Language] {
    languages()
}
