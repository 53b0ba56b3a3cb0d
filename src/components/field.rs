//! What every question component shares: its question, its texts, its current values and error,
//! and the markup contract (label or legend, hint and error ids tied by `aria-describedby`).

use crate::i18n::Texts;
use crate::service::ServiceSession;
use leptos::prelude::*;
use portal_forms::{AnswerKind, ErrorCode, Question, messages};
use std::sync::Arc;

/// One question as shown on a page.
#[derive(Clone)]
pub struct Field {
    pub question: Arc<Question>,
    pub session: ServiceSession,
    /// The error message to show, if the last Continue found one.
    pub error: Signal<Option<String>>,
    /// Whether the label is the page's heading (a page with one question).
    pub heading: bool,
}

impl Field {
    pub fn id(&self) -> String {
        self.question.id.clone()
    }

    pub fn texts(&self) -> Texts {
        self.session.texts
    }

    /// The raw values typed so far (not reactive: inputs own their value while typing).
    pub fn initial_values(&self) -> Vec<String> {
        self.session
            .answers
            .with_untracked(|a| a.get(&self.question.id).cloned().unwrap_or_default())
    }

    /// The raw values (reactive), for radios and checkboxes that reflect each other.
    pub fn values(&self) -> Signal<Vec<String>> {
        let (session, id) = (self.session, self.question.id.clone());
        Signal::derive(move || {
            session
                .answers
                .with(|a| a.get(&id).cloned().unwrap_or_default())
        })
    }

    pub fn set(&self, values: Vec<String>) {
        self.session.set_answer(&self.question.id, values);
    }

    pub fn label(&self) -> Signal<String> {
        let (texts, id) = (self.texts(), messages::label(&self.question.id));
        texts.tr(id.clone())
    }

    /// The hint id, when the service has a hint for this question (reactive).
    fn hint_id(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static + use<> {
        let (texts, id) = (self.texts(), self.question.id.clone());
        move || {
            texts
                .has(&messages::hint(&id))
                .then(|| format!("{id}-hint"))
        }
    }

    /// `aria-describedby`: the hint, then the error, when present.
    pub fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static + use<> {
        let (hint, error, id) = (self.hint_id(), self.error, self.question.id.clone());
        move || {
            let ids: Vec<String> = hint()
                .into_iter()
                .chain(error.get().map(|_| format!("{id}-error")))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static + use<> {
        let error = self.error;
        move || error.get().map(|_| "true")
    }

    /// The hint paragraph, if the service has one.
    pub fn hint_view(&self) -> impl IntoView + use<> {
        let (texts, id) = (self.texts(), self.question.id.clone());
        move || {
            texts.has(&messages::hint(&id)).then(|| {
                view! { <div id=format!("{id}-hint") class="app-hint">{texts.t(&messages::hint(&id))}</div> }
            })
        }
    }

    /// The inline error, with a hidden "Error:" for screen readers.
    pub fn error_view(&self) -> impl IntoView + use<> {
        let (texts, id, error) = (self.texts(), self.question.id.clone(), self.error);
        move || {
            error.get().map(|message| {
                view! {
                    <p id=format!("{id}-error") class="app-error-message">
                        <span class="app-visually-hidden">{texts.t("forms-error-prefix")}" "</span>
                        {message}
                    </p>
                }
            })
        }
    }

    /// `(optional)` after the label of a question that may be left empty.
    pub fn optional_marker(&self) -> impl IntoView + use<> {
        let texts = self.texts();
        (!self.question.required).then(|| view! { " " {texts.tr("forms-optional")} })
    }

    pub fn group_class(&self) -> impl Fn() -> &'static str + Send + Sync + 'static + use<> {
        let error = self.error;
        move || {
            if error.get().is_some() {
                "app-form-group app-form-group--error"
            } else {
                "app-form-group"
            }
        }
    }
}

/// The message for `code` on `question`: the service's own wording if it has one, else the
/// shared one, with the question's limits filled in.
pub fn error_message(texts: Texts, question: &Question, code: ErrorCode) -> String {
    let generic = match code {
        ErrorCode::Required => match question.kind {
            AnswerKind::Radios | AnswerKind::Select | AnswerKind::YesNo => {
                "forms-error-required-choice"
            }
            AnswerKind::Checkboxes => "forms-error-required-checkboxes",
            AnswerKind::Date => "forms-error-required-date",
            _ => "forms-error-required",
        },
        ErrorCode::WrongShape => "forms-error-wrong-shape",
        ErrorCode::TooLong => "forms-error-too-long",
        ErrorCode::TooLongToSend => "forms-error-too-long-to-send",
        ErrorCode::HiddenCharacters => "forms-error-hidden-characters",
        ErrorCode::NotANumber => "forms-error-not-a-number",
        ErrorCode::NotAWholeNumber => "forms-error-not-a-whole-number",
        ErrorCode::TooManyDecimalPlaces => "forms-error-too-many-decimal-places",
        ErrorCode::BelowMinimum => "forms-error-below-minimum",
        ErrorCode::AboveMaximum => "forms-error-above-maximum",
        ErrorCode::DateIncomplete => "forms-error-date-incomplete",
        ErrorCode::DateNotReal => "forms-error-date-not-real",
        ErrorCode::DateInFuture => "forms-error-date-in-future",
        ErrorCode::DateInPast => "forms-error-date-in-past",
        ErrorCode::TooYoung => "forms-error-too-young",
        ErrorCode::TooOld => "forms-error-too-old",
        ErrorCode::NotAnOption => "forms-error-not-an-option",
        ErrorCode::ExclusiveWithOthers => "forms-error-exclusive-with-others",
        ErrorCode::EmailInvalid => "forms-error-email-invalid",
        ErrorCode::MobileNumberInvalid => "forms-error-mobile-number-invalid",
        ErrorCode::ResidentIdLength => "forms-error-resident-id-length",
        ErrorCode::ResidentIdCharacters => "forms-error-resident-id-characters",
        ErrorCode::ResidentIdCheckDigit => "forms-error-resident-id-check-digit",
        ErrorCode::ResidentIdBirthDate => "forms-error-resident-id-birth-date",
        ErrorCode::ResidentIdDoesNotMatchDateOfBirth => {
            "forms-error-resident-id-does-not-match-date-of-birth"
        }
        ErrorCode::PostcodeInvalid => "forms-error-postcode-invalid",
        ErrorCode::NameInvalid => "forms-error-name-invalid",
    };
    let text_max = match question.kind {
        AnswerKind::LongText => portal_forms::validate::LONG_TEXT_MAX,
        AnswerKind::FullName => portal_forms::validate::FULL_NAME_MAX,
        _ => portal_forms::validate::SHORT_TEXT_MAX,
    };
    let max = match code {
        ErrorCode::TooLong => f64::from(question.max_length.unwrap_or(text_max)),
        ErrorCode::TooOld => f64::from(question.max_age.unwrap_or_default()),
        _ => question.max.unwrap_or_default(),
    };
    let min = if code == ErrorCode::TooYoung {
        f64::from(question.min_age.unwrap_or_default())
    } else {
        question.min.unwrap_or_default()
    };
    let places = f64::from(
        question
            .decimal_places
            .unwrap_or(portal_forms::validate::DEFAULT_DECIMAL_PLACES),
    );
    let args = [
        ("max", max.into()),
        ("min", min.into()),
        ("places", places.into()),
    ];
    let own = messages::error_override(question, code);
    texts.first_of(&[own.as_str(), generic], &args)
}
