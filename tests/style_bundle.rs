//! Every stylesheet in `style/` is shipped: the pre-build hook in Trunk.toml joins them into the
//! one file index.html links, and a file missing from its list would silently not be served.

use std::fs;
use std::path::Path;

#[test]
fn every_stylesheet_is_in_the_bundle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let trunk = fs::read_to_string(root.join("Trunk.toml")).unwrap();
    let missing: Vec<String> = fs::read_dir(root.join("style"))
        .unwrap()
        .flatten()
        .map(|e| format!("style/{}", e.file_name().to_string_lossy()))
        .filter(|name| name.ends_with(".css") && !trunk.contains(name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "Trunk.toml's pre_build hook does not bundle {missing:?}"
    );
    let index = fs::read_to_string(root.join("index.html")).unwrap();
    assert!(
        index.contains(r#"href="target/portal.css""#),
        "index.html links the bundle"
    );
}
