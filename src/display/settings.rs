//! The settings, their storage and their effect on `<html>`. A missing, damaged or outdated value
//! in storage gives the defaults, never an error.

use crate::storage;
use leptos::prelude::*;

/// Storage key; `boot.js` reads the same key.
const KEY: &str = "portal.display";
/// Text size steps, each a percentage of the browser's own size (so browser zoom still works).
pub const TEXT_SIZES: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DisplaySettings {
    /// 0 (standard) to 3 (largest).
    pub text_size: u8,
    /// Elder mode: larger text and targets, more space, one column.
    pub elder: bool,
    /// Always high contrast; otherwise the device's preference is followed.
    pub high_contrast: bool,
    /// The WCAG 1.4.12 spacing: line height 1.5, paragraphs 2×, letters 0.12em, words 0.16em.
    pub spacing: bool,
    /// Always reduce motion; otherwise the device's preference is followed.
    pub reduced_motion: bool,
}

impl DisplaySettings {
    /// The saved settings, or the defaults if there are none or they make no sense. Read field by
    /// field with the browser's JSON parser: five values do not need serde in the main wasm.
    pub fn load() -> Self {
        // The cookie is what portal-server marked the page with; a form sent without scripts
        // may have changed it since the device's copy was saved.
        if let Some(words) = storage::load_cookie(storage::DISPLAY_COOKIE) {
            return Self::from_cookie(&words);
        }
        let Some(value) = storage::load(KEY).and_then(|text| js_sys::JSON::parse(&text).ok())
        else {
            return Self::default();
        };
        let field = |name: &str| js_sys::Reflect::get(&value, &name.into()).ok();
        let flag = |name: &str| field(name).and_then(|v| v.as_bool()) == Some(true);
        let text_size = field("textSize")
            .and_then(|v| v.as_f64())
            .filter(|n| n.fract() == 0.0 && (0.0..f64::from(TEXT_SIZES)).contains(n));
        Self {
            text_size: text_size.map_or(0, |n| n as u8),
            elder: flag("elder"),
            high_contrast: flag("highContrast"),
            spacing: flag("spacing"),
            reduced_motion: flag("reducedMotion"),
        }
    }

    /// The settings from the `portal-display` cookie's words; unknown words are ignored.
    fn from_cookie(words: &str) -> Self {
        let mut settings = Self::default();
        for word in words.split('.') {
            match word {
                "elder" => settings.elder = true,
                "contrast" => settings.high_contrast = true,
                "spacing" => settings.spacing = true,
                "motion" => settings.reduced_motion = true,
                "size1" => settings.text_size = 1,
                "size2" => settings.text_size = 2,
                "size3" => settings.text_size = 3,
                _ => {}
            }
        }
        settings
    }

    /// The settings as the `portal-display` cookie holds them, for portal-server.
    fn cookie(self) -> String {
        let sizes = ["", "size1", "size2", "size3"];
        let words = [
            (self.elder, "elder"),
            (
                self.text_size > 0,
                sizes[usize::from(self.text_size.min(3))],
            ),
            (self.high_contrast, "contrast"),
            (self.spacing, "spacing"),
            (self.reduced_motion, "motion"),
        ];
        let mut cookie = String::new();
        for (_, word) in words.iter().filter(|(on, _)| *on) {
            if !cookie.is_empty() {
                cookie.push('.');
            }
            cookie.push_str(word);
        }
        cookie
    }

    fn save(self) {
        let seconds = if self == Self::default() {
            0
        } else {
            storage::REMEMBER_SECONDS
        };
        storage::save_cookie(storage::DISPLAY_COOKIE, &self.cookie(), seconds);
        if self == Self::default() {
            storage::remove(KEY);
        } else {
            let text = format!(
                r#"{{"textSize":{},"elder":{},"highContrast":{},"spacing":{},"reducedMotion":{}}}"#,
                self.text_size, self.elder, self.high_contrast, self.spacing, self.reduced_motion
            );
            storage::save(KEY, &text);
        }
    }

    /// Writes the settings onto `<html>` for the stylesheets.
    fn apply(self) {
        let Some(html) = document().document_element() else {
            return;
        };
        let set = |name: &str, value: Option<String>| {
            let _ = match value {
                Some(value) => html.set_attribute(name, &value),
                None => html.remove_attribute(name),
            };
        };
        set(
            "data-text-size",
            (self.text_size > 0).then(|| self.text_size.to_string()),
        );
        set("data-elder", self.elder.then(String::new));
        set(
            "data-contrast",
            self.high_contrast.then(|| "high".to_string()),
        );
        set("data-spacing", self.spacing.then(String::new));
        set(
            "data-motion",
            self.reduced_motion.then(|| "reduced".to_string()),
        );
    }
}

/// The settings context: read them, change them (applied and saved at once), reset them.
#[derive(Clone, Copy)]
pub struct Display(RwSignal<DisplaySettings>);

pub fn use_display() -> Display {
    expect_context::<Display>()
}

impl Display {
    /// Loads the saved settings and keeps `<html>` and storage in step with every change.
    pub fn provide() -> Self {
        // Rendered natively, a page is rendered with the defaults; the server marks `<html>`
        // with the citizen's choice (a cookie) when it sends the page.
        let saved = if crate::PRERENDERING {
            DisplaySettings::default()
        } else {
            DisplaySettings::load()
        };
        let display = Display(RwSignal::new(saved));
        Effect::new(move |_| {
            let settings = display.0.get();
            settings.apply();
            settings.save();
        });
        provide_context(display);
        display
    }

    pub fn get(self) -> DisplaySettings {
        self.0.get()
    }

    /// The settings now, without subscribing to changes.
    pub fn get_untracked(self) -> DisplaySettings {
        self.0.get_untracked()
    }

    pub fn update(self, change: impl FnOnce(&mut DisplaySettings)) {
        self.0.update(change);
    }

    pub fn reset(self) {
        self.0.set(DisplaySettings::default());
    }
}
