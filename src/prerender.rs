//! Rendering the content pages natively, with the app's own components, so that the home page,
//! the information pages, the statements and "page not found" read completely before (or
//! without) JavaScript and WebAssembly. `src/bin/prerender.rs` writes them into `dist/pages/`;
//! the app takes such a page over when it is needed.

use crate::app::App;
use crate::i18n::{I18n, Language};
use crate::pages::FormUnavailable;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// Where the page's `<title>` text is left while it renders (set by `PageTitle`).
#[derive(Clone, Copy)]
pub struct RenderedTitle(pub StoredValue<Option<String>>);

/// A page rendered to HTML: its title and what goes in `<body>`.
pub struct Rendered {
    pub title: String,
    pub body: String,
}

/// Renders the page at `path` in `language`, as the app renders it with the default display
/// settings and nothing stored on the device. Texts and definitions are read from the folder
/// given to [`crate::fetch::set_local_root`].
pub fn render(path: &str, language: &'static Language) -> Rendered {
    let owner = Owner::new();
    let rendered = owner.with(|| {
        let title = RenderedTitle(StoredValue::new(None));
        provide_context(title);
        let i18n = I18n::for_prerender(language);
        let at = path.to_string();
        let body = view! { <App i18n at /> }.to_html();
        Rendered {
            title: title.0.get_value().unwrap_or_default(),
            body,
        }
    });
    owner.cleanup();
    rendered
}

/// Renders what a service's form pages say where the form cannot run, in `language`.
pub fn render_form_unavailable(service: &str, language: &'static Language) -> Rendered {
    let owner = Owner::new();
    let rendered = owner.with(|| {
        let title = RenderedTitle(StoredValue::new(None));
        provide_context(title);
        provide_context(I18n::for_prerender(language));
        let service = service.to_string();
        let body = view! { <FormUnavailable service /> }.to_html();
        Rendered {
            title: title.0.get_value().unwrap_or_default(),
            body,
        }
    });
    owner.cleanup();
    rendered
}

/// The site's name in `language`: the title of the app's own page until the app names the page.
pub fn site_name(language: &'static Language) -> String {
    let owner = Owner::new();
    let name = owner.with(|| I18n::for_prerender(language).t("header-site-name"));
    owner.cleanup();
    name
}
