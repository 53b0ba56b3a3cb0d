//! The release build of the web app: Trunk builds the page and its assets into dist/, the wasm is
//! built and split next to them, the services are compiled, then a brotli and a gzip copy of
//! every text asset is written, which portal-server serves by `Accept-Encoding`.

use crate::command::run;
use crate::{compress, service_worker, services, wasm_build};
use std::path::Path;

pub fn build() -> Result<(), String> {
    run("trunk", &["build", "--release"])?;
    wasm_build::build(Path::new("dist"))?;
    services::compile_all(
        Path::new("services"),
        Path::new("locales"),
        Path::new("dist"),
    )?;
    service_worker::fill(Path::new("dist"))?;
    compress::precompress_dir(Path::new("dist"))
}
