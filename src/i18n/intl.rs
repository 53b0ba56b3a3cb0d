//! Dates are written out by the browser's `Intl`, so no locale data ships in the wasm. (Numbers
//! in messages are formatted by Fluent.)

use super::language::{Language, fallback_chain};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The language chain as a JS array, so `Intl` falls back the way our messages do when the
/// browser has no data for a language (older browsers lack Uyghur or Tibetan).
fn locales(language: &'static Language) -> Array {
    fallback_chain(language)
        .iter()
        .map(|l| JsValue::from_str(l.code))
        .collect()
}

/// A calendar date written out in full in `language`, e.g. "2026年11月27日" or "27 November 2026".
pub fn format_long_date(language: &'static Language, year: u32, month: u32, day: u32) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    let date = Date::new_0();
    date.set_utc_full_year_with_month_date(year, month as i32 - 1, day as i32);
    let format = Intl::DateTimeFormat::new(&locales(language), &options).format();
    format
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
