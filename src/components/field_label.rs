//! A question's label: the page heading when the page asks one question (GOV.UK pattern), else
//! an ordinary label.

use super::field::Field;
use leptos::prelude::*;

#[component]
pub fn FieldLabel(field: Field) -> impl IntoView {
    let (id, label, optional) = (field.id(), field.label(), field.optional_marker());
    if field.heading {
        view! {
            <h1 class="app-label-wrapper" tabindex="-1">
                <label class="app-label app-label--l" for=id>{label}{optional}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="app-label" for=id>{label}{optional}</label> }.into_any()
    }
}
