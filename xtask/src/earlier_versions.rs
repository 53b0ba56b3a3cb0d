//! Earlier versions of services. An application can wait on a citizen's device for days (the
//! outbox) and carries the version of the service it was filled in with; if the department has
//! changed the service since, portal-server must still validate it against that version, or it
//! could never be delivered. So when a department raises a service's version, it moves the old
//! file to `services/earlier/<id>.v<N>.toml`; the build checks each such file and writes it to
//! `dist/services/earlier/<id>.v<N>.json`, which only the server reads.

use portal_forms::Service;
use portal_forms::source::{SourceError, compile};
use std::fs;
use std::path::Path;

/// Checks and writes every earlier version under `services/earlier/` for the `current`
/// services; a problem stops the build and names the file.
pub fn write(services: &Path, current: &[Service], out: &Path) -> Result<usize, String> {
    let folder = services.join("earlier");
    let target = out.join("earlier");
    if target.exists() {
        fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    let Ok(entries) = fs::read_dir(&folder) else {
        return Ok(0);
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let (mut compiled, mut problems) = (Vec::new(), Vec::new());
    for path in files {
        let name = path.display().to_string();
        match earlier_version(&path, current) {
            Ok(service) => compiled.push(service),
            Err(found) => problems.extend(found.into_iter().map(|p| format!("{name}: {p}"))),
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "earlier service versions have problems:\n{}",
            problems.join("\n")
        ));
    }
    fs::create_dir_all(&target).map_err(|e| e.to_string())?;
    for service in &compiled {
        let json = serde_json::to_string(service).map_err(|e| e.to_string())?;
        let file = target.join(format!("{}.v{}.json", service.id, service.version));
        fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(compiled.len())
}

/// One file: named `<id>.v<N>.toml`, a valid definition of a current service, with version N
/// below the current one.
fn earlier_version(path: &Path, current: &[Service]) -> Result<Service, Vec<String>> {
    let file_name = path.file_name().unwrap_or_default().to_string_lossy();
    let named = file_name
        .strip_suffix(".toml")
        .and_then(|stem| stem.rsplit_once(".v"))
        .and_then(|(id, version)| Some((id.to_string(), version.parse::<u32>().ok()?)));
    let Some((id, version)) = named else {
        return Err(vec!["name it <service id>.v<version>.toml".into()]);
    };
    let text = fs::read_to_string(path).map_err(|e| vec![e.to_string()])?;
    let service = match compile(&path.display().to_string(), &text) {
        Ok(service) => service,
        Err(SourceError::Syntax(message)) => return Err(vec![message]),
        Err(SourceError::Problems(found)) => return Err(found),
    };
    let mut problems = Vec::new();
    if service.id != id {
        problems.push(format!("id is {:?}, the file name says {id:?}", service.id));
    }
    if service.version != version {
        problems.push(format!(
            "version is {}, the file name says {version}",
            service.version
        ));
    }
    match current.iter().find(|s| s.id == id) {
        None => problems.push(format!("{id:?} is not a service in the catalogue")),
        Some(now) if now.version <= version => problems.push(format!(
            "version {version} is not earlier than the current version {}",
            now.version
        )),
        Some(_) => {}
    }
    if problems.is_empty() {
        Ok(service)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = r#"
id = "complaint"
version = 1
topic = "consumer-rights"
[[pages]]
id = "product"
[[pages.questions]]
id = "product"
type = "short-text"
"#;

    fn folder(files: &[(&str, &str)]) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!(
            "portal-earlier-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        fs::create_dir_all(root.join("services/earlier")).unwrap();
        for (name, text) in files {
            fs::write(root.join("services/earlier").join(name), text).unwrap();
        }
        root
    }

    fn current(version: u32) -> Vec<Service> {
        let text = V1.replace("version = 1", &format!("version = {version}"));
        vec![compile("complaint.toml", &text).unwrap()]
    }

    #[test]
    fn an_earlier_version_is_written_for_the_server() {
        let root = folder(&[("complaint.v1.toml", V1)]);
        let out = root.join("dist/services");
        assert_eq!(
            super::write(&root.join("services"), &current(2), &out),
            Ok(1)
        );
        let written = fs::read_to_string(out.join("earlier/complaint.v1.json")).unwrap();
        let service: Service = serde_json::from_str(&written).unwrap();
        assert_eq!((service.id.as_str(), service.version), ("complaint", 1));
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_misnamed_unknown_or_not_earlier_version_stops_the_build_naming_the_file() {
        let cases = [
            ("complaint.toml", V1, "name it <service id>.v<version>.toml"),
            (
                "complaint.v3.toml",
                V1,
                "version is 1, the file name says 3",
            ),
            (
                "parcel.v1.toml",
                &V1.replace("complaint", "parcel"),
                "\"parcel\" is not a service in the catalogue",
            ),
            (
                "complaint.v1.toml",
                V1,
                "version 1 is not earlier than the current version 1",
            ),
        ];
        for (index, (name, text, expected)) in cases.into_iter().enumerate() {
            let root = folder(&[(name, text)]);
            let now = current(if index == 3 { 1 } else { 2 });
            let error =
                super::write(&root.join("services"), &now, &root.join("dist")).expect_err(name);
            assert!(error.contains(name), "{error}");
            assert!(error.contains(expected), "{error}");
            fs::remove_dir_all(root).unwrap();
        }
    }
}
