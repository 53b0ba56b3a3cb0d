//! Counting characters the way a reader does: a Tibetan stack (consonant with subjoined letters
//! and vowel signs) or a Uyghur letter with its marks is one character, not several code points.

use unicode_segmentation::UnicodeSegmentation;

/// The number of extended grapheme clusters (Unicode UAX #29) in `text`.
pub fn count(text: &str) -> usize {
    text.graphemes(true).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tibetan_stack_counts_once() {
        // བསྒྲུབས: ba, sa, subjoined ga, subjoined ra, vowel u, ba, sa: 7 code points.
        let word = "བསྒྲུབས";
        assert_eq!(word.chars().count(), 7);
        assert_eq!(count(word), 4);
        assert_eq!(count("སྒྲ"), 1);
    }

    #[test]
    fn a_uyghur_letter_with_a_mark_counts_once() {
        // Alef with hamza above written as alef + combining hamza (U+0654).
        assert_eq!(count("\u{0627}\u{0654}"), 1);
        assert_eq!(count("ئۇيغۇر"), 6);
    }

    #[test]
    fn chinese_and_emoji_sequences() {
        assert_eq!(count("身份证"), 3);
        assert_eq!(count("👨‍👩‍👧"), 1);
        assert_eq!(count("e\u{0301}"), 1);
    }
}
