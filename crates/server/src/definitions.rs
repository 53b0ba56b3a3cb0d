//! The service definitions the server validates against: the same compiled files the browser
//! loads (`dist/services/<id>.json`), and earlier versions kept for applications that waited on
//! a device (`dist/services/earlier/`), read once at start-up.

use portal_forms::Service;
use std::collections::HashMap;
use std::path::Path;

#[derive(Default)]
pub struct Definitions {
    by_id: HashMap<String, Service>,
    /// Earlier versions (`services/earlier/<id>.v<N>.json`), for applications that waited on a
    /// device while the department changed the service.
    earlier: HashMap<(String, u32), Service>,
}

impl Definitions {
    /// Reads every definition in `folder` and its `earlier/` versions; a missing folder means no
    /// services (logged).
    pub fn load(folder: &Path) -> Result<Self, String> {
        let Ok(entries) = std::fs::read_dir(folder) else {
            tracing::warn!(folder = %folder.display(), "no service definitions found");
            return Ok(Self::default());
        };
        let mut by_id = HashMap::new();
        for service in read_definitions(entries)? {
            by_id.insert(service.id.clone(), service);
        }
        let mut earlier = HashMap::new();
        if let Ok(entries) = std::fs::read_dir(folder.join("earlier")) {
            for service in read_definitions(entries)? {
                earlier.insert((service.id.clone(), service.version), service);
            }
        }
        tracing::info!(
            services = by_id.len(),
            earlier_versions = earlier.len(),
            "service definitions loaded"
        );
        Ok(Self { by_id, earlier })
    }

    /// The definition the server has for `id`, whatever its version.
    pub fn latest(&self, id: &str) -> Option<&Service> {
        self.by_id.get(id)
    }

    /// The service whose submission can be the largest, with that size in bytes.
    pub fn largest_submission(&self) -> Option<(&str, usize)> {
        self.by_id
            .values()
            .chain(self.earlier.values())
            .map(|s| {
                (
                    s.id.as_str(),
                    portal_forms::validate::size::largest_submission(s),
                )
            })
            .max_by_key(|(_, bytes)| *bytes)
    }

    /// The definition of `id` at `version`, current or earlier, if the server has that version.
    pub fn get(&self, id: &str, version: u32) -> Option<&Service> {
        self.by_id
            .get(id)
            .filter(|s| s.version == version)
            .or_else(|| self.earlier.get(&(id.to_string(), version)))
    }
}

/// The compiled definitions among `entries` (JSON files other than the catalogue).
fn read_definitions(entries: std::fs::ReadDir) -> Result<Vec<Service>, String> {
    let mut services = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let is_definition = path.extension().is_some_and(|e| e == "json")
            && path
                .file_name()
                .is_some_and(|n| n != "catalogue.json" && n != "departments.json");
        if is_definition {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            services
                .push(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?);
        }
    }
    Ok(services)
}
