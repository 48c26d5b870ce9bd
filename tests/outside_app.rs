//! An app outside the workspace, as a user writes it: a fresh cargo project that
//! depends on `tencent-cloud-core`, `tencent-cloud-cvm` and `tencent-cloud-tag` by
//! version, reaching the packaged `.crate` files (unpacked) through `[patch.crates-io]`,
//! never a path into the workspace. It is built from clean and run against the emulator.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use tencent_cloud_emulator::Emulator;
use tencent_cloud_spec::Release;

const ID: &str = "AKIDoutsideAPP";
const KEY: &str = "outside-app-secret-key";
const CRATES: &[&str] = &[
    "tencent-cloud-core",
    "tencent-cloud-cvm",
    "tencent-cloud-tag",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A cargo command free of the outer `cargo test`'s settings.
fn cargo(dir: &Path, target: &Path) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    c
}

/// `cargo package` (no verify) of the three crates, unpacked into `dir`; returns the
/// unpacked directories, by crate.
fn packaged(dir: &Path) -> Vec<(String, String, PathBuf)> {
    let target = root().join("target/outside-app/package-target");
    let mut c = cargo(&root(), &target);
    c.args(["package", "--no-verify", "--allow-dirty"]);
    for name in CRATES {
        c.args(["-p", name]);
    }
    let out = c.output().expect("cargo package");
    assert!(
        out.status.success(),
        "cargo package: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut unpacked = Vec::new();
    for name in CRATES {
        // The one `<name>-<version>.crate` this run made.
        let file = std::fs::read_dir(target.join("package"))
            .expect("package dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "crate")
                    && p.file_stem()
                        .and_then(|s| s.to_str())
                        .and_then(|s| s.strip_prefix(name))
                        .and_then(|v| v.strip_prefix('-'))
                        .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
            })
            .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
            .unwrap_or_else(|| panic!("{name}: no .crate"));
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_string();
        let version = stem[name.len() + 1..].to_string();
        let st = Command::new("tar")
            .arg("xzf")
            .arg(&file)
            .arg("-C")
            .arg(dir)
            .status()
            .expect("tar");
        assert!(st.success(), "unpack {}", file.display());
        unpacked.push((name.to_string(), version, dir.join(stem)));
    }
    unpacked
}

const MAIN_RS: &str = r#"
use tencent_cloud_cvm::v20170312 as cvm;
use tencent_cloud_tag::v20180813 as tag;

#[tokio::main]
async fn main() -> Result<(), tencent_cloud_core::Error> {
    let core = tencent_cloud_core::Client::from_env().await?;
    let regions = cvm::Client::new(core.clone())
        .describe_regions(&cvm::DescribeRegionsRequest::default())
        .await?;
    let keys = tag::Client::new(core)
        .describe_tag_keys_pages(tag::DescribeTagKeysRequest::default())
        .collect_all(1000)
        .await?;
    println!(
        "regions={} tag_keys={}",
        regions.region_set.map_or(0, |r| r.len()),
        keys.len()
    );
    Ok(())
}
"#;

#[tokio::test(flavor = "multi_thread")]
async fn an_app_outside_the_workspace_builds_from_the_packages_and_runs() {
    let tmp = tempfile::tempdir().expect("tmp");
    let unpacked = packaged(tmp.path());
    let app = tmp.path().join("app");
    std::fs::create_dir_all(app.join("src")).expect("app dir");
    let mut manifest = String::from(
        "[package]\nname = \"outside-app\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n",
    );
    for (name, version, _) in &unpacked {
        manifest.push_str(&format!(
            "{name} = \"{}\"\n",
            tencent_cloud_tests::caret_requirement(version)
        ));
    }
    manifest.push_str("\n[patch.crates-io]\n");
    for (name, _, dir) in &unpacked {
        manifest.push_str(&format!(
            "{name} = {{ path = {:?} }}\n",
            dir.display().to_string()
        ));
    }
    manifest.push_str("\n[workspace]\n");
    assert!(!manifest.contains("crates/"), "no path into the workspace");
    std::fs::write(app.join("Cargo.toml"), &manifest).expect("manifest");
    std::fs::write(app.join("src/main.rs"), MAIN_RS).expect("main.rs");

    // A clean build of the app alone, in its own target directory.
    let target = tmp.path().join("target");
    let t0 = Instant::now();
    let out = cargo(&app, &target)
        .args(["build", "--quiet"])
        .output()
        .expect("cargo build");
    let took = t0.elapsed();
    assert!(
        out.status.success(),
        "the outside app does not build:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The packaged crates build without a warning, with the newest compatible versions
    // of their dependencies (a rustls release deprecated the ring provider the core uses).
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("warning"),
        "building the SDK's crates as a user does prints warnings:\n{stderr}"
    );
    let lock = std::fs::read_to_string(app.join("Cargo.lock")).expect("lock");
    let packages = lock.matches("[[package]]").count();
    assert!(
        !lock.contains("name = \"tencent-cloud-vpc\""),
        "only what the app depends on is built"
    );
    println!(
        "outside app: clean build of {packages} packages (core, cvm, tag and their deps) in {:.1} s; \
         the whole workspace's check time is what `cargo xtask bench compile` prints",
        took.as_secs_f64()
    );

    // Run it against the emulator, configured from the environment as a user would.
    let dir = tencent_cloud_tests::generated_release_dir();
    let release = Arc::new(
        Release::load_only(&dir, 1, |f| f.service == "cvm" || f.service == "tag")
            .expect("cvm and tag specs"),
    );
    let emu = Emulator::builder()
        .release(release)
        .credentials(ID, KEY)
        .start()
        .await
        .expect("emulator");
    let bin = target.join("debug/outside-app");
    let run = tokio::task::spawn_blocking({
        let url = emu.url();
        move || {
            Command::new(bin)
                .env_clear()
                .env("TENCENTCLOUD_SECRET_ID", ID)
                .env("TENCENTCLOUD_SECRET_KEY", KEY)
                .env("TENCENTCLOUD_REGION", "ap-guangzhou")
                .env("TENCENTCLOUD_ENDPOINT", url)
                .output()
                .expect("run the app")
        }
    })
    .await
    .expect("join");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.starts_with("regions="), "{stdout}");
    let actions: Vec<String> = emu.requests().into_iter().map(|r| r.action).collect();
    assert_eq!(actions.first().map(String::as_str), Some("DescribeRegions"));
    assert!(
        actions.iter().any(|a| a == "DescribeTagKeys"),
        "{actions:?}"
    );
    assert!(emu.requests().iter().all(|r| r.status == 200));
}
