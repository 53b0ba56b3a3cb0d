//! Passkeys (WebAuthn, by webauthn-rs): a member of staff enrols one through their one-time setup
//! link and signs in with it, without a user name (a discoverable credential names its owner).
//! Both ceremonies are rate limited per client; every sign-in and enrolment is audited.

use super::ceremonies::Ceremony;
use super::session::{not_same_origin_json, start};
use super::{ConsoleState, blocking, now};
use crate::api::{client_of, error, read_body};
use crate::store::workspace::StaffMember;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use webauthn_rs::prelude::{Passkey, PublicKeyCredential, RegisterPublicKeyCredential, Uuid};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The refusal for a client that has tried too often, or for a request that is not JSON from
/// this site.
fn refusal<'a>(
    state: &'a ConsoleState,
    request: &Request,
) -> impl std::future::Future<Output = Option<Response>> + Send + 'a {
    // Read before the wait: a request cannot be shared between threads while it waits.
    let client = client_of(request, state.trusted_proxy_header.as_deref());
    let not_allowed = not_same_origin_json(state, request);
    async move {
        if let Err(wait) = state.sign_in_limiter.check(&client).await {
            let mut response = error(StatusCode::TOO_MANY_REQUESTS, "rate-limited");
            if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return Some(response);
        }
        not_allowed
    }
}

async fn body<T: for<'de> Deserialize<'de>>(
    state: &ConsoleState,
    request: Request,
) -> Result<T, Response> {
    let bytes = read_body(request, super::BODY_LIMIT, state.body_timeout).await?;
    serde_json::from_slice(&bytes).map_err(|_| error(StatusCode::BAD_REQUEST, "malformed"))
}

fn is_hex_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetupStart {
    token: String,
}

/// `POST /console/api/setup/start` `{token}`: the options for creating a passkey, if the setup
/// token is unused and unexpired. A wrong, used and expired token get the same answer.
pub async fn setup_start(State(state): State<ConsoleState>, request: Request) -> Response {
    if let Some(refusal) = refusal(&state, &request).await {
        return refusal;
    }
    let client = client_of(&request, state.trusted_proxy_header.as_deref());
    let wanted: SetupStart = match body(&state, request).await {
        Ok(wanted) => wanted,
        Err(refusal) => return refusal,
    };
    if !is_hex_token(&wanted.token) {
        return error(StatusCode::NOT_FOUND, "setup-link-invalid");
    }
    let token_hash = super::hash_token(&wanted.token);
    let workspace = state.workspace.clone();
    let hash = token_hash.clone();
    let staff = match blocking(move || workspace.staff_for_setup(&hash, now())).await {
        Ok(Some(staff)) => staff,
        Ok(None) => return error(StatusCode::NOT_FOUND, "setup-link-invalid"),
        Err(refusal) => return refusal,
    };
    let Ok(user) = Uuid::parse_str(&staff.user_handle) else {
        return error(StatusCode::NOT_FOUND, "setup-link-invalid");
    };
    let Ok((options, registration)) =
        state
            .webauthn
            .start_passkey_registration(user, &staff.name, &staff.name, None)
    else {
        return crate::api::unavailable();
    };
    let Some(ceremony) = state
        .ceremonies
        .start(Ceremony::Setup(token_hash, Box::new(registration)), &client)
        .await
    else {
        return crate::api::unavailable();
    };
    let mut options = serde_json::to_value(&options).unwrap_or_default();
    // A discoverable credential, so that signing in needs no user name.
    if let Some(selection) = options
        .pointer_mut("/publicKey/authenticatorSelection")
        .and_then(Value::as_object_mut)
    {
        selection.insert("residentKey".into(), json!("required"));
        selection.insert("requireResidentKey".into(), json!(true));
    }
    Json(json!({
        "ceremony": ceremony,
        "name": staff.name,
        "department": staff.department,
        "options": options,
    }))
    .into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetupFinish {
    ceremony: String,
    credential: RegisterPublicKeyCredential,
}

/// `POST /console/api/setup/finish` `{ceremony, credential}`: keeps the passkey, uses up the
/// setup token and signs the member of staff in.
pub async fn setup_finish(State(state): State<ConsoleState>, request: Request) -> Response {
    if let Some(refusal) = refusal(&state, &request).await {
        return refusal;
    }
    let finish: SetupFinish = match body(&state, request).await {
        Ok(finish) => finish,
        Err(refusal) => return refusal,
    };
    let Some(Ceremony::Setup(token_hash, registration)) =
        state.ceremonies.finish(&finish.ceremony).await
    else {
        return error(StatusCode::BAD_REQUEST, "ceremony-expired");
    };
    let passkey = match state
        .webauthn
        .finish_passkey_registration(&finish.credential, &registration)
    {
        Ok(passkey) => passkey,
        Err(reason) => {
            tracing::info!(%reason, "passkey enrolment refused");
            return error(StatusCode::BAD_REQUEST, "passkey-refused");
        }
    };
    let credential_id = hex(passkey.cred_id().as_ref());
    let Ok(passkey_json) = serde_json::to_string(&passkey) else {
        return crate::api::unavailable();
    };
    let workspace = state.workspace.clone();
    let hash = token_hash.clone();
    let staff = match blocking(move || {
        let Some(staff) = workspace.staff_for_setup(&hash, now())? else {
            return Ok(None);
        };
        let audit = super::entry(Some(&staff), "enrol-passkey", None, None);
        let kept = workspace.finish_setup(&hash, &credential_id, &passkey_json, now(), &audit)?;
        Ok(Some(staff).filter(|_| kept))
    })
    .await
    {
        Ok(Some(staff)) => staff,
        Ok(None) => return error(StatusCode::NOT_FOUND, "setup-link-invalid"),
        Err(refusal) => return refusal,
    };
    signed_in_answer(&state, &staff, StatusCode::CREATED).await
}

async fn signed_in_answer(
    state: &ConsoleState,
    staff: &StaffMember,
    status: StatusCode,
) -> Response {
    match start(state, staff, status).await {
        Ok(response) => response,
        Err(refusal) => refusal,
    }
}

/// `POST /console/api/sign-in/start` `{}`: options for signing in with any passkey of this site.
pub async fn sign_in_start(State(state): State<ConsoleState>, request: Request) -> Response {
    if let Some(refusal) = refusal(&state, &request).await {
        return refusal;
    }
    let client = client_of(&request, state.trusted_proxy_header.as_deref());
    let Ok((options, authentication)) = state.webauthn.start_discoverable_authentication() else {
        return crate::api::unavailable();
    };
    let Some(ceremony) = state
        .ceremonies
        .start(Ceremony::SignIn(Box::new(authentication)), &client)
        .await
    else {
        return crate::api::unavailable();
    };
    let mut options = serde_json::to_value(&options).unwrap_or_default();
    // Asked for by a button, not offered in a field's autofill: a plain (modal) request.
    if let Some(object) = options.as_object_mut() {
        object.remove("mediation");
    }
    Json(json!({ "ceremony": ceremony, "options": options })).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignInFinish {
    ceremony: String,
    credential: PublicKeyCredential,
}

/// `POST /console/api/sign-in/finish` `{ceremony, credential}`: a session for the passkey's
/// owner. An unknown passkey, a revoked owner and a bad signature get the same answer.
pub async fn sign_in_finish(State(state): State<ConsoleState>, request: Request) -> Response {
    if let Some(refusal) = refusal(&state, &request).await {
        return refusal;
    }
    let finish: SignInFinish = match body(&state, request).await {
        Ok(finish) => finish,
        Err(refusal) => return refusal,
    };
    let refused = || error(StatusCode::UNAUTHORIZED, "sign-in-refused");
    let Some(Ceremony::SignIn(authentication)) = state.ceremonies.finish(&finish.ceremony).await
    else {
        return error(StatusCode::BAD_REQUEST, "ceremony-expired");
    };
    let Ok((user, credential_id)) = state
        .webauthn
        .identify_discoverable_authentication(&finish.credential)
    else {
        return refused();
    };
    let credential_id = hex(credential_id);
    let workspace = state.workspace.clone();
    let wanted = credential_id.clone();
    let found = match blocking(move || workspace.passkey(&wanted)).await {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let Some((staff, passkey_json)) =
        found.filter(|(staff, _)| staff.user_handle == user.to_string())
    else {
        return refused();
    };
    let Ok(mut passkey) = serde_json::from_str::<Passkey>(&passkey_json) else {
        return refused();
    };
    let result = match state.webauthn.finish_discoverable_authentication_v2(
        &finish.credential,
        *authentication,
        &passkey,
    ) {
        Ok(result) => result,
        Err(reason) => {
            tracing::info!(%reason, staff = staff.id, "passkey sign-in refused");
            return refused();
        }
    };
    if passkey.update_credential(&result) == Some(true)
        && let Ok(updated) = serde_json::to_string(&passkey)
    {
        let workspace = state.workspace.clone();
        if let Err(refusal) =
            blocking(move || workspace.update_passkey(&credential_id, &updated)).await
        {
            return refusal;
        }
    }
    signed_in_answer(&state, &staff, StatusCode::OK).await
}
