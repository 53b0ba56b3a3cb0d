//! A long answer with a character count that counts what a reader sees (grapheme clusters),
//! shown at once and announced to screen readers only when typing pauses.

use super::field::Field;
use super::field_label::FieldLabel;
use leptos::prelude::*;
use portal_forms::graphemes;
use std::time::Duration;

/// How long typing must pause before the count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1200);

#[component]
pub fn Textarea(field: Field) -> impl IntoView {
    let id = field.id();
    let texts = field.texts();
    let max = field
        .question
        .max_length
        .unwrap_or(portal_forms::validate::LONG_TEXT_MAX) as i64;
    let initial = field
        .initial_values()
        .into_iter()
        .next()
        .unwrap_or_default();
    let (length, set_length) = signal(graphemes::count(&initial) as i64);
    let (announced, set_announced) = signal(String::new());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let count_text = move || {
        let remaining = max - length.get();
        if remaining >= 0 {
            texts.t_with(
                "forms-character-count-remaining",
                &[("remaining", remaining.into())],
            )
        } else {
            texts.t_with(
                "forms-character-count-over",
                &[("over", (-remaining).into())],
            )
        }
    };
    let on_input = {
        let field = field.clone();
        move |ev| {
            let value = event_target_value(&ev);
            set_length.set(graphemes::count(&value) as i64);
            field.set(vec![value]);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let handle =
                set_timeout_with_handle(move || set_announced.set(count_text()), ANNOUNCE_AFTER)
                    .ok();
            pending.set_value(handle);
        }
    };
    // Leaving the page (Continue pressed while typing) must not let the pending announcement
    // run against a field that no longer exists: that panicked and stopped the app.
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    let over = move || length.get() > max;
    let class = {
        let error = field.error;
        move || {
            if error.get().is_some() || over() {
                "app-textarea app-textarea--error"
            } else {
                "app-textarea"
            }
        }
    };
    let count_id = format!("{id}-info");
    let described_by = {
        let base = field.described_by();
        let count_id = count_id.clone();
        move || Some(base().map_or(count_id.clone(), |ids| format!("{ids} {count_id}")))
    };
    view! {
        <div class=field.group_class()>
            <FieldLabel field=field.clone() />
            {field.hint_view()}
            {field.error_view()}
            <textarea
                class=class
                id=id.clone()
                name=id
                rows="6"
                autocomplete=field.question.autocomplete.clone()
                aria-describedby=described_by
                aria-invalid=field.invalid()
                prop:value=initial
                on:input=on_input
            ></textarea>
            <div
                id=count_id
                class=move || if over() { "app-character-count app-character-count--over" } else { "app-character-count" }
                aria-hidden="true"
            >
                {count_text}
            </div>
            <div class="app-visually-hidden" aria-live="polite">{announced}</div>
        </div>
    }
}
