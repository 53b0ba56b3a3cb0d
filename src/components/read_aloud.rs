//! Read aloud: the page's visible text, in order, in the current language's voice, with pause and
//! stop. A device without a voice for the language is told so, never read to in another language;
//! a browser without speech synthesis does not show the control.

use crate::app::MAIN_ID;
use crate::i18n::{Language, use_i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Text blocks read in document order; nested matches are read once, with their parent.
const READABLE: &str = "h1, h2, h3, p, li, dt, dd, legend, label, .app-hint, .app-error-message";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    Idle,
    Speaking,
    Paused,
}

/// The browser's speech synthesis, if it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    let value = js_sys::Reflect::get(&window(), &"speechSynthesis".into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// A voice that speaks `language`: the exact tag first, then the same language. Cantonese
/// voices are not used for Simplified Chinese text.
fn voice_for(synthesis: &SpeechSynthesis, language: &Language) -> Option<SpeechSynthesisVoice> {
    let normal = |tag: String| tag.to_ascii_lowercase().replace('_', "-");
    let wanted = normal(language.code.to_string());
    let primary = wanted.split('-').next().unwrap_or_default().to_string();
    let voices: Vec<SpeechSynthesisVoice> = synthesis
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .collect();
    let exact = voices.iter().find(|v| normal(v.lang()) == wanted);
    exact
        .or_else(|| {
            voices.iter().find(|v| {
                let tag = normal(v.lang());
                tag.split('-').next() == Some(primary.as_str())
                    && !(primary == "zh" && (tag.contains("hk") || tag.contains("yue")))
            })
        })
        .cloned()
}

/// Reads the page aloud. A lazy split point: the code is fetched the first time someone listens.
#[lazy]
fn read_page(language: &'static Language, state: RwSignal<Speech>) {
    let Some(synthesis) = synthesis() else { return };
    let Some(voice) = voice_for(&synthesis, language) else {
        return;
    };
    synthesis.cancel();
    let blocks = readable_blocks();
    let last = blocks.len().saturating_sub(1);
    for (index, block) in blocks.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(block) else {
            continue;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(language.code);
        if index == last {
            let done = Closure::<dyn Fn()>::new(move || state.set(Speech::Idle));
            utterance.set_onend(Some(done.as_ref().unchecked_ref()));
            done.forget();
        }
        synthesis.speak(&utterance);
    }
    state.set(if blocks.is_empty() {
        Speech::Idle
    } else {
        Speech::Speaking
    });
}

/// The visible text of the page's main content, block by block.
fn readable_blocks() -> Vec<String> {
    let Some(main) = document().get_element_by_id(MAIN_ID) else {
        return Vec::new();
    };
    let Ok(nodes) = main.query_selector_all(READABLE) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.closest(".app-read-aloud").ok().flatten().is_none())
        .filter(|el| {
            el.parent_element()
                .and_then(|p| p.closest(READABLE).ok().flatten())
                .is_none_or(|outer| !main.contains(Some(&outer)))
        })
        .map(|el| el.inner_text().trim().to_string())
        .filter(|text| !text.is_empty())
        .collect()
}

#[component]
pub fn ReadAloud() -> impl IntoView {
    let i18n = use_i18n();
    // Whether the device can speak is known only in the browser: a page rendered natively has
    // no control, and the app adds it when it takes the page over.
    if crate::PRERENDERING {
        return ().into_any();
    }
    let Some(synthesis) = synthesis() else {
        return ().into_any();
    };
    // Voices arrive after start-up in most browsers; the count changing re-checks for a voice.
    let voices = RwSignal::new(synthesis.get_voices().length());
    let on_voices = Closure::<dyn Fn()>::new(move || {
        if let Some(synthesis) = self::synthesis() {
            voices.set(synthesis.get_voices().length());
        }
    });
    synthesis.set_onvoiceschanged(Some(on_voices.as_ref().unchecked_ref()));
    on_voices.forget();
    let state = RwSignal::new(Speech::Idle);
    let has_voice = move || {
        voices.track();
        self::synthesis().is_some_and(|s| voice_for(&s, i18n.language()).is_some())
    };
    let listen = move |_| {
        let language = i18n.language_untracked();
        leptos::task::spawn_local(async move { read_page(language, state).await });
    };
    let pause = move |_| {
        if let Some(synthesis) = self::synthesis() {
            if state.get_untracked() == Speech::Paused {
                synthesis.resume();
                state.set(Speech::Speaking);
            } else {
                synthesis.pause();
                state.set(Speech::Paused);
            }
        }
    };
    let stop = move |_| {
        if let Some(synthesis) = self::synthesis() {
            synthesis.cancel();
        }
        state.set(Speech::Idle);
    };
    // Leaving the page stops reading it.
    on_cleanup(move || {
        if let Some(synthesis) = self::synthesis() {
            synthesis.cancel();
        }
    });
    let controls = move || {
        if !has_voice() {
            let language = i18n.language();
            return view! {
                <p class="app-read-aloud__unavailable">
                    {i18n.t_with("read-aloud-no-voice", &[("language", language.endonym.into())])}
                </p>
            }
            .into_any();
        }
        match state.get() {
            Speech::Idle => view! {
                <button type="button" class="app-button app-button--secondary app-read-aloud__button" on:click=listen>
                    {i18n.tr("read-aloud-listen")}
                </button>
            }
            .into_any(),
            speaking => view! {
                <button type="button" class="app-button app-button--secondary app-read-aloud__button" on:click=pause>
                    {move || if speaking == Speech::Paused { i18n.t("read-aloud-resume") } else { i18n.t("read-aloud-pause") }}
                </button>
                <button type="button" class="app-button app-button--secondary app-read-aloud__button" on:click=stop>
                    {i18n.tr("read-aloud-stop")}
                </button>
            }
            .into_any(),
        }
    };
    view! { <div class="app-read-aloud">{controls}</div> }.into_any()
}
