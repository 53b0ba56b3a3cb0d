//! The error summary at the top of a page: takes focus once when it appears, lists each problem,
//! and each link moves focus to its field after scrolling the field's label or legend into view.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One problem: the id of the field to focus and the message.
pub type ErrorLink = (String, String);

fn focus_field(field_id: &str) {
    let Some(field) = document().get_element_by_id(field_id) else {
        return;
    };
    // Show the question's wording above the field, not just the field.
    let context = field
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten())
        .or_else(|| {
            document()
                .query_selector(&format!("label[for=\"{field_id}\"]"))
                .ok()
                .flatten()
        });
    if let Some(context) = context {
        context.scroll_into_view();
    }
    if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = field.focus_with_options(&options);
    }
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] errors: Signal<Vec<ErrorLink>>,
) -> impl IntoView {
    let summary = NodeRef::<Div>::new();
    summary.on_load(|summary| {
        let _ = summary.focus();
    });
    let items = move || {
        errors
            .get()
            .into_iter()
            .map(|(field_id, message)| {
                let target = field_id.clone();
                let follow = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    focus_field(&target);
                };
                view! {
                    <li>
                        <a class="app-error-summary__link" href=format!("#{field_id}") on:click=follow>{message}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="app-error-summary" tabindex="-1" node_ref=summary>
            <div role="alert">
                <h2 class="app-error-summary__title">{title}</h2>
                <ul class="app-error-summary__list">{items}</ul>
            </div>
        </div>
    }
}
