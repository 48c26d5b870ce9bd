//! Every renderer names crates as the plan does (`tencent-cloud-<service>`),
//! never by the old `tencentcloud-sdk-<service>` names.

use std::path::Path;
use std::process::Command;

fn write(root: &Path, release: &str, api: &serde_json::Value) {
    let d = root.join(release).join("csip").join("v20221121");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("api.json"), serde_json::to_vec(api).unwrap()).unwrap();
}

fn spec(extra: bool) -> serde_json::Value {
    let mut members = vec![
        serde_json::json!({"name": "Id", "type": "string", "member": "string", "document": "d"}),
    ];
    if extra {
        members.push(serde_json::json!({"name": "Zone", "type": "string", "member": "string", "document": "d"}));
    }
    serde_json::json!({
      "metadata": {"apiVersion": "2022-11-21", "serviceNameCN": "云安全一体化平台", "serviceShortName": "csip"},
      "actions": {"Get": {"name": "获取", "document": "", "input": "GetRequest", "output": "GetResponse", "status": "online"}},
      "objects": {
        "GetRequest": {"document": "", "members": members},
        "GetResponse": {"document": "", "members": [{"name": "RequestId", "type": "string", "member": "string", "document": "d"}]}
      }
    })
}

#[test]
fn every_format_names_the_crate_from_the_plan() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "1.0.0", &spec(false));
    write(tmp.path(), "1.0.1", &spec(true));
    let (old, new) = (tmp.path().join("1.0.0"), tmp.path().join("1.0.1"));
    for format in ["text", "json", "markdown"] {
        let o = Command::new(env!("CARGO_BIN_EXE_tc-specdiff"))
            .arg(&old)
            .arg(&new)
            .args(["--format", format, "--color", "never"])
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains("tencent-cloud-csip"), "{format}: {out}");
        assert!(!out.contains("tencentcloud-sdk-"), "{format}: {out}");
    }
}
