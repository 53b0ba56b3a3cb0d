//! `cargo xtask bench web`: builds the release app and server, starts portal-server (precompressed
//! brotli, as deployed) and runs bench/web/run.mjs: Lighthouse with mobile defaults on the home,
//! an information page and a question page in zh-CN and ug, a first visit's total with the
//! service worker (page and worker, 20 s), then the ID card journey under
//! emulated slow 3G with 4x CPU slowdown, cold and warm. The table goes to target/bench/web.md.

use crate::{server, tools, web_build};
use std::path::Path;
use std::process::Command;

pub fn run() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_browser_tools()?;
    tools::ensure_npm_packages(Path::new("bench/web"))?;
    web_build::build()?;
    let portal = server::start(true)?;
    std::fs::create_dir_all("target/bench").map_err(|e| e.to_string())?;
    let out = std::fs::canonicalize("target/bench")
        .map_err(|e| e.to_string())?
        .join("web.md");
    let status = Command::new("node")
        .arg("bench/web/run.mjs")
        .env("PORTAL_URL", &portal.base_url)
        .env("BENCH_OUT", &out)
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !status.success() {
        return Err(format!("the web benchmark failed ({status})"));
    }
    Ok(())
}
