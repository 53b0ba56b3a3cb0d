//! Reference numbers the citizen can read out on the phone: 8 characters from an alphabet with
//! no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). Randomness is passed in; the crate has no I/O.

/// 25 characters that cannot be mistaken for one another, in print or read aloud.
pub const ALPHABET: &[u8; 25] = b"34679ACDEFGHJKMNPQRTUVWXY";

/// The length of a reference.
pub const LENGTH: usize = 8;

/// A reference from 8 random bytes (each picks one character; the slight bias of 256 % 25 is
/// irrelevant for a reference that is unique by database constraint, not by chance alone).
pub fn reference_from_bytes(bytes: [u8; LENGTH]) -> String {
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// Whether `text` has the shape of a reference.
pub fn is_reference(text: &str) -> bool {
    text.len() == LENGTH && text.bytes().all(|b| ALPHABET.contains(&b))
}

/// The length of a tracking secret: shown with the reference, asked for with it on the progress
/// page, so a reference alone (read out on the phone, written on a form) opens nothing.
pub const SECRET_LENGTH: usize = 6;

/// A tracking secret from 6 bytes, in the references' alphabet.
pub fn secret_from_bytes(bytes: [u8; SECRET_LENGTH]) -> String {
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// Whether `text` has the shape of a tracking secret.
pub fn is_secret(text: &str) -> bool {
    text.len() == SECRET_LENGTH && text.bytes().all(|b| ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_avoid_look_alike_characters() {
        for confusable in b"0O1IL2Z5S8B" {
            assert!(!ALPHABET.contains(confusable), "{}", *confusable as char);
        }
        let reference = reference_from_bytes([0, 1, 2, 3, 250, 251, 254, 255]);
        assert_eq!(reference.len(), 8);
        assert!(is_reference(&reference));
    }

    #[test]
    fn anything_else_is_not_a_reference() {
        assert!(!is_reference("ABCD1234"));
        assert!(!is_reference("ACDE"));
        assert!(!is_reference("acdefghj"));
    }

    #[test]
    fn secrets_use_the_same_alphabet() {
        let secret = secret_from_bytes([0, 24, 25, 99, 200, 255]);
        assert_eq!(secret.len(), SECRET_LENGTH);
        assert!(is_secret(&secret));
        assert!(!is_secret("ABC12Z") && !is_secret("ACDEFGH") && !is_secret("acdefg"));
    }
}
