//! A software passkey for tests: what a phone or a security key does in a WebAuthn ceremony
//! (an ES256 key pair, "none" attestation, user verification done), speaking the JSON the
//! console's browser code sends. It keeps its user handle, so it signs in without a user name.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub struct SoftPasskey {
    key: SigningKey,
    pub credential_id: Vec<u8>,
    user_handle: Vec<u8>,
    rp_id: String,
    counter: u32,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .expect("base64url from the server")
}

/// CBOR text or byte string header and contents.
fn cbor_string(major: u8, bytes: &[u8], out: &mut Vec<u8>) {
    let len = bytes.len();
    if len < 24 {
        out.push(major << 5 | len as u8);
    } else if len < 256 {
        out.extend([major << 5 | 24, len as u8]);
    } else {
        out.push(major << 5 | 25);
        out.extend((len as u16).to_be_bytes());
    }
    out.extend_from_slice(bytes);
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).unwrap();
    bytes
}

impl SoftPasskey {
    /// Creates a passkey for the `options` of `/console/api/setup/start`; returns it and the
    /// credential to send to `/setup/finish`.
    pub fn create(options: &Value, origin: &str) -> (SoftPasskey, Value) {
        let options = &options["publicKey"];
        let rp_id = options["rp"]["id"].as_str().expect("rp.id").to_string();
        let key = loop {
            if let Ok(key) = SigningKey::from_slice(&random_bytes::<32>()) {
                break key;
            }
        };
        let passkey = SoftPasskey {
            key,
            credential_id: random_bytes::<16>().to_vec(),
            user_handle: unb64(options["user"]["id"].as_str().expect("user.id")),
            rp_id,
            counter: 0,
        };
        let client_data = json!({
            "type": "webauthn.create",
            "challenge": options["challenge"],
            "origin": origin,
            "crossOrigin": false,
        })
        .to_string();
        let point = passkey.key.verifying_key().to_encoded_point(false);
        let mut cose = vec![0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cbor_string(2, point.x().unwrap(), &mut cose);
        cose.push(0x22);
        cbor_string(2, point.y().unwrap(), &mut cose);
        let mut auth_data = Sha256::digest(passkey.rp_id.as_bytes()).to_vec();
        // User present, user verified, attested credential data included.
        auth_data.push(0x45);
        auth_data.extend(0u32.to_be_bytes());
        auth_data.extend([0u8; 16]);
        auth_data.extend((passkey.credential_id.len() as u16).to_be_bytes());
        auth_data.extend(&passkey.credential_id);
        auth_data.extend(cose);
        let mut attestation = vec![0xA3];
        cbor_string(3, b"fmt", &mut attestation);
        cbor_string(3, b"none", &mut attestation);
        cbor_string(3, b"attStmt", &mut attestation);
        attestation.push(0xA0);
        cbor_string(3, b"authData", &mut attestation);
        cbor_string(2, &auth_data, &mut attestation);
        let credential = json!({
            "id": b64(&passkey.credential_id),
            "rawId": b64(&passkey.credential_id),
            "type": "public-key",
            "extensions": {},
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(client_data.as_bytes()),
            }
        });
        (passkey, credential)
    }

    /// Answers the `options` of `/console/api/sign-in/start` as `origin`.
    pub fn sign_in(&mut self, options: &Value, origin: &str) -> Value {
        self.counter += 1;
        let client_data = json!({
            "type": "webauthn.get",
            "challenge": options["publicKey"]["challenge"],
            "origin": origin,
            "crossOrigin": false,
        })
        .to_string();
        let mut auth_data = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        auth_data.push(0x05);
        auth_data.extend(self.counter.to_be_bytes());
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(client_data.as_bytes()));
        let signature: Signature = self.key.sign(&signed);
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "extensions": {},
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(client_data.as_bytes()),
                "signature": b64(signature.to_der().as_bytes()),
                "userHandle": b64(&self.user_handle),
            }
        })
    }
}
