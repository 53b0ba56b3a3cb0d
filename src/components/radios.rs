//! Choose one answer: radios, and yes/no. Each option may have its own hint.

use super::field::Field;
use super::fieldset_legend::FieldsetLegend;
use leptos::prelude::*;
use portal_forms::{AnswerKind, messages};

#[component]
pub fn Radios(field: Field) -> impl IntoView {
    let texts = field.texts();
    let question_id = field.id();
    let options: Vec<(String, String)> = if field.question.kind == AnswerKind::YesNo {
        vec![
            ("yes".into(), "forms-yes".into()),
            ("no".into(), "forms-no".into()),
        ]
    } else {
        field
            .question
            .options
            .iter()
            .map(|o| (o.clone(), messages::option(&question_id, o)))
            .collect()
    };
    let values = field.values();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label_id))| {
            // The first radio carries the question's id, so the error summary can link to it.
            let input_id = if index == 0 { question_id.clone() } else { format!("{question_id}-{}", index + 1) };
            let hint_id = format!("{input_id}-item-hint");
            let option_hint = messages::option_hint(&question_id, &value);
            let has_hint = move || texts.has(&option_hint);
            let checked = {
                let value = value.clone();
                move || values.get().first() == Some(&value)
            };
            let field = field.clone();
            let chosen = value.clone();
            let hint_text = messages::option_hint(&question_id, &value);
            view! {
                <div class="app-radios__item">
                    <input
                        class="app-radios__input"
                        id=input_id.clone()
                        name=question_id.clone()
                        type="radio"
                        value=value
                        prop:checked=checked
                        aria-describedby={
                            let has_hint = has_hint.clone();
                            let hint_id = hint_id.clone();
                            move || has_hint().then(|| hint_id.clone())
                        }
                        on:change=move |_| field.set(vec![chosen.clone()])
                    />
                    <label class="app-label app-radios__label" for=input_id>{texts.tr(label_id.clone())}</label>
                    {move || has_hint().then(|| view! { <div id=hint_id.clone() class="app-hint app-radios__hint">{texts.t(&hint_text)}</div> })}
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
                <div class="app-radios">{items}</div>
            </fieldset>
        </div>
    }
}
