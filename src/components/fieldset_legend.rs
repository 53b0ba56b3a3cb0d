//! The legend of a group of fields (date parts, radios, checkboxes): the page heading when the
//! page asks one question.

use super::field::Field;
use leptos::prelude::*;

#[component]
pub fn FieldsetLegend(field: Field) -> impl IntoView {
    let (label, optional) = (field.label(), field.optional_marker());
    if field.heading {
        view! {
            <legend class="app-fieldset__legend app-fieldset__legend--l">
                <h1 class="app-fieldset__heading" tabindex="-1">{label}{optional}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="app-fieldset__legend">{label}{optional}</legend> }.into_any()
    }
}
