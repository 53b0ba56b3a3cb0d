//! Choose any number of answers, with an optional "none of these" that clears the others (and is
//! cleared by them), set apart by "or".

use super::field::Field;
use super::fieldset_legend::FieldsetLegend;
use leptos::prelude::*;
use portal_forms::messages;

#[component]
pub fn Checkboxes(field: Field) -> impl IntoView {
    let texts = field.texts();
    let question_id = field.id();
    let exclusive = field.question.exclusive.clone();
    let values = field.values();
    let items = field
        .question
        .options
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let input_id = if index == 0 { question_id.clone() } else { format!("{question_id}-{}", index + 1) };
            let label_id = messages::option(&question_id, value);
            let is_exclusive = exclusive.as_ref() == Some(value);
            let checked = {
                let value = value.clone();
                move || values.get().contains(&value)
            };
            let toggle = {
                let (field, value, exclusive) = (field.clone(), value.clone(), exclusive.clone());
                move |ev| {
                    let on = event_target_checked(&ev);
                    let mut chosen = field.values().get_untracked();
                    chosen.retain(|v| v != &value && (!on || is_exclusive || Some(v) != exclusive.as_ref()));
                    if on {
                        if is_exclusive {
                            chosen.clear();
                        }
                        chosen.push(value.clone());
                    }
                    field.set(chosen);
                }
            };
            let divider = is_exclusive.then(|| view! { <div class="app-checkboxes__divider">{texts.tr("forms-checkboxes-or")}</div> });
            view! {
                {divider}
                <div class="app-checkboxes__item">
                    <input
                        class="app-checkboxes__input"
                        id=input_id.clone()
                        name=question_id.clone()
                        type="checkbox"
                        value=value.clone()
                        prop:checked=checked
                        on:change=toggle
                    />
                    <label class="app-label app-checkboxes__label" for=input_id>{texts.tr(label_id.clone())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=field.group_class()>
            <fieldset class="app-fieldset" aria-describedby=field.described_by()>
                <FieldsetLegend field=field.clone() />
                {field.hint_view()}
                {field.error_view()}
                <div class="app-checkboxes">{items}</div>
            </fieldset>
        </div>
    }
}
