//! The services on offer, by topic: `services/catalogue.toml` compiled into the app by build.rs,
//! so the home page needs no download and no parser to list them.

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// Each topic with its services, topics in the home page's order and services most used first.
pub fn catalogue() -> &'static [(&'static str, &'static [&'static str])] {
    CATALOGUE
}
