//! The settings, their storage and their effect on `<html>`. A missing, damaged or outdated value
//! in storage gives the defaults, never an error.

use crate::service::json;
use crate::storage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Storage key; `boot.js` reads the same key.
const KEY: &str = "portal.display";
/// Text size steps, each a percentage of the browser's own size (so browser zoom still works).
pub const TEXT_SIZES: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
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
    /// The saved settings, or the defaults if there are none or they make no sense.
    pub fn load() -> Self {
        storage::load(KEY)
            .and_then(|text| json::parse::<DisplaySettings>(&text))
            .filter(|s| s.text_size < TEXT_SIZES)
            .unwrap_or_default()
    }

    fn save(self) {
        if self == Self::default() {
            storage::remove(KEY);
        } else if let Some(text) = json::stringify(&self) {
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
        let display = Display(RwSignal::new(DisplaySettings::load()));
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

    pub fn update(self, change: impl FnOnce(&mut DisplaySettings)) {
        self.0.update(change);
    }

    pub fn reset(self) {
        self.0.set(DisplaySettings::default());
    }
}
