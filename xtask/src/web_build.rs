//! The release build of the web app: Trunk into dist/, the services compiled next to it, then a
//! brotli and a gzip copy of every text asset, which portal-server serves by `Accept-Encoding`.

use crate::command::run;
use crate::{compress, services};
use std::path::Path;

pub fn build() -> Result<(), String> {
    run("trunk", &["build", "--release"])?;
    services::compile_all(
        Path::new("services"),
        Path::new("locales"),
        Path::new("dist"),
    )?;
    compress::precompress_dir(Path::new("dist"))
}
