//! The service definitions the server validates against: the same compiled files the browser
//! loads (`dist/services/<id>.json`), read once at start-up.

use portal_forms::Service;
use std::collections::HashMap;
use std::path::Path;

#[derive(Default)]
pub struct Definitions {
    by_id: HashMap<String, Service>,
}

impl Definitions {
    /// Reads every definition in `folder`; a missing folder means no services (logged).
    pub fn load(folder: &Path) -> Result<Self, String> {
        let mut by_id = HashMap::new();
        let Ok(entries) = std::fs::read_dir(folder) else {
            tracing::warn!(folder = %folder.display(), "no service definitions found");
            return Ok(Self { by_id });
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_definition = path.extension().is_some_and(|e| e == "json")
                && path.file_name().is_some_and(|n| n != "catalogue.json");
            if is_definition {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let service: Service =
                    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
                by_id.insert(service.id.clone(), service);
            }
        }
        tracing::info!(services = by_id.len(), "service definitions loaded");
        Ok(Self { by_id })
    }

    /// The definition the server has for `id`, whatever its version.
    pub fn latest(&self, id: &str) -> Option<&Service> {
        self.by_id.get(id)
    }

    /// The definition of `id` at `version`, if the server has that version.
    pub fn get(&self, id: &str, version: u32) -> Option<&Service> {
        self.by_id.get(id).filter(|s| s.version == version)
    }
}
