//! The console: who is signed in, which view is shown, and moving between views.

use crate::components::application::Application;
use crate::components::audit_log::AuditLog;
use crate::components::console_header::ConsoleHeader;
use crate::components::inbox::Inbox;
use crate::components::ratings_to_answer::RatingsToAnswer;
use crate::components::setup::Setup;
use crate::components::sign_in::SignIn;
use crate::components::staff_list::StaffList;
use crate::texts::Texts;
use crate::view::View;
use leptos::prelude::*;
use serde::Deserialize;

/// The signed-in member of staff, as `/console/api/me` tells.
#[derive(Debug, Clone, Deserialize)]
pub struct Me {
    pub name: String,
    pub department: String,
    pub role: String,
    pub services: Vec<String>,
    pub csrf_token: String,
}

/// What every component of the console shares.
#[derive(Clone, Copy)]
pub struct Console {
    pub texts: StoredValue<Texts>,
    pub me: RwSignal<Option<Me>>,
    pub view: RwSignal<View>,
}

pub fn use_console() -> Console {
    expect_context::<Console>()
}

impl Console {
    pub fn t(&self, id: &str) -> String {
        self.texts.with_value(|t| t.t(id))
    }

    pub fn t_with(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.texts.with_value(|t| t.t_with(id, args))
    }

    pub fn language(&self) -> &'static str {
        self.texts.with_value(|t| t.language)
    }

    pub fn csrf(&self) -> Option<String> {
        self.me
            .with_untracked(|me| me.as_ref().map(|m| m.csrf_token.clone()))
    }

    /// Shows `view` and gives it its own address in the browser's history.
    pub fn go(&self, view: View) {
        if let Ok(history) = window().history() {
            let _ =
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&view.path()));
        }
        self.view.set(view);
    }

    /// After a refusal that says the session has ended: back to signing in.
    pub fn session_ended(&self) {
        self.me.set(None);
        self.view.set(View::SignIn);
    }

    /// Asks who is signed in and shows the view the address names (or signing in).
    pub async fn start_session(&self) {
        let answer = crate::api::get("/console/api/me").await;
        match serde_json::from_value::<Me>(answer.body) {
            Ok(me) if answer.status == 200 => {
                self.me.set(Some(me));
                self.view.set(current_view());
            }
            _ => self.view.set(View::SignIn),
        }
    }
}

fn current_view() -> View {
    let location = window().location();
    View::from_location(
        &location.pathname().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// Moves focus to the element `id` once the page has been redrawn (after an action whose control
/// is gone or replaced, so focus is not lost to the page's body).
pub fn focus_later(id: &'static str) {
    set_timeout(
        move || {
            if let Some(element) = document().get_element_by_id(id) {
                let element: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(element);
                let _ = element.focus();
            }
        },
        std::time::Duration::from_millis(300),
    );
}

/// Names the page in the tab's title and moves focus to its heading, as a page load would.
pub fn page_shown(title: String) {
    let console = use_console();
    document().set_title(&format!("{title} · {}", console.t("console-name")));
    request_animation_frame(|| {
        if let Some(heading) = document().get_element_by_id("console-heading") {
            let heading: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(heading);
            let _ = heading.focus();
        }
    });
}

#[component]
pub fn App(texts: Texts) -> impl IntoView {
    let language = texts.language;
    document()
        .document_element()
        .map(|html| html.set_attribute("lang", language));
    let console = Console {
        texts: StoredValue::new(texts),
        me: RwSignal::new(None),
        view: RwSignal::new(View::Loading),
    };
    provide_context(console);
    match current_view() {
        View::Setup(token) => console.view.set(View::Setup(token)),
        _ => leptos::task::spawn_local(async move { console.start_session().await }),
    }
    let on_back = window_event_listener(leptos::ev::popstate, move |_| {
        if console.me.get_untracked().is_some() {
            console.view.set(current_view());
        }
    });
    on_cleanup(move || on_back.remove());
    view! {
        <ConsoleHeader />
        <main class="app-console__main">
            {move || match console.view.get() {
                View::Loading => view! { <p role="status">{console.t("console-loading")}</p> }.into_any(),
                View::SignIn => view! { <SignIn /> }.into_any(),
                View::Setup(token) => view! { <Setup token /> }.into_any(),
                View::Inbox(service) => {
                    let service = service
                        .or_else(|| console.me.with(|me| me.as_ref().and_then(|m| m.services.first().cloned())));
                    match service {
                        Some(service) => view! { <Inbox service /> }.into_any(),
                        None => view! { <p>{console.t("inbox-no-services")}</p> }.into_any(),
                    }
                }
                View::Application(reference) => view! { <Application reference /> }.into_any(),
                View::Audit => view! { <AuditLog /> }.into_any(),
                View::Staff => view! { <StaffList /> }.into_any(),
                View::Ratings => view! { <RatingsToAnswer /> }.into_any(),
            }}
        </main>
    }
}
