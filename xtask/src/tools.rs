//! Installs the tools the build and the tests need, each only when the right version is not
//! already on PATH. Everything comes from package registries (crates.io, npm, Debian): nothing
//! is downloaded from GitHub, which these machines cannot reach.

use crate::command::{first_line, run};
use std::path::Path;

pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen's wasm-opt from npm; Debian's version 108 is too old for what rustc 1.95 emits.
pub const BINARYEN_VERSION: &str = "132";
/// esbuild from npm, to minify wasm-bindgen's JS glue (part of the first load).
pub const ESBUILD_VERSION: &str = "0.28.2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian packages for the browser suite: Chromium, fonts for every script we render, and the
/// sqlite3 shell, with which a test moves a rating back in time past its deadline.
const BROWSER_PACKAGES: &[&str] = &["chromium", "fonts-noto-core", "fonts-noto-cjk", "sqlite3"];

/// The wasm target, trunk, wasm-bindgen at the version in Cargo.lock, wasm-opt and esbuild.
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = first_line_all("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t.trim() == WASM_TARGET) {
        run("rustup", &["target", "add", WASM_TARGET])?;
    }

    if first_line("trunk", &["--version"]).as_deref() != Some(&format!("trunk {TRUNK_VERSION}")) {
        run(
            "cargo",
            &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
        )?;
    }

    let bindgen = wasm_bindgen_version()?;
    if first_line("wasm-bindgen", &["--version"]).as_deref()
        != Some(&format!("wasm-bindgen {bindgen}"))
    {
        // Without --locked: the CLI's own lock file wants a crate version the registry here
        // does not serve (see ../shared/TOOLCHAIN.md).
        run(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &bindgen],
        )?;
    }

    let wasm_opt = first_line("wasm-opt", &["--version"]).unwrap_or_default();
    if !wasm_opt.starts_with(&format!("wasm-opt version {BINARYEN_VERSION}")) {
        run(
            "npm",
            &[
                "install",
                "--global",
                &format!("binaryen@{BINARYEN_VERSION}"),
            ],
        )?;
    }

    if first_line("esbuild", &["--version"]).as_deref() != Some(ESBUILD_VERSION) {
        run(
            "npm",
            &["install", "--global", &format!("esbuild@{ESBUILD_VERSION}")],
        )?;
    }

    if !crate::fonts::available() {
        run("apt-get", &["update"])?;
        run(
            "apt-get",
            &[
                "install",
                "--yes",
                "--no-install-recommends",
                "fonts-noto-core",
                "python3-fonttools",
                "python3-brotli",
            ],
        )?;
    }
    Ok(())
}

/// Chromium and fonts via apt, and the browser suite's npm packages.
pub fn ensure_browser_tools() -> Result<(), String> {
    let missing: Vec<&str> = BROWSER_PACKAGES
        .iter()
        .copied()
        .filter(|p| !debian_package_installed(p))
        .collect();
    if !missing.is_empty() {
        run("apt-get", &["update"])?;
        let mut args = vec!["install", "-y", "--no-install-recommends"];
        args.extend(&missing);
        run("apt-get", &args)?;
    }
    ensure_npm_packages(Path::new("tests/e2e"))
}

/// `npm ci` in `folder` unless its node_modules is at least as new as its package-lock.json.
pub fn ensure_npm_packages(folder: &Path) -> Result<(), String> {
    let installed = folder.join("node_modules/.package-lock.json");
    let stale = match (
        std::fs::metadata(&installed),
        std::fs::metadata(folder.join("package-lock.json")),
    ) {
        (Ok(done), Ok(lock)) => done.modified().ok() < lock.modified().ok(),
        _ => true,
    };
    if stale {
        let prefix = folder.to_string_lossy();
        run(
            "npm",
            &["ci", "--prefix", &prefix, "--no-audit", "--no-fund"],
        )?;
    }
    Ok(())
}

fn debian_package_installed(package: &str) -> bool {
    first_line("dpkg-query", &["-W", "-f=${Status}", package])
        .is_some_and(|s| s.contains("install ok installed"))
}

/// The exact wasm-bindgen version Cargo.lock resolved; the CLI must match it.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        let version = (line == "name = \"wasm-bindgen\"")
            .then(|| lines.next().and_then(|l| l.strip_prefix("version = \"")))
            .flatten();
        if let Some(version) = version {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn first_line_all(program: &str, args: &[&str]) -> Option<String> {
    let output = std::process::Command::new(program)
        .args(args)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).to_string())
}
