//! Finding a service by what people type, in any of the portal's scripts, with no server: the
//! build folds every service's name, summary and keywords into an index per language (and adds
//! pinyin for Chinese); the browser folds the query the same way and looks for it as a substring.
//!
//! Folding makes typing differences disappear: case; full-width letters and digits; Arabic
//! presentation forms (text copied from old PDFs) and the Persian or Arabic keyboard variants of
//! Uyghur letters; vowel marks, tatweel and the hamza that starts Uyghur words, and Kazakh's high
//! hamza (ٴ, alone or in the letters ٵ ٶ ٷ ٸ); Tibetan precomposed letters; Mongolian free
//! variation selectors and vowel separator; Korean syllables, taken apart into their letters so
//! that a syllable still being typed (신부… for 신분증) finds what it begins; and every space,
//! tsheg, shad and punctuation mark (Mongolian's too), so "id card", "ID-card" and "ＩＤｃａｒｄ" are
//! one query and a Tibetan query need not end in a tsheg.

mod table;

use serde::{Deserialize, Serialize};

/// One service in a language's search index, every text already folded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub id: String,
    /// The service's name.
    pub name: String,
    /// Its summary, keywords and topic.
    pub text: String,
    /// Chinese only: the name and keywords in toneless pinyin, and their initials.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pinyin: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub initials: String,
}

/// The text as the search compares it.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let mut push = |part| push_folded(&mut folded, part);
        if !hangul(c, &mut push) && !table::decompose(c, &mut push) {
            push_folded(&mut folded, c);
        }
    }
    folded
}

/// A Korean syllable as its conjoining letters (Unicode's canonical decomposition, computed as
/// the standard defines it); false for anything else.
fn hangul(c: char, push: &mut impl FnMut(char)) -> bool {
    let Some(index) = (c as u32).checked_sub(0xAC00).filter(|i| *i < 11_172) else {
        return false;
    };
    let letter = |code: u32| char::from_u32(code).unwrap_or(c);
    push(letter(0x1100 + index / 588));
    push(letter(0x1161 + index % 588 / 28));
    if index % 28 != 0 {
        push(letter(0x11A7 + index % 28));
    }
    true
}

fn push_folded(out: &mut String, c: char) {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Arabic-Indic and Persian digits.
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30).unwrap_or(c),
        // Keyboard variants of Uyghur letters: Persian kaf and yeh, Arabic heh, alef maksura.
        '\u{06A9}' => '\u{0643}',
        '\u{06CC}' | '\u{0649}' => '\u{064A}',
        '\u{0647}' => '\u{06D5}',
        // Kazakh letters with the high hamza, which is dropped: alef, waw, u, yeh.
        '\u{0675}' => '\u{0627}',
        '\u{0676}' => '\u{0648}',
        '\u{0677}' => '\u{06C7}',
        '\u{0678}' => '\u{064A}',
        _ => c,
    };
    let dropped = c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c,
            // Uyghur's word-initial hamza, often left out when typing.
            '\u{0626}'
            // Kazakh's high hamza, marking a word of front vowels; often left out when typing.
            | '\u{0674}'
            // Mongolian punctuation, free variation selectors and vowel separator.
            | '\u{1800}'..='\u{180F}'
            // Arabic vowel marks, superscript alef, tatweel.
            | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
            // Arabic comma, semicolon, question mark.
            | '\u{060C}' | '\u{061B}' | '\u{061F}'
            // Tibetan tsheg, shad and other marks between syllables.
            | '\u{0F04}'..='\u{0F14}'
            // Joiners, direction marks and isolates, soft hyphen, middle dots.
            | '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{00AD}' | '\u{00B7}' | '\u{30FB}'
            // CJK punctuation and the general punctuation block.
            | '\u{3000}'..='\u{303F}' | '\u{2010}'..='\u{2027}' | '\u{FF61}'..='\u{FF65}');
    if !dropped {
        out.push(lower_case(c));
    }
}

/// Lower case for the scripts the portal's languages use that have case: Latin (ASCII and
/// Latin-1) and Cyrillic (for Kazakh). Written out, not `char::to_lowercase`, whose Unicode
/// table would be static data in the first load (wasm-split moves code, not data).
fn lower_case(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x0410..=0x042F => code + 0x20,
        0x0400..=0x040F => code + 0x50,
        // Cyrillic letters beyond Russian's come in upper/lower pairs (Kazakh Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ).
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF if code.is_multiple_of(2) => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// How well an entry matches a folded query: the name first, then pinyin, then the rest.
fn rank(entry: &SearchEntry, query: &str) -> Option<u8> {
    if entry.name.contains(query) {
        Some(0)
    } else if !entry.pinyin.is_empty()
        && (entry.pinyin.contains(query) || entry.initials.contains(query))
    {
        Some(1)
    } else if entry.text.contains(query) {
        Some(2)
    } else {
        None
    }
}

/// The ids of the services matching `query`, best first; ties keep the index's order (most used
/// first). A query with nothing left after folding matches nothing.
pub fn find<'a>(index: &'a [SearchEntry], query: &str) -> Vec<&'a str> {
    let query = fold(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, usize, &str)> = index
        .iter()
        .enumerate()
        .filter_map(|(order, e)| rank(e, &query).map(|r| (r, order, e.id.as_str())))
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests;
