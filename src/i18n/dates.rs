//! Dates written out in full in the citizen's language, from Fluent (`date-long` in
//! `shell.ftl`), so a page rendered natively and the same page in the browser say the same,
//! and no locale data ships in the wasm.

use super::I18n;
use portal_forms::CivilDate;

/// `date` in full, e.g. "2026年11月27日" or "27 November 2026" (reactive in a closure).
pub fn long_date(i18n: I18n, date: CivilDate) -> String {
    i18n.t_with(
        "date-long",
        &[
            ("year", date.year.into()),
            ("month", date.month.into()),
            ("day", date.day.into()),
        ],
    )
}
