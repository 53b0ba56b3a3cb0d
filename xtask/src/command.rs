//! Running commands: echo them, stream their output, and say clearly which one failed.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The workspace root (the parent of this crate's folder).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Runs `program args…`, streaming its output; Err names the command if it fails.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Runs a command, echoing its stdout line by line as it comes, and returns whether it succeeded
/// and what it printed, so counts can be read from it.
pub fn run_capturing(command: &mut Command) -> (bool, String) {
    use std::io::{BufRead, BufReader};
    eprintln!("$ {command:?}");
    let mut child = match command
        .stderr(Stdio::inherit())
        .stdout(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            eprintln!("cannot start {command:?}: {error}");
            return (false, String::new());
        }
    };
    let mut printed = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            printed.push_str(&line);
            printed.push('\n');
        }
    }
    let success = child.wait().is_ok_and(|status| status.success());
    (success, printed)
}

/// The first line a command prints, or None if it cannot run (used for `--version` checks).
pub fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    })
}
