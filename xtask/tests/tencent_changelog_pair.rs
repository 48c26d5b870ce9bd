//! Our release notes of a consecutive pair against Tencent's own, in both
//! directions: tccli 3.1.40.1 → 3.1.41.1 for cam, hai and vclm (specs in
//! `tests/data/`, Tencent's SERVICE_CHANGELOG.md for 3.1.41.1 in the specdiff
//! crate's `tests/data/tencent-changelog/`; both Apache-2.0, sources in
//! their headers).
//!
//! Nothing Tencent lists for these services may be missing, and every item
//! we list beyond Tencent's must be of a justified kind ([`justified_extra`]).

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use tencent_cloud_specdiff::render::items::{Item, items};
use tencent_cloud_specdiff::render::markdown::{Lang, render_full};
use tencent_cloud_specdiff::{IgnoreList, Level, Options, Report, diff_pair, input};

const SERVICES: [&str; 3] = ["cam", "hai", "vclm"];

/// The kinds of item we list and Tencent does not: a member marked
/// disabled is a deprecation (废弃… / 恢复…), which Tencent's notes leave
/// out; flag flips (修改…, with the flip) Tencent lists only sometimes.
/// Headings, crate lines, docs and examples lines are not items.
fn justified_extra(label: &str) -> bool {
    label.starts_with("废弃") || label.starts_with("恢复") || label.starts_with("修改")
}

fn unzip(zip: &Path, to: &Path) {
    let f = std::fs::File::open(zip).expect("the fixture");
    let mut z = zip::ZipArchive::new(f).expect("a zip");
    for i in 0..z.len() {
        let mut e = z.by_index(i).expect("an entry");
        let Some(rel) = e.enclosed_name() else {
            panic!("a bad path in the fixture: {}", e.name())
        };
        let out = to.join(rel);
        std::fs::create_dir_all(out.parent().expect("a parent")).expect("mkdir");
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).expect("read");
        std::fs::write(out, bytes).expect("write");
    }
}

fn ours(dir: &Path) -> BTreeSet<Item> {
    let pair = input::load_pair(&dir.join("3.1.40.1"), &dir.join("3.1.41.1")).expect("the pair");
    let r = Report::build(
        diff_pair(&pair, &Options::default()),
        "3.1.40.1",
        "3.1.41.1",
        &IgnoreList::default(),
        Level::Info,
    );
    items(&render_full(&r, Lang::Zh))
}

#[test]
fn our_notes_of_a_consecutive_pair_are_tencents_plus_justified_kinds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    unzip(
        &root.join("tests/data/tccli-3.1.40.1-3.1.41.1.zip"),
        tmp.path(),
    );
    let text = std::fs::read_to_string(
        root.join("../crates/tencent-cloud-specdiff/tests/data/tencent-changelog/3.1.41.1.md"),
    )
    .expect("Tencent's changelog");
    let tencent: BTreeSet<Item> = items(&text)
        .into_iter()
        .filter(|i| SERVICES.contains(&i.0.as_str()))
        .collect();
    let ours = ours(tmp.path());
    assert!(tencent.len() >= 6, "{tencent:#?}");
    let missed: Vec<&Item> = tencent.difference(&ours).collect();
    assert!(missed.is_empty(), "missed: {missed:#?}");
    let extra: Vec<&Item> = ours.difference(&tencent).collect();
    let unjustified: Vec<&&Item> = extra.iter().filter(|i| !justified_extra(&i.2)).collect();
    assert!(
        unjustified.is_empty(),
        "extra, not justified: {unjustified:#?}"
    );
    eprintln!(
        "3.1.40.1 → 3.1.41.1 ({}): Tencent {} items, ours {}, missed 0, extra {} (justified)",
        SERVICES.join(", "),
        tencent.len(),
        ours.len(),
        extra.len()
    );
}
