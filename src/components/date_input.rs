//! A date as separate day, month and year fields in a fieldset, in the order the language writes
//! dates (年 月 日 in Chinese). Stored as day, month, year whatever the order on screen.

use super::field::Field;
use super::fieldset_legend::FieldsetLegend;
use crate::i18n::{DateOrder, use_i18n};
use leptos::prelude::*;

/// The three parts: index in the stored answer, id suffix, label message, width, autocomplete.
const PARTS: [(usize, &str, &str, &str, &str); 3] = [
    (0, "day", "forms-date-day", "app-input--width-2", "bday-day"),
    (
        1,
        "month",
        "forms-date-month",
        "app-input--width-2",
        "bday-month",
    ),
    (
        2,
        "year",
        "forms-date-year",
        "app-input--width-4",
        "bday-year",
    ),
];

#[component]
pub fn DateInput(field: Field) -> impl IntoView {
    let i18n = use_i18n();
    let texts = field.texts();
    let id = field.id();
    let birthday = field.question.autocomplete.as_deref() == Some("bday");
    let parts = {
        let field = field.clone();
        move || {
            let order: [usize; 3] = match i18n.language().date_order {
                DateOrder::DayMonthYear => [0, 1, 2],
                DateOrder::YearMonthDay => [2, 1, 0],
            };
            let error = field.error;
            order
                .into_iter()
                .map(|index| {
                    let (slot, suffix, label, width, token) = PARTS[index];
                    let part_id = format!("{}-{suffix}", field.id());
                    let initial = field.initial_values().get(slot).cloned().unwrap_or_default();
                    let field = field.clone();
                    let on_input = move |ev| {
                        let mut values = field.initial_values();
                        values.resize(3, String::new());
                        values[slot] = event_target_value(&ev);
                        field.set(values);
                    };
                    let class = move || format!("app-input {width}{}", if error.get().is_some() { " app-input--error" } else { "" });
                    view! {
                        <div class="app-date-input__item">
                            <label class="app-label app-date-input__label" for=part_id.clone()>{texts.t(label)}</label>
                            <input
                                class=class
                                id=part_id.clone()
                                name=part_id
                                type="text"
                                inputmode="numeric"
                                spellcheck="false"
                                autocomplete=birthday.then_some(token)
                                aria-invalid=move || error.get().map(|_| "true")
                                prop:value=initial
                                on:input=on_input
                            />
                        </div>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class=field.group_class()>
            <fieldset class="app-fieldset" aria-describedby=field.described_by()>
                <FieldsetLegend field=field.clone() />
                {field.hint_view()}
                {field.error_view()}
                <div class="app-date-input" id=id>{parts}</div>
            </fieldset>
        </div>
    }
}
