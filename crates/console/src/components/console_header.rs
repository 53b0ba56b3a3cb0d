//! The console's header: its name, the language switch, and when signed in who it is, the
//! department's services, the audit log for administrators, and signing out.

use crate::app::use_console;
use crate::texts::{LANGUAGES, keep_choice};
use crate::view::View;
use leptos::prelude::*;

#[component]
pub fn ConsoleHeader() -> impl IntoView {
    let console = use_console();
    let current = console.language();
    let switch = LANGUAGES
        .iter()
        .filter(|(code, _)| *code != current)
        .map(|(code, endonym)| {
            let code = *code;
            view! {
                <button type="button" class="app-console-header__language" lang=code
                    on:click=move |_| {
                        keep_choice(code);
                        let _ = window().location().reload();
                    }>
                    {*endonym}
                </button>
            }
        })
        .collect_view();
    let problem = RwSignal::new(None::<String>);
    let sign_out = move |_| {
        leptos::task::spawn_local(async move {
            let csrf = console.csrf();
            let answer = crate::api::post(
                "/console/api/sign-out",
                &serde_json::json!({}),
                csrf.as_deref(),
            )
            .await;
            // Signed out only when the server says so: on a shared computer the screen must not
            // say "signed out" while the session lives on.
            match answer.status {
                204 | 401 => {
                    problem.set(None);
                    console.session_ended();
                }
                _ => problem.set(Some(console.t(&format!("error-{}", answer.code())))),
            }
        });
    };
    let link = move |view: View, label: String| {
        let href = view.path();
        let target = view.clone();
        let here = view.clone();
        view! {
            <li>
                <a href=href
                    aria-current=move || (console.view.get() == here).then_some("page")
                    on:click=move |event| {
                        event.prevent_default();
                        console.go(target.clone());
                    }>
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <header class="app-console-header">
            <p class="app-console-header__name">{console.t("console-name")}</p>
            <div class="app-console-header__tools">{switch}</div>
            <p class="app-console__problem" role="alert">{move || problem.get()}</p>
            {move || console.me.get().map(|me| {
                let department = console.t(&format!("department-{}", me.department));
                let role = console.t(&format!("role-{}", me.role));
                let services = me.services.iter()
                    .map(|id| link(View::Inbox(Some(id.clone())), console.t(&format!("{id}-name"))))
                    .collect_view();
                let ratings = link(View::Ratings, console.t("ratings-title"));
                let admin = (me.role == "administrator").then(|| {
                    (link(View::Staff, console.t("staff-title")), link(View::Audit, console.t("audit-title")))
                });
                view! {
                    <p class="app-console-header__who">
                        {console.t_with("header-signed-in-as", &[
                            ("name", me.name.clone().into()),
                            ("department", department.into()),
                            ("role", role.into()),
                        ])}
                    </p>
                    <button type="button" class="app-console-button app-console-button--secondary" on:click=sign_out>
                        {console.t("header-sign-out")}
                    </button>
                    <nav class="app-console-header__nav" aria-label=console.t("header-nav-label")>
                        <ul>{services}{ratings}{admin}</ul>
                    </nav>
                }
            })}
        </header>
    }
}
