//! `cargo xtask <task>`: everything a newcomer needs, from a fresh Debian machine.
//!
//! - `serve`: install what is missing, build a release, run portal-server on 127.0.0.1:8080
//! - `test`:  install what is missing, then fmt, clippy, native tests, release build, size
//!   budget and the browser suite; ends with `N passed, N failed`
//!   (`test postgres`: only the server's tests on a throwaway PostgreSQL cluster)
//! - `size`:  raw, gzip and brotli bytes of every file in dist/ and the first-load total
//! - `build`: install what is missing and build dist/
//! - `bench [server | web | insight]`: server throughput; Lighthouse and the slow-3G journey;
//!   insight on 100,000 and 1,000,000 applications (figures, not tests)

mod bench;
mod bench_insight;
mod bench_web;
mod command;
mod compress;
mod earlier_versions;
mod fonts;
mod postgres;
mod server;
mod service_worker;
mod services;
mod size;
mod test_run;
mod tools;
mod wasm_build;
mod web_build;

use std::process::ExitCode;

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = command::workspace_root();
    std::env::set_current_dir(&root).expect("workspace root exists");
    let result = match task.as_str() {
        "serve" => serve(),
        "test" if std::env::args().nth(2).as_deref() == Some("postgres") => {
            test_run::run_postgres()
        }
        "test" => test_run::run_all(),
        "size" => size::report(&root.join("dist")).map(|_| ()),
        "build" => tools::ensure_build_tools().and_then(|()| web_build::build()),
        "bench" => bench::run_bench(&std::env::args().nth(2).unwrap_or_default()),
        _ => {
            eprintln!(
                "usage: cargo xtask <serve | test | size | build | bench [server | web | insight]>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    tools::ensure_build_tools()?;
    web_build::build()?;
    server::serve_release()
}
