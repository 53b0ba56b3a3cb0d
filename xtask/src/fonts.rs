//! The Mongolian font: phones in Inner Mongolia may have none, so portal-server serves one, from
//! the same origin and only to pages in traditional Mongolian (the stylesheet names it for
//! `html:lang(mn-Mong)` and for the Mongolian block only). Debian's Noto Sans Mongolian is cut
//! down by fontTools to the Mongolian letters, punctuation and digits, keeping every OpenType
//! feature the script's shaping needs (its joining forms) and its name records (copyright and
//! licence), and written as WOFF2: about 23 KB instead of 242 KB.

use crate::command::run;
use std::path::Path;

/// Debian's copy of the font (package `fonts-noto-core`, SIL Open Font License).
pub const SOURCE: &str = "/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf";
/// Debian's Python, whose `python3-fonttools` and `python3-brotli` do the subsetting.
pub const PYTHON: &str = "/usr/bin/python3";
/// Where the stylesheet's `@font-face` finds it, under dist/.
const SERVED: &str = "fonts/noto-sans-mongolian.woff2";
/// Mongolian letters and punctuation (U+1800–U+1842), its variation selectors and vowel
/// separator, the narrow no-break space before suffixes, joiners, and digits.
const UNICODES: &str = "U+1800-1842,U+180B-180F,U+202F,U+200C-200D,U+0030-0039";

/// Whether the font and the tools to cut it are on this machine.
pub fn available() -> bool {
    Path::new(SOURCE).is_file()
        && std::process::Command::new(PYTHON)
            .args(["-c", "import fontTools.subset, brotli"])
            .status()
            .is_ok_and(|s| s.success())
}

/// Writes the subset font into `dist`.
pub fn write(dist: &Path) -> Result<(), String> {
    let target = dist.join(SERVED);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    run(
        PYTHON,
        &[
            "-m",
            "fontTools.subset",
            SOURCE,
            &format!("--unicodes={UNICODES}"),
            "--layout-features=*",
            // Every name record, the font's copyright and its SIL Open Font License among them:
            // the licence asks that they travel with the font.
            "--name-IDs=*",
            "--flavor=woff2",
            &format!("--output-file={}", target.display()),
        ],
    )
}
