//! Entry point: install the panic hook, load the citizen's language, mount the app.

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let i18n = citizen_portal::i18n::I18n::start().await;
        citizen_portal::mount(i18n);
    });
}
