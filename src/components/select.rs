//! Choose one answer from a longer list.

use super::field::Field;
use super::field_label::FieldLabel;
use leptos::prelude::*;
use portal_forms::messages;

#[component]
pub fn Select(field: Field) -> impl IntoView {
    let texts = field.texts();
    let id = field.id();
    let values = field.values();
    let options = field
        .question
        .options
        .iter()
        .map(|value| {
            let label_id = messages::option(&id, value);
            let selected = {
                let value = value.clone();
                move || values.get().first() == Some(&value)
            };
            view! { <option value=value.clone() prop:selected=selected>{texts.tr(label_id.clone())}</option> }
        })
        .collect_view();
    let on_change = {
        let field = field.clone();
        move |ev| field.set(vec![event_target_value(&ev)])
    };
    view! {
        <div class=field.group_class()>
            <FieldLabel field=field.clone() />
            {field.hint_view()}
            {field.error_view()}
            <select
                class="app-select"
                id=id.clone()
                name=id
                aria-describedby=field.described_by()
                aria-invalid=field.invalid()
                on:change=on_change
            >
                <option value="">{texts.tr("forms-select-choose")}</option>
                {options}
            </select>
        </div>
    }
}
