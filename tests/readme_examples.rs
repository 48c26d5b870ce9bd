//! The generated README of a service crate is what users copy first: its example
//! compiles as written (extracted by build.rs for cvm, hunyuan and tag), and its
//! dependency line names the crate's current version.

#[allow(dead_code)]
mod cvm {
    include!(concat!(env!("OUT_DIR"), "/readme_cvm.rs"));
}

#[allow(dead_code)]
mod hunyuan {
    include!(concat!(env!("OUT_DIR"), "/readme_hunyuan.rs"));
}

#[allow(dead_code)]
mod tag {
    include!(concat!(env!("OUT_DIR"), "/readme_tag.rs"));
}

#[test]
fn readmes_depend_on_the_current_version() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/services");
    for svc in ["cvm", "hunyuan", "tag"] {
        let manifest = std::fs::read_to_string(root.join(svc).join("Cargo.toml")).expect("toml");
        let version = manifest
            .lines()
            .find_map(|l| l.strip_prefix("version = \""))
            .and_then(|v| v.strip_suffix('"'))
            .expect("version");
        let want = tencent_cloud_tests::caret_requirement(version);
        let readme = std::fs::read_to_string(root.join(svc).join("README.md")).expect("readme");
        let line = format!("tencent-cloud-{svc} = \"{want}\"");
        assert!(readme.contains(&line), "{svc}: README lacks `{line}`");
        assert!(
            manifest.contains("readme = \"README.md\""),
            "{svc}: packaged README"
        );
        // LICENSE is a link to the workspace's, which cargo packages as the file.
        let license = std::fs::read_to_string(root.join(svc).join("LICENSE")).expect("LICENSE");
        assert!(license.contains("Apache License") && license.contains("Version 2.0"));
    }
}
