//! Extracts the example of a few generated crates' README.md files, so that
//! `readme_examples.rs` compiles them as written.

use std::path::Path;

/// Service crates the tests package depends on, whose README example is compiled.
const SERVICES: &[&str] = &["cvm", "hunyuan", "tag"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for svc in SERVICES {
        let readme = format!("../crates/services/{svc}/README.md");
        println!("cargo:rerun-if-changed={readme}");
        let text = std::fs::read_to_string(&readme).unwrap_or_default();
        let code = text
            .split_once("```rust,no_run\n")
            .and_then(|(_, rest)| rest.split_once("```"))
            .map(|(code, _)| code)
            .unwrap_or("compile_error!(\"the README has no ```rust,no_run example\");");
        let dest = Path::new(&out).join(format!("readme_{svc}.rs"));
        std::fs::write(dest, code).expect("write the extracted example");
    }
}
