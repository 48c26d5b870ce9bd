//! `tc-specdiff --channels` on the committed specs: the newest China release against the
//! newest international one. Oracles: issue 21's list of the 13 intl-only services and
//! their action counts (measured with tccli-intl-en 3.1.189.1; unchanged in 3.1.193.1), a
//! handful of disagreements read by hand from the api.json files, and
//! `tests/data/channels/oracle.py`, which counts the same sets straight from the JSON
//! (no Rust model; it reproduces the figures for intl 3.1.189.1).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

/// The newest release of each channel.
fn pair() -> (String, String) {
    let newest = |d: &Path| {
        tencent_cloud_spec::release_names(d)
            .expect("specs dir")
            .pop()
            .expect("a release")
    };
    (newest(&specs()), newest(&specs().join("intl")))
}

fn specdiff(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tc-specdiff"))
        .args(args)
        .arg("--specs-dir")
        .arg(specs())
        .output()
        .expect("run tc-specdiff")
}

fn drift_json() -> Value {
    let (china, intl) = pair();
    let out = specdiff(&["--channels", &china, &intl, "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Issue 21: "13 services exist only there, with 479 actions".
const INTL_ONLY: [(&str, u64); 13] = [
    ("dataintegration", 1),
    ("dms", 2),
    ("gpm", 18),
    ("gse", 22),
    ("intlpartnersmgt", 46),
    ("ip", 6),
    ("mdc", 19),
    ("mdl", 36),
    ("mdp", 62),
    ("message", 1),
    ("quota", 7),
    ("tcmpp", 104),
    ("tcsas", 155),
];

#[test]
fn the_intl_only_services_and_hand_checked_disagreements() {
    let j = drift_json();
    let services: Vec<(String, u64)> = j["one_site"]
        .as_array()
        .expect("one_site")
        .iter()
        .filter(|o| o["site"] == "international" && o["subject"] == "service")
        .map(|o| {
            (
                o["location"].as_str().expect("location").to_string(),
                o["actions"].as_u64().expect("actions"),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = INTL_ONLY.iter().map(|(s, n)| (s.to_string(), *n)).collect();
    assert_eq!(services, want);
    assert_eq!(j["summary"]["services_international_only"], 13);
    assert_eq!(
        j["summary"]["actions_international_only"]
            .as_u64()
            .expect("n")
            - j["summary"]["actions_international_only_in_shared_services"]
                .as_u64()
                .expect("n"),
        479
    );

    // Read by hand from specs/3.1.189.1 and specs/intl/3.1.193.1 (and found by
    // oracle.py): (fact, location, China, International).
    let differs: Vec<(String, String, String, String)> = j["differs"]
        .as_array()
        .expect("differs")
        .iter()
        .map(|x| {
            let s = |k: &str| x[k].as_str().expect(k).to_string();
            (s("fact"), s("location"), s("china"), s("international"))
        })
        .collect();
    for (fact, location, china, intl) in [
        (
            "type",
            "lke/v20231130/DocReference.DocBizId",
            "uint64",
            "string",
        ),
        (
            "type",
            "monitor/v20180724/GrafanaNotificationChannel.OrgIds",
            "list<string>",
            "string",
        ),
        (
            "format",
            "monitor/v20180724/GrafanaNotificationChannel.UpdatedAt",
            "datetime_iso",
            "date",
        ),
        (
            "type",
            "wedata/v20250806/WorkflowTriggerConfig.TriggerWaitTimeSecond",
            "int64",
            "uint64",
        ),
        (
            "required-in-request",
            "cdb/v20170320/CreateAccountsRequest.Accounts",
            "no",
            "yes",
        ),
        (
            "status",
            "ecdn/v20191012/DescribeDomains()",
            "deprecated",
            "online",
        ),
    ] {
        let row = (
            fact.to_string(),
            location.to_string(),
            china.to_string(),
            intl.to_string(),
        );
        assert!(differs.contains(&row), "{row:?} not reported");
    }
    // Shared teo has intl-only actions (issue 21: teo +83).
    assert!(
        j["one_site"].as_array().expect("one_site").iter().any(|o| {
            o["site"] == "international"
                && o["subject"] == "action"
                && o["location"]
                    .as_str()
                    .is_some_and(|l| l.starts_with("teo/"))
        }),
        "no intl-only teo action"
    );
}

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Every count the oracle computes, and the full list of member type disagreements.
#[test]
fn counts_equal_an_independent_count_of_the_json() {
    let Some(py) = python() else {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(!ci, "the channel drift oracle cannot run in CI: no python3");
        eprintln!(
            "\n\n*** SKIPPED counts_equal_an_independent_count_of_the_json: no python3 ***\n"
        );
        return;
    };
    let (china, intl) = pair();
    let out = Command::new(py)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/channels/oracle.py"))
        .arg(specs().join(&china))
        .arg(specs().join("intl").join(&intl))
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let oracle: Value = serde_json::from_slice(&out.stdout).expect("oracle JSON");
    let ours = drift_json();
    let counts = oracle["summary"].as_object().expect("summary");
    assert!(counts.len() >= 18, "{counts:?}");
    for (k, v) in counts {
        assert_eq!(&ours["summary"][k], v, "{k}");
    }
    let mut type_locations: Vec<&str> = ours["differs"]
        .as_array()
        .expect("differs")
        .iter()
        .filter(|x| x["fact"] == "type" || x["fact"] == "format")
        .map(|x| x["location"].as_str().expect("location"))
        .collect();
    type_locations.sort();
    let mut want: Vec<&str> = oracle["type_differs"]
        .as_array()
        .expect("type_differs")
        .iter()
        .map(|x| x.as_str().expect("str"))
        .collect();
    want.sort();
    assert_eq!(type_locations, want);
    // Every service on one site only, with its action count.
    for (site, key) in [("china", "china"), ("international", "international")] {
        let theirs = oracle["services_only"][key].as_object().expect("services");
        let mine: Vec<(&str, &Value)> = ours["one_site"]
            .as_array()
            .expect("one_site")
            .iter()
            .filter(|o| o["site"] == site && o["subject"] == "service")
            .map(|o| (o["location"].as_str().expect("loc"), &o["actions"]))
            .collect();
        let want: Vec<(&str, &Value)> = theirs.iter().map(|(k, v)| (k.as_str(), v)).collect();
        assert_eq!(mine, want, "{site}");
    }
}

#[test]
fn text_words_it_by_site_and_bad_input_exits_2() {
    let (china, intl) = pair();
    let out = specdiff(&["--channels", &china, &intl, "--service", "gse,cvm"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        format!("Channel drift: China {china} · International {intl}"),
        "International only (".to_string(),
        "  service gse (22 actions)".to_string(),
        "China only (".to_string(),
    ] {
        assert!(text.contains(&want), "{want}:\n{text}");
    }
    for word in ["added", "removed"] {
        assert!(!text.contains(word), "{word}:\n{text}");
    }
    // An intl release name is looked up under specs/intl/ only.
    let mut bad = vec![
        vec!["--channels", &china, "9.9.9.9"],
        vec!["--channels", &china, &intl, "--format", "markdown"],
        vec!["--channels", &china, &intl, "--service", "nosuch"],
    ];
    if !specs().join("intl").join(&china).exists() {
        bad.push(vec!["--channels", &china, &china]);
    }
    for args in bad {
        let out = specdiff(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim().lines().count(),
            1,
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A gate has no meaning here: refused as a usage error.
    let out = specdiff(&["--channels", &china, &intl, "--fail-on", "ERR"]);
    assert_eq!(out.status.code(), Some(2));
}
