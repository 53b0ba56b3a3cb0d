//! A one-line answer: text, a name, a number, an email address, a phone, ID or post code. The
//! keyboard a phone shows follows the answer type; dates and ID numbers never use type=number.

use super::field::Field;
use super::field_label::FieldLabel;
use leptos::prelude::*;
use portal_forms::AnswerKind;

struct InputKind {
    input_type: &'static str,
    input_mode: Option<&'static str>,
    spellcheck: Option<&'static str>,
    width: &'static str,
}

fn input_kind(kind: AnswerKind) -> InputKind {
    let narrow = |input_mode, width| InputKind {
        input_type: "text",
        input_mode: Some(input_mode),
        spellcheck: Some("false"),
        width,
    };
    match kind {
        AnswerKind::WholeNumber | AnswerKind::Postcode => narrow("numeric", "app-input--width-10"),
        AnswerKind::DecimalNumber => narrow("decimal", "app-input--width-10"),
        AnswerKind::ResidentId => narrow("text", "app-input--width-20"),
        AnswerKind::MobileNumber => InputKind {
            input_type: "tel",
            input_mode: None,
            spellcheck: Some("false"),
            width: "app-input--width-20",
        },
        AnswerKind::Email => InputKind {
            input_type: "email",
            input_mode: None,
            spellcheck: Some("false"),
            width: "",
        },
        _ => InputKind {
            input_type: "text",
            input_mode: None,
            spellcheck: None,
            width: "",
        },
    }
}

#[component]
pub fn TextInput(field: Field) -> impl IntoView {
    let kind = input_kind(field.question.kind);
    let id = field.id();
    let initial = field
        .initial_values()
        .into_iter()
        .next()
        .unwrap_or_default();
    let class = {
        let error = field.error;
        let width = kind.width;
        move || {
            format!(
                "app-input {width}{}",
                if error.get().is_some() {
                    " app-input--error"
                } else {
                    ""
                }
            )
        }
    };
    let on_input = {
        let field = field.clone();
        move |ev| field.set(vec![event_target_value(&ev)])
    };
    view! {
        <div class=field.group_class()>
            <FieldLabel field=field.clone() />
            {field.hint_view()}
            {field.error_view()}
            <input
                class=class
                id=id.clone()
                name=id
                type=kind.input_type
                inputmode=kind.input_mode
                spellcheck=kind.spellcheck
                autocomplete=field.question.autocomplete.clone()
                aria-describedby=field.described_by()
                aria-invalid=field.invalid()
                prop:value=initial
                on:input=on_input
            />
        </div>
    }
}
