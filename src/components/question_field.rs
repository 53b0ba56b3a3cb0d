//! Shows a question with the component for its answer type.

use super::field::Field;
use super::{Checkboxes, DateInput, Radios, Select, TextInput, Textarea};
use leptos::prelude::*;
use portal_forms::AnswerKind;

#[component]
pub fn QuestionField(field: Field) -> impl IntoView {
    match field.question.kind {
        AnswerKind::LongText => view! { <Textarea field /> }.into_any(),
        AnswerKind::Date => view! { <DateInput field /> }.into_any(),
        AnswerKind::Radios | AnswerKind::YesNo => view! { <Radios field /> }.into_any(),
        AnswerKind::Checkboxes => view! { <Checkboxes field /> }.into_any(),
        AnswerKind::Select => view! { <Select field /> }.into_any(),
        _ => view! { <TextInput field /> }.into_any(),
    }
}
