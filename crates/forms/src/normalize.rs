//! What Chinese input methods type is not always what a validator expects: full-width digits and
//! letters (１２３, ＡＢＣ), the ideographic space, stray spaces around the answer. These are made
//! plain before any rule runs, on both sides.

/// Full-width ASCII forms become ASCII, the ideographic space a space; the result is trimmed.
pub fn normalize(raw: &str) -> String {
    let plain: String = raw
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    plain.trim().to_string()
}

/// Normalised, with every space, hyphen and the separators people type inside numbers removed.
pub fn digits_only_spacing(raw: &str) -> String {
    normalize(raw)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{00A0}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_letters_and_spaces_become_plain() {
        assert_eq!(
            normalize("　１１０１０５１９４９１２３１００２Ｘ　"),
            "11010519491231002X"
        );
        assert_eq!(
            normalize("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
            "zhang@example.com"
        );
    }

    #[test]
    fn other_scripts_are_left_alone() {
        assert_eq!(normalize("  ئۇيغۇرچە "), "ئۇيغۇرچە");
        assert_eq!(normalize("བོད་ཡིག"), "བོད་ཡིག");
        assert_eq!(normalize("阿不都·热合曼"), "阿不都·热合曼");
    }

    #[test]
    fn separators_inside_numbers_are_dropped() {
        assert_eq!(digits_only_spacing("138 0013-8000"), "13800138000");
    }
}
