//! Display settings: text size in four steps, elder mode, high contrast, more spacing and less
//! motion. Each change applies at once and is kept on this device; a status line says so, and
//! one button puts everything back. The page is also a plain form that portal-server answers
//! (a cookie), so the settings can be chosen without scripts: each control names the cookie's
//! word for it (`data-display-setting`), which the server marks as chosen.

use crate::components::{DISPLAY_ENDPOINT, KeepOffline, KeepScope, PageHeading};
use crate::display::{TEXT_SIZES, use_display};
use crate::i18n::{Texts, use_i18n};
use leptos::prelude::*;

#[component]
pub fn DisplaySettings() -> impl IntoView {
    // The page's own texts come with its chunk, not with the first load.
    let texts = Texts::load(use_i18n(), vec!["settings".into()]);
    // Shown once the page's texts have arrived, so no empty heading is announced or focused; a
    // memo, so a later language switch changes the words without rebuilding the page.
    let ready = Memo::new(move |_| texts.ready());
    move || ready.get().then(|| settings_form(texts))
}

fn settings_form(i18n: Texts) -> impl IntoView + use<> {
    let display = use_display();
    // What the controls show before any script runs (a page rendered natively has the defaults).
    let initial = display.get_untracked();
    // Says "saved" after a change, through a live region that was already on the page.
    let saved = RwSignal::new(false);
    let change = move |apply: Box<dyn FnOnce(&mut crate::display::DisplaySettings)>| {
        display.update(apply);
        saved.set(true);
    };
    let labels: [Signal<String>; TEXT_SIZES as usize] = [
        i18n.tr("settings-text-size-standard"),
        i18n.tr("settings-text-size-large"),
        i18n.tr("settings-text-size-larger"),
        i18n.tr("settings-text-size-largest"),
    ];
    let sizes = labels
        .into_iter()
        .enumerate()
        .map(|(step, label)| {
            let step = step as u8;
            let id = if step == 0 { "text-size".to_string() } else { format!("text-size-{step}") };
            view! {
                <div class="app-radios__item">
                    <input
                        class="app-radios__input"
                        id=id.clone()
                        name="text-size"
                        type="radio"
                        value=step.to_string()
                        data-display-setting=format!("size{step}")
                        checked=initial.text_size == step
                        prop:checked=move || display.get().text_size == step
                        on:change=move |_| change(Box::new(move |s| s.text_size = step))
                    />
                    <label class=format!("app-label app-radios__label app-settings__size-{step}") for=id>
                        {label}
                    </label>
                </div>
            }
        })
        .collect_view();
    let checkbox = move |id: &'static str,
                         token: &'static str,
                         label: Signal<String>,
                         hint: Signal<String>,
                         read: fn(&crate::display::DisplaySettings) -> bool,
                         write: fn(&mut crate::display::DisplaySettings, bool)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="app-checkboxes__item">
                <input
                    class="app-checkboxes__input"
                    id=id
                    name=token
                    value="on"
                    type="checkbox"
                    aria-describedby=hint_id.clone()
                    data-display-setting=token
                    checked=read(&initial)
                    prop:checked=move || read(&display.get())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change(Box::new(move |s| write(s, on)));
                    }
                />
                <label class="app-label app-checkboxes__label" for=id>{label}</label>
                <div id=hint_id class="app-hint app-radios__hint">{hint}</div>
            </div>
        }
    };
    let reset = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        display.reset();
        saved.set(true);
    };
    // Every change is applied at once; "Save" only says so (without scripts it sends the form).
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(true);
    };
    view! {
        <PageHeading title=i18n.tr("settings-title") />
        <p class="app-body">{i18n.tr("settings-intro")}</p>
        <form class="app-form" method="post" action=DISPLAY_ENDPOINT novalidate on:submit=submit>
            <input type="hidden" name="form" value="settings" />
            <input type="hidden" name="return" value="/settings" />
            <div class="app-form-group">
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend">{i18n.tr("settings-text-size-legend")}</legend>
                    <div class="app-radios">{sizes}</div>
                </fieldset>
            </div>
            <div class="app-form-group">
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend">{i18n.tr("settings-options-legend")}</legend>
                    <div class="app-checkboxes">
                        {checkbox("elder-mode", "elder", i18n.tr("settings-elder-label"), i18n.tr("settings-elder-hint"), |s| s.elder, |s, on| s.elder = on)}
                        {checkbox("high-contrast", "contrast", i18n.tr("settings-contrast-label"), i18n.tr("settings-contrast-hint"), |s| s.high_contrast, |s, on| s.high_contrast = on)}
                        {checkbox("more-spacing", "spacing", i18n.tr("settings-spacing-label"), i18n.tr("settings-spacing-hint"), |s| s.spacing, |s, on| s.spacing = on)}
                        {checkbox("less-motion", "motion", i18n.tr("settings-motion-label"), i18n.tr("settings-motion-hint"), |s| s.reduced_motion, |s, on| s.reduced_motion = on)}
                    </div>
                </fieldset>
            </div>
            <div class="app-button-group">
                <button type="submit" class="app-button">{i18n.tr("settings-save")}</button>
                <button type="submit" name="reset" value="yes" class="app-button app-button--secondary" on:click=reset>
                    {i18n.tr("settings-reset")}
                </button>
            </div>
        </form>
        <p class="app-body" role="status">{move || saved.get().then(|| i18n.t("settings-saved"))}</p>
        <p class="app-body app-body--secondary">{i18n.tr("settings-stored-notice")}</p>
        <KeepOffline scope=KeepScope::Everything />
    }
}
