//! Answers encrypted at rest: XChaCha20-Poly1305 (RustCrypto's `chacha20poly1305`) under a
//! 256-bit key kept outside the database, in a file or an environment variable.
//!
//! A sealed value is text, so both stores keep it in the same column as before:
//! `sealed1.<key id>.<base64url(nonce ‖ ciphertext ‖ tag)>`, with the application's reference
//! as associated data (answers moved to another row do not open). The key id is the first eight
//! bytes of SHA-256 over the key, in hex: it names the key without revealing it, so a database
//! can say which key it needs. Values that do not start with `sealed1.` are answers stored in
//! clear (before encryption was turned on); `portal-server rekey` seals them.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

const PREFIX: &str = "sealed1.";
const NONCE_BYTES: usize = 24;
/// Sealed by every key when it is first used, so a key can be checked against the database
/// before anything is written with it.
const PROBE: &[u8] = b"citizen-portal data key probe";
const PROBE_REFERENCE: &str = "key-probe";

/// One data key and its id.
pub struct DataKey {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl DataKey {
    /// A key from its text: 32 bytes as base64 (standard or URL-safe) or as 64 hex digits;
    /// surrounding white space is ignored.
    pub fn parse(text: &str) -> Result<DataKey, String> {
        let text = text.trim();
        let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            (0..32)
                .map(|i| u8::from_str_radix(&text[i * 2..i * 2 + 2], 16))
                .collect::<Result<Vec<u8>, _>>()
                .map_err(|e| e.to_string())?
        } else {
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .or_else(|_| URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')))
                .map_err(|_| {
                    "a data key is 32 bytes written as base64 or 64 hex digits".to_string()
                })?
        };
        if bytes.len() != 32 {
            return Err(format!(
                "a data key is 32 bytes; this one has {}",
                bytes.len()
            ));
        }
        let digest = Sha256::digest(&bytes);
        let id = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|e| e.to_string())?;
        Ok(DataKey { id, cipher })
    }

    /// A new random key, written as base64 (for `portal-server key new`).
    pub fn generate() -> String {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        base64::engine::general_purpose::STANDARD.encode(key)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    fn seal(&self, reference: &str, clear: &[u8]) -> Result<String, String> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: clear,
                    aad: reference.as_bytes(),
                },
            )
            .map_err(|_| "cannot encrypt".to_string())?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!(
            "{PREFIX}{}.{}",
            self.id,
            URL_SAFE_NO_PAD.encode(bytes)
        ))
    }

    fn open(&self, reference: &str, body: &str) -> Result<Vec<u8>, String> {
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| "a sealed value is damaged".to_string())?;
        if bytes.len() < NONCE_BYTES {
            return Err("a sealed value is damaged".into());
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        self.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: reference.as_bytes(),
                },
            )
            .map_err(|_| {
                format!(
                    "a value sealed with key {} does not open with it: damaged or moved",
                    self.id
                )
            })
    }

    /// This key's probe, to store beside its id.
    pub fn probe(&self) -> Result<String, String> {
        self.seal(PROBE_REFERENCE, PROBE)
    }

    /// Whether `probe` (stored for this key's id) opens with this key.
    pub fn opens_probe(&self, probe: &str) -> bool {
        let body = probe
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.strip_prefix(self.id.as_str()))
            .and_then(|rest| rest.strip_prefix('.'));
        body.is_some_and(|body| {
            self.open(PROBE_REFERENCE, body)
                .is_ok_and(|clear| clear == PROBE)
        })
    }
}

/// The keys a server was given: the one it writes with (none: answers are written in clear)
/// and older ones it can still read while `rekey` moves their rows to the current key.
#[derive(Default)]
pub struct Keys {
    current: Option<DataKey>,
    older: Vec<DataKey>,
}

impl Keys {
    pub fn new(current: Option<DataKey>, older: Vec<DataKey>) -> Keys {
        Keys { current, older }
    }

    pub fn current(&self) -> Option<&DataKey> {
        self.current.as_ref()
    }

    /// The key with this id, current or older.
    pub fn find(&self, id: &str) -> Option<&DataKey> {
        self.current
            .iter()
            .chain(self.older.iter())
            .find(|k| k.id == id)
    }

    /// `answers` as they are to be stored for `reference`: sealed with the current key, or in
    /// clear when there is none.
    pub fn seal(&self, reference: &str, answers: &str) -> Result<String, String> {
        match &self.current {
            Some(key) => key.seal(reference, answers.as_bytes()),
            None => Ok(answers.to_string()),
        }
    }

    /// The answers of `reference` from what is stored.
    pub fn open(&self, reference: &str, stored: &str) -> Result<String, String> {
        let Some(rest) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_string());
        };
        let (id, body) = rest
            .split_once('.')
            .ok_or_else(|| "a sealed value is damaged".to_string())?;
        let key = self.find(id).ok_or_else(|| {
            format!("answers sealed with key {id} cannot be read: that key was not given")
        })?;
        let clear = key.open(reference, body)?;
        String::from_utf8(clear).map_err(|_| "a sealed value is damaged".to_string())
    }

    /// `stored` sealed again with the current key (or opened, with none).
    pub fn reseal(&self, reference: &str, stored: &str) -> Result<String, String> {
        self.seal(reference, &self.open(reference, stored)?)
    }

    /// Whether `stored` is sealed with the current key (nothing for `rekey` to do).
    pub fn is_current(&self, stored: &str) -> bool {
        match &self.current {
            Some(key) => stored
                .strip_prefix(PREFIX)
                .and_then(|rest| rest.strip_prefix(key.id.as_str()))
                .is_some_and(|rest| rest.starts_with('.')),
            None => !stored.starts_with(PREFIX),
        }
    }

    /// Checks the keys against the ones the database has used (`known`: id and probe) before
    /// anything is written: every key the database used must be given and open its probe.
    /// Returns the current key's id and probe when the database does not know it yet.
    pub fn check(&self, known: &[(String, String)]) -> Result<Option<(String, String)>, String> {
        if self.current.is_none()
            && let Some((id, _)) = known.first()
        {
            // Only older keys: it would write new answers in clear into a sealed database.
            return Err(format!(
                "the database holds answers encrypted with data key {id}: give the current key with --data-key-file or PORTAL_DATA_KEY"
            ));
        }
        for (id, probe) in known {
            match self.find(id) {
                None => {
                    return Err(match &self.current {
                        None => format!(
                            "the database holds answers encrypted with data key {id}: give it with --data-key-file or PORTAL_DATA_KEY"
                        ),
                        Some(current) => format!(
                            "the database holds answers encrypted with data key {id}, but the key given is {}: give the right key (or the old one with --old-data-key-file while rekeying)",
                            current.id
                        ),
                    });
                }
                Some(key) if !key.opens_probe(probe) => {
                    return Err(format!(
                        "data key {id} does not open the database's check value: wrong key"
                    ));
                }
                Some(_) => {}
            }
        }
        match &self.current {
            Some(key) if !known.iter().any(|(id, _)| id == &key.id) => {
                Ok(Some((key.id.clone(), key.probe()?)))
            }
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> DataKey {
        DataKey::parse(&format!("{byte:02x}").repeat(32)).unwrap()
    }

    #[test]
    fn sealed_answers_open_only_with_their_key_and_reference() {
        let keys = Keys::new(Some(key(1)), Vec::new());
        let sealed = keys.seal("ABC-123", r#"{"full-name":["李四"]}"#).unwrap();
        assert!(sealed.starts_with("sealed1."), "{sealed}");
        assert!(!sealed.contains("李四"));
        assert_eq!(
            keys.open("ABC-123", &sealed).unwrap(),
            r#"{"full-name":["李四"]}"#
        );
        assert!(
            keys.open("XYZ-999", &sealed).is_err(),
            "moved to another row"
        );
        let other = Keys::new(Some(key(2)), Vec::new());
        assert!(other.open("ABC-123", &sealed).is_err(), "another key");
        // Two seals of the same answers differ (random nonce).
        assert_ne!(
            sealed,
            keys.seal("ABC-123", r#"{"full-name":["李四"]}"#).unwrap()
        );
    }

    #[test]
    fn clear_answers_stay_readable_and_older_keys_read() {
        let keys = Keys::new(Some(key(2)), vec![key(1)]);
        assert_eq!(keys.open("R", "{}").unwrap(), "{}");
        let old = Keys::new(Some(key(1)), Vec::new())
            .seal("R", "{\"a\":1}")
            .unwrap();
        assert_eq!(keys.open("R", &old).unwrap(), "{\"a\":1}");
        assert!(!keys.is_current(&old));
        assert!(keys.is_current(&keys.seal("R", "{}").unwrap()));
        assert!(!keys.is_current("{}"));
    }

    #[test]
    fn a_database_refuses_a_wrong_or_missing_key() {
        let right = key(1);
        let known = vec![(right.id().to_string(), right.probe().unwrap())];
        assert_eq!(Keys::new(Some(key(1)), Vec::new()).check(&known), Ok(None));
        assert!(Keys::new(Some(key(2)), Vec::new()).check(&known).is_err());
        assert!(Keys::new(None, Vec::new()).check(&known).is_err());
        // Only the old key, as the last step of a rotation done wrong: it would write in clear.
        assert!(Keys::new(None, vec![key(1)]).check(&known).is_err());
        // A new key while the old one is given too: recorded, to rekey towards it.
        let added = Keys::new(Some(key(2)), vec![key(1)]).check(&known).unwrap();
        assert_eq!(added.map(|(id, _)| id), Some(key(2).id().to_string()));
        // A forged probe under the right id.
        let forged = vec![(right.id().to_string(), key(2).probe().unwrap())];
        assert!(Keys::new(Some(key(1)), Vec::new()).check(&forged).is_err());
    }

    #[test]
    fn keys_are_read_as_base64_or_hex_and_must_be_32_bytes() {
        let generated = DataKey::generate();
        assert!(DataKey::parse(&format!("  {generated}\n")).is_ok());
        assert_eq!(DataKey::parse(&"ab".repeat(32)).unwrap().id().len(), 16);
        assert!(DataKey::parse("c2hvcnQ=").is_err());
        assert!(DataKey::parse("not a key").is_err());
    }
}
