// Passkeys in the browser: the server's WebAuthn options (JSON, binary fields in base64url) to
// navigator.credentials and the answer back to JSON, as webauthn-rs reads it.
const decode = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export async function createPasskey(optionsJson) {
  const options = JSON.parse(optionsJson).publicKey;
  options.challenge = decode(options.challenge);
  options.user.id = decode(options.user.id);
  (options.excludeCredentials || []).forEach((c) => { c.id = decode(c.id); });
  const credential = await navigator.credentials.create({ publicKey: options });
  return JSON.stringify({
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    extensions: credential.getClientExtensionResults(),
    response: {
      attestationObject: encode(credential.response.attestationObject),
      clientDataJSON: encode(credential.response.clientDataJSON),
    },
  });
}

export async function usePasskey(optionsJson) {
  const options = JSON.parse(optionsJson).publicKey;
  options.challenge = decode(options.challenge);
  (options.allowCredentials || []).forEach((c) => { c.id = decode(c.id); });
  const credential = await navigator.credentials.get({ publicKey: options });
  return JSON.stringify({
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    extensions: credential.getClientExtensionResults(),
    response: {
      authenticatorData: encode(credential.response.authenticatorData),
      clientDataJSON: encode(credential.response.clientDataJSON),
      signature: encode(credential.response.signature),
      userHandle: credential.response.userHandle ? encode(credential.response.userHandle) : null,
    },
  });
}

export const passkeysAvailable = () => typeof PublicKeyCredential === 'function';
