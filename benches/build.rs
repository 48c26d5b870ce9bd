//! Extracts the `rt::model! { … }` block of the generated cvm crate, so that the
//! decode benchmark's serde-derive mirror has exactly the generated types' fields.

use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/services/cvm/src/v20170312.rs");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    let start = text
        .find("rt::model! {")
        .unwrap_or_else(|| panic!("{}: no rt::model! block", src.display()));
    // The block ends with the last struct's `}` and its own, both in column 0.
    let end = text[start..]
        .find("\n}\n}\n")
        .map(|i| start + i + 5)
        .unwrap_or_else(|| panic!("{}: rt::model! block not closed", src.display()));
    let block = text[start..end].replacen("rt::model! {", "serde_mirror! {", 1);
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("cvm_mirror.rs");
    std::fs::write(&out, block).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
