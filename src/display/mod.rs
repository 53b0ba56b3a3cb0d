//! Display settings: text size, elder mode (长辈版), high contrast, more spacing, less motion.
//! Kept on the device and applied to `<html>` as data attributes that the stylesheets follow;
//! `public/boot.js` applies the same attributes before first paint, so text never jumps in size.

mod settings;

pub use settings::{Display, DisplaySettings, TEXT_SIZES, use_display};
