//! `prerender --dist dist`: writes every content page, in every language, as complete HTML into
//! `dist/pages/<lang>/`, rendered by the app's own components (`citizen_portal::prerender`) into
//! the page Trunk built (`dist/index.html`: its styles, scripts and integrity hashes). Fails,
//! naming file, language and id, if a page asked for a text that no file has.

use citizen_portal::i18n::{Language, offered_languages, take_missing};
use citizen_portal::prerender::{Rendered, render, render_form_unavailable, site_name};
use citizen_portal::service::catalogue;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Addresses rendered for every language, with the file each becomes under `pages/<lang>/`.
fn pages() -> Vec<(String, String)> {
    let mut pages = vec![
        ("/".to_string(), "index".to_string()),
        ("/accessibility".into(), "accessibility".into()),
        ("/privacy".into(), "privacy".into()),
        ("/settings".into(), "settings".into()),
        // Any address the portal does not know.
        ("/page-not-found".into(), "not-found".into()),
    ];
    for (_, services) in catalogue() {
        for id in *services {
            pages.push((format!("/services/{id}"), format!("services/{id}")));
        }
    }
    pages
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Trunk's page with `<html lang dir>`, the title and the body replaced, marked as a page of
/// `kind` (`prerendered` or `form`) for `boot.js` and `start.js`.
fn document(
    template: &str,
    language: &Language,
    kind: &str,
    title: &str,
    body: &str,
) -> Option<String> {
    let html_start = template.find("<html")?;
    let html_end = html_start + template[html_start..].find('>')?;
    let title_start = template.find("<title")?;
    let title_end = template.find("</title>")? + "</title>".len();
    let body_start = template.find("<body>")?;
    let mut page = String::with_capacity(template.len() + body.len());
    page.push_str(&template[..html_start]);
    page.push_str(&format!(
        r#"<html lang="{}" dir="{}">"#,
        language.code,
        language.dir.as_str()
    ));
    page.push_str(&template[html_end + 1..title_start]);
    page.push_str(&format!(r#"<meta name="portal-page" content="{kind}">"#));
    page.push_str(&format!("<title>{}</title>", escape(title)));
    let rest_of_head = &template[title_end..body_start];
    if kind == "prerendered" {
        // The app is not downloaded with a complete page; it waits for the citizen.
        page.push_str(&without_preloads(rest_of_head));
    } else if kind == "app" {
        // Search and progress look-up never start the journey's downloads (`boot.js` does so
        // only on a service's address): its list of files would be bytes for nothing.
        page.push_str(&without_journey_files(rest_of_head));
    } else {
        page.push_str(rest_of_head);
    }
    page.push_str("<body>");
    page.push_str(body);
    page.push_str("</body></html>\n");
    Some(page)
}

/// `head` without its `<link rel=preload>` and `<link rel=modulepreload>` tags.
fn without_preloads(head: &str) -> String {
    let mut kept = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link") {
        let end = start
            + rest[start..]
                .find('>')
                .map_or(rest.len() - start, |e| e + 1);
        let tag = &rest[start..end];
        kept.push_str(&rest[..start]);
        if !tag.contains("preload") {
            kept.push_str(tag);
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

/// `head` without the `<meta name=app-journey-files>` tag.
fn without_journey_files(head: &str) -> String {
    let Some(name) = head.find("name=app-journey-files") else {
        return head.to_string();
    };
    let start = head[..name].rfind('<').unwrap_or(name);
    let end = name + head[name..].find('>').map_or(head.len() - name, |e| e + 1);
    format!("{}{}", &head[..start], &head[end..])
}

/// `html` without comments: the markers Leptos leaves for hydration, which the app (rendering
/// on its own, not hydrating) never reads.
fn without_comments(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        kept.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map_or(after.len(), |e| e + 3)
        } else {
            after.find('>').map_or(after.len(), |e| e + 1)
        };
        rest = &after[end..];
    }
    kept.push_str(rest);
    kept
}

/// The body of a content page: the app's view inside the element the app takes over.
fn content_body(rendered: &Rendered) -> String {
    format!(
        r#"<div id="app-static-shell" class="app-prerendered" data-prerendered="">{}</div>"#,
        without_comments(&rendered.body)
    )
}

/// The value of attribute `name` in an element's start tag (quoted or not).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next(),
        None => rest.split([' ', '>']).next(),
    }
}

/// `html` (a part of Trunk's page) with the static shell's texts in other languages left out:
/// each language's page carries its own line only, so a language added costs no other language
/// a byte.
fn only_language(html: &str, code: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        kept.push_str(&rest[..start]);
        let after = &rest[start..];
        let tag_end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..tag_end];
        let name: String = tag[1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let other = attribute(tag, "data-l10n-id").is_some_and(|id| id.starts_with("static-"))
            && attribute(tag, "lang").is_some_and(|lang| lang != code);
        let close = format!("</{name}>");
        match after.find(&close).filter(|_| other) {
            Some(end) => rest = &after[end + close.len()..],
            None => {
                kept.push_str(tag);
                rest = &after[tag_end..];
            }
        }
    }
    kept.push_str(rest);
    kept
}

/// The body of a form's page (the app shell): Trunk's loading shell, then what to do instead
/// when the form cannot run here, for `<noscript>` and for browsers without WebAssembly.
fn form_body(template: &str, language: &Language, unavailable: &Rendered) -> Option<String> {
    let start = template.find("<body>")? + "<body>".len();
    let shell_end = template.find("<noscript>")?;
    Some(format!(
        r#"{}<noscript><main id="app-form-unavailable" class="app-form-unavailable">{}</main></noscript>"#,
        only_language(&template[start..shell_end], language.code),
        without_comments(&unavailable.body)
    ))
}

/// The body of the app's page for addresses only the app renders (search, progress look-up):
/// Trunk's loading shell and `<noscript>`, in one language.
fn app_body(template: &str, language: &Language) -> Option<String> {
    let start = template.find("<body>")? + "<body>".len();
    let end = template.rfind("</body>")?;
    Some(only_language(&template[start..end], language.code))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(dist: &Path) -> Result<usize, String> {
    let template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    citizen_portal::fetch::set_local_root(dist.to_path_buf());
    let mut written = 0;
    for language in offered_languages() {
        let folder = dist.join("pages").join(language.code);
        for (path, name) in pages() {
            let rendered = render(&path, language);
            let page = document(
                &template,
                language,
                "prerendered",
                &rendered.title,
                &content_body(&rendered),
            )
            .ok_or("dist/index.html is not the page Trunk builds")?;
            write(&folder.join(format!("{name}.html")), &page)?;
            written += 1;
        }
        for (_, services) in catalogue() {
            for id in *services {
                let unavailable = render_form_unavailable(id, language);
                let body = form_body(&template, language, &unavailable)
                    .ok_or("dist/index.html has no <noscript>")?;
                let page = document(&template, language, "form", &unavailable.title, &body)
                    .ok_or("dist/index.html is not the page Trunk builds")?;
                write(&folder.join(format!("services/{id}/form.html")), &page)?;
                written += 1;
            }
        }
        let body = app_body(&template, language).ok_or("dist/index.html has no <body>")?;
        let page = document(&template, language, "app", &site_name(language), &body)
            .ok_or("dist/index.html is not the page Trunk builds")?;
        write(&folder.join("app.html"), &page)?;
        written += 1;
    }
    let missing = take_missing();
    if !missing.is_empty() {
        return Err(format!("texts missing:\n  {}", missing.join("\n  ")));
    }
    Ok(written)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let dist = match args.as_slice() {
        [_, flag, dist] if flag == "--dist" => PathBuf::from(dist),
        _ => {
            eprintln!("usage: prerender --dist <folder>");
            return ExitCode::from(2);
        }
    };
    match run(&dist) {
        Ok(written) => {
            println!(
                "prerender: {written} pages written to {}",
                dist.join("pages").display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
