//! The session for one service: loaded once, shared by its pages, kept while the citizen moves
//! between them and switches language. Answers are saved to the device as they are typed. Each
//! session runs under a reactive owner of its own, disposed (with its texts, effects and the
//! answers it holds in memory) when another service opens or the citizen deletes everything.

use super::draft::{self, Draft};
use super::json;
use crate::fetch::{fetch_text, read_local, start_fetch};
use crate::i18n::{I18n, Texts, use_i18n};
use crate::outbox::{Handed, Outbox, OutboxEntry, hand, reference_key, use_outbox};
use crate::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use portal_forms::journey::answers_on_path;
use portal_forms::validate::size::largest_answer;
use portal_forms::{Answers, CivilDate, ErrorCode, Service};

use std::sync::Arc;

/// Today in the citizen's own calendar (the device's local date).
pub fn today() -> CivilDate {
    let now = js_sys::Date::new_0();
    CivilDate {
        year: now.get_full_year() as i32,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

/// Each question's error code, as the server gave them for answers the browser had accepted.
pub type ServerErrors = Vec<(String, ErrorCode)>;

/// Holds the open session under an owner of its own, a child of the app's, so that a session
/// outlives the page that opened it but not the next service.
#[derive(Clone)]
pub struct SessionOwner {
    owner: Owner,
    /// The open session and the owner it runs under.
    current: StoredValue<Option<(Owner, ServiceSession)>>,
    /// The server's errors for a refused application taken back from the outbox, shown when
    /// its service opens next.
    pending_errors: StoredValue<Option<(String, ServerErrors)>>,
}

impl SessionOwner {
    pub fn new() -> Self {
        Self {
            owner: Owner::current().expect("SessionOwner::new runs inside the app"),
            current: StoredValue::new(None),
            pending_errors: StoredValue::new(None),
        }
    }

    /// Closes the open service and disposes of everything it held: its answers in memory, its
    /// texts and the effect that saves its draft. After the citizen deleted everything from the
    /// device, nothing typed can come back.
    pub fn forget(&self) {
        self.close();
    }

    fn close(&self) {
        if let Some((owner, _)) = self.current.try_update_value(Option::take).flatten() {
            owner.cleanup();
        }
    }

    /// Puts a refused application's answers back as its service's draft on this device (with
    /// its key, so sending it again stores it once) and keeps the server's errors for the page;
    /// an open session of that service is closed, so the next page reads them.
    pub fn take_back(&self, entry: &OutboxEntry, errors: ServerErrors) {
        draft::save(
            &entry.service,
            &Draft {
                version: entry.version,
                saved_at: js_sys::Date::now(),
                answers: entry.answers.clone(),
                idempotency_key: entry.idempotency_key.clone(),
            },
        );
        self.pending_errors
            .set_value(Some((entry.service.clone(), errors)));
        let open = self.current.with_value(|c| {
            c.as_ref()
                .is_some_and(|(_, s)| s.id.with_value(|i| *i == entry.service))
        });
        if open {
            self.close();
        }
    }
}

/// Whether answers for `service` are being typed on this device (a draft exists).
pub fn has_draft(service: &str) -> bool {
    draft::exists(service)
}

impl Default for SessionOwner {
    fn default() -> Self {
        Self::new()
    }
}

/// How loading the definition went.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(Arc<Service>),
    Failed,
}

#[derive(Clone, Copy)]
pub struct ServiceSession {
    id: StoredValue<String>,
    pub definition: RwSignal<Loaded>,
    /// The service's texts with the shared form texts, in the current language.
    pub texts: Texts,
    /// Raw answers as typed, saved to the device as they change.
    pub answers: RwSignal<Answers>,
    idempotency_key: StoredValue<String>,
    /// Errors the server returned for answers the browser accepted (e.g. an outdated draft).
    pub server_errors: RwSignal<ServerErrors>,
    /// Whether answers were just deleted from the device, to say so once.
    pub draft_deleted: RwSignal<bool>,
    /// Whether the saved answers were made with an earlier version of the service.
    pub draft_from_earlier_version: RwSignal<bool>,
    outbox: Outbox,
}

/// The session for service `id`, reusing the open one if it is the same service.
pub fn use_service(id: &str) -> ServiceSession {
    let owners = expect_context::<SessionOwner>();
    let open = owners.current.with_value(|c| {
        c.as_ref()
            .map(|(_, s)| *s)
            .filter(|s| s.id.with_value(|i| i == id))
    });
    if let Some(session) = open {
        return session;
    }
    owners.close();
    let (i18n, outbox) = (use_i18n(), use_outbox());
    let owner = owners.owner.with(Owner::new);
    let session = owner.with(|| ServiceSession::open(i18n, outbox, id.to_string()));
    let pending = owners
        .pending_errors
        .try_update_value(|p| p.take_if(|(service, _)| service == id))
        .flatten();
    if let Some((_, errors)) = pending {
        session.server_errors.set(errors);
    }
    owners.current.set_value(Some((owner, session)));
    session
}

impl ServiceSession {
    fn open(i18n: I18n, outbox: Outbox, id: String) -> Self {
        let texts = Texts::load(i18n, vec!["forms".into(), format!("services/{id}")]);
        let session = Self {
            id: StoredValue::new(id.clone()),
            definition: RwSignal::new(Loaded::Loading),
            texts,
            answers: RwSignal::new(Answers::new()),
            idempotency_key: StoredValue::new(new_idempotency_key()),
            server_errors: RwSignal::new(Vec::new()),
            draft_deleted: RwSignal::new(false),
            draft_from_earlier_version: RwSignal::new(false),
            outbox,
        };
        let path = format!("/services/{id}.json");
        if crate::PRERENDERING {
            // Rendering natively: the definition is read at once; there are no drafts.
            session.definition.set(
                read_local(&path)
                    .and_then(|t| json::parse::<Service>(&t))
                    .map_or(Loaded::Failed, |s| Loaded::Ready(Arc::new(s))),
            );
            return session;
        }
        spawn_local(async move {
            let text = fetch_text(start_fetch(&path)).await;
            // The citizen may have left for another service meanwhile.
            if session.definition.is_disposed() {
                return;
            }
            match text.ok().and_then(|t| json::parse::<Service>(&t)) {
                Some(service) => {
                    let asks = |question: &str| service.question(question).is_some();
                    if let Some(saved) = draft::load(&id, service.version, asks) {
                        if saved.version == service.version {
                            session.idempotency_key.set_value(saved.idempotency_key);
                        } else {
                            // Other answers, so another application: a key of its own.
                            session.draft_from_earlier_version.set(true);
                        }
                        session.answers.set(saved.answers);
                    }
                    session.definition.set(Loaded::Ready(Arc::new(service)));
                }
                None => session.definition.set(Loaded::Failed),
            }
        });
        // Every change of the answers is written to the device at once.
        Effect::new(move |_| {
            let answers = session.answers.get();
            let Loaded::Ready(service) = session.definition.get() else {
                return;
            };
            if answers.is_empty() {
                draft::remove(&service.id);
            } else {
                let idempotency_key = session.idempotency_key.get_value();
                draft::save(
                    &service.id,
                    &Draft {
                        version: service.version,
                        saved_at: js_sys::Date::now(),
                        answers,
                        idempotency_key,
                    },
                );
            }
        });
        session
    }

    pub fn id(self) -> String {
        self.id.get_value()
    }

    /// The definition once loaded (reactive).
    pub fn service(self) -> Option<Arc<Service>> {
        match self.definition.get() {
            Loaded::Ready(service) => Some(service),
            _ => None,
        }
    }

    /// Sets the raw field values of one question.
    pub fn set_answer(self, question: &str, values: Vec<String>) {
        self.answers.update(|answers| {
            answers.insert(question.to_string(), values);
        });
    }

    /// Forgets the answers here and on the device.
    pub fn delete_answers(self) {
        self.answers.set(Answers::new());
        draft::remove(&self.id());
        self.idempotency_key.set_value(new_idempotency_key());
        self.draft_deleted.set(true);
    }

    /// Hands the answers to the outbox, which stores them on the device before sending. Once
    /// they are stored (sent or waiting) the draft is cleared; otherwise everything is kept.
    pub async fn send(self, language: &str) -> Handed {
        let Some(service) = self.definition.with_untracked(|d| match d {
            Loaded::Ready(s) => Some(s.clone()),
            _ => None,
        }) else {
            return Handed::NotStored;
        };
        // Only what the path asks: an answer left on a page the citizen turned away from stays
        // on the device.
        let answers = self
            .answers
            .with_untracked(|answers| answers_on_path(&service, answers, today()));
        let entry = OutboxEntry {
            idempotency_key: self.idempotency_key.get_value(),
            service: service.id.clone(),
            version: service.version,
            language: language.to_string(),
            answers,
            queued_at: js_sys::Date::now(),
            refused: None,
        };
        let handed = hand(self.outbox, entry).await;
        if matches!(handed, Handed::Delivered(_) | Handed::Waiting) {
            // The session may have been closed while the send was under way.
            self.answers.try_set(Answers::new());
            self.idempotency_key.try_set_value(new_idempotency_key());
        }
        match handed {
            // Show the longest answer, the one to shorten.
            Handed::TooLarge => match self
                .answers
                .with_untracked(|answers| largest_answer(&service, answers))
            {
                Some((page, question)) => Handed::Rejected {
                    page,
                    errors: vec![(question, ErrorCode::TooLongToSend)],
                },
                None => Handed::Refused(413),
            },
            other => other,
        }
    }

    /// The reference of the application just sent from this tab, for the confirmation page.
    pub fn last_reference(self) -> Option<String> {
        storage::load_session(&reference_key(&self.id()))
    }
}

/// A random key that lets the server store an application once however often it is sent.
fn new_idempotency_key() -> String {
    if crate::PRERENDERING {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}
