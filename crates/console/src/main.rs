//! Entry point of the department console: load the staff member's language, mount the app.

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let texts =
            portal_console::texts::Texts::load(portal_console::texts::chosen_language()).await;
        portal_console::mount(texts);
    });
}
