//! The console's own texts (`locales/<lang>/console/console.ftl`, zh-CN and en) with Fluent, the
//! staff member's choice kept on the device.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Arc;

/// Languages the console is written in: (code, endonym).
pub const LANGUAGES: [(&str, &str); 2] = [("zh-CN", "简体中文"), ("en", "English")];
const CHOICE_KEY: &str = "console-language";

/// The language chosen on this device, else the browser's if offered, else zh-CN.
pub fn chosen_language() -> &'static str {
    let window = web_sys::window();
    let saved = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(CHOICE_KEY).ok().flatten());
    let browser = window.and_then(|w| w.navigator().language());
    let wanted = saved.or(browser).unwrap_or_default();
    LANGUAGES
        .iter()
        .find(|(code, _)| wanted == *code || wanted.split('-').next() == code.split('-').next())
        .map_or(LANGUAGES[0].0, |(code, _)| code)
}

pub fn keep_choice(code: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(CHOICE_KEY, code);
    }
}

#[derive(Clone)]
pub struct Texts {
    pub language: &'static str,
    bundle: Arc<FluentBundle<FluentResource>>,
}

impl Texts {
    pub async fn load(language: &'static str) -> Texts {
        // The console's texts, and every service's name from the catalogue the build writes.
        let mut source = crate::api::get_text(&format!("/locales/{language}/console/console.ftl"))
            .await
            .unwrap_or_default();
        source.push('\n');
        source.push_str(
            &crate::api::get_text(&format!("/locales/{language}/catalogue.ftl"))
                .await
                .unwrap_or_default(),
        );
        Texts {
            language,
            bundle: Arc::new(bundle(language, source)),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message, or its id where it is missing (a test keeps every id present).
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// A bundle of one Fluent source, without the isolation marks Fluent puts around variables (the
/// page sets the direction of each element itself).
pub fn bundle(language: &str, source: String) -> FluentBundle<FluentResource> {
    let locale = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A moment (seconds since 1970) as the staff member's language writes a date and time.
pub fn date_time(language: &str, seconds: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(seconds as f64 * 1000.0));
    date.to_locale_string(language, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}
