//! The release build of the web app: Trunk into dist/, then a brotli and a gzip copy of every
//! text asset next to it, which portal-server serves by `Accept-Encoding`.

use crate::command::run;
use crate::compress;
use std::path::Path;

pub fn build() -> Result<(), String> {
    run("trunk", &["build", "--release"])?;
    compress::precompress_dir(Path::new("dist"))
}
