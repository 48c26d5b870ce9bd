//! `cargo xtask bench compile`: what the generated crates cost to compile,
//! beside an aws-sdk crate measured in the same run.
//!
//! Each figure is the compile of the measured crates alone: their
//! dependencies are built first, untimed, in the same target directory.
//! CPU time and peak memory come from GNU time (`/usr/bin/time`), which
//! reports the rusage of cargo and every rustc it runs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Failure;

/// How many times the anchor (aws-sdk-sts) is checked; the ratio uses the median.
const ANCHOR_RUNS: usize = 5;

/// Wall seconds, CPU seconds (user + system), peak RSS in MB.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: f64,
    cpu: f64,
    peak_mb: f64,
}

fn timed(cmd: &mut Command) -> Result<Cost, Failure> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let args: Vec<String> = cmd
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut t = Command::new("/usr/bin/time");
    t.arg("-f")
        .arg("@@time %e %U %S %M")
        .arg(&program)
        .args(&args);
    if let Some(dir) = cmd.get_current_dir() {
        t.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => t.env(k, v),
            None => t.env_remove(k),
        };
    }
    let out = t.output().map_err(|e| {
        Failure::input(format!(
            "/usr/bin/time: {e} (GNU time is needed for CPU and memory figures)"
        ))
    })?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(Failure::internal(format!(
            "{program} {} failed:\n{}",
            args.join(" "),
            stderr
                .lines()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n")
        )));
    }
    let line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("@@time "))
        .ok_or_else(|| Failure::internal("no timing line from /usr/bin/time"))?;
    let f: Vec<f64> = line
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    match f.as_slice() {
        [wall, user, sys, kb] => Ok(Cost {
            wall: *wall,
            cpu: user + sys,
            peak_mb: kb / 1024.0,
        }),
        _ => Err(Failure::internal(format!(
            "cannot parse timing line {line:?}"
        ))),
    }
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(dir)
        .args(args)
        .arg("--target-dir")
        .arg(target)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS");
    c
}

fn run_quiet(mut c: Command) -> Result<(), Failure> {
    let out = c
        .output()
        .map_err(|e| Failure::internal(format!("cargo: {e}")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(Failure::internal(format!(
            "{:?} failed: {}",
            c.get_args().collect::<Vec<_>>(),
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        )))
    }
}

/// Operations in an aws-sdk crate: the directories under `src/operation/`.
fn aws_operations(project: &Path) -> Result<usize, Failure> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(project)
        .args(["metadata", "--format-version", "1"])
        .output()
        .map_err(|e| Failure::internal(format!("cargo metadata: {e}")))?;
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| Failure::internal(format!("cargo metadata: {e}")))?;
    let manifest = meta["packages"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == "aws-sdk-sts"))
        .and_then(|p| p["manifest_path"].as_str())
        .ok_or_else(|| Failure::internal("aws-sdk-sts not in cargo metadata"))?;
    let ops = Path::new(manifest).with_file_name("src").join("operation");
    let n = std::fs::read_dir(&ops)
        .map_err(|e| Failure::internal(format!("{}: {e}", ops.display())))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .count();
    Ok(n)
}

pub fn run(skip_aws: bool, serde: bool) -> Result<(), Failure> {
    let root = crate::workspace_root();
    let target = root.join("target").join("bench-compile");
    let _ = std::fs::remove_dir_all(&target);
    let services: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(root.join("crates/services"))
            .map_err(|e| Failure::input(format!("crates/services: {e}")))?
            .flatten()
            .filter(|e| e.path().join("Cargo.toml").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let release = crate::codegen::newest_release(&root.join("specs"))?;
    let load = |d: PathBuf| {
        tencent_cloud_spec::Release::load(d).map_err(|e| Failure::input(e.to_string()))
    };
    let mut rel = load(root.join("specs").join(&release))?;
    // The crates are generated from both channels: count the merged actions.
    if let Some(intl) = crate::codegen::newest_intl_release(&root.join("specs"))? {
        let dir = root
            .join("specs")
            .join(tencent_cloud_spec::INTL_DIR)
            .join(intl);
        rel = tencent_cloud_spec::merge_channels(rel, load(dir)?).0;
    }
    let actions: usize = rel
        .api_versions()
        .map(|a| {
            a.actions
                .values()
                .filter(|x| x.status.is_callable())
                .count()
        })
        .sum();
    let bytes: u64 = walk_rs(&root.join("crates/services"));

    // Every API version of every crate, and `serde` only when asked: `--all-features`
    // would turn `serde` on.
    let versions = |svc: &str| -> Vec<String> {
        let manifest =
            std::fs::read_to_string(root.join("crates/services").join(svc).join("Cargo.toml"))
                .unwrap_or_default();
        manifest
            .lines()
            .filter_map(|l| l.strip_suffix(" = []"))
            .filter(|f| f.starts_with('v') && f[1..].bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned)
            .collect()
    };
    let features = |svcs: &[String], serde_on: bool| -> String {
        let mut f = Vec::new();
        for s in svcs {
            let name = tencent_cloud_plan::crate_name(s);
            for v in versions(s) {
                f.push(format!("{name}/{v}"));
            }
            if serde_on {
                f.push(format!("{name}/serde"));
            }
        }
        f.join(",")
    };
    let cwp_crate = tencent_cloud_plan::crate_name("cwp");
    let modes: &[bool] = if serde { &[false, true] } else { &[false] };
    println!(
        "generated crates ({release}): {} crates, {actions} actions, {:.1} MB of Rust",
        services.len(),
        bytes as f64 / 1e6
    );
    let mut costs = Vec::new();
    for &serde_on in modes {
        let label = if serde_on { "serde on " } else { "serde off" };
        let target = if serde_on {
            root.join("target").join("bench-compile-serde")
        } else {
            target.clone()
        };
        let _ = std::fs::remove_dir_all(&target);
        eprintln!("warming dependencies (untimed)...");
        run_quiet(cargo(
            &root,
            &target,
            &["check", "-p", "tencent-cloud-core"],
        ))?;
        let mut all = cargo(&root, &target, &["check"]);
        for s in &services {
            all.arg("-p").arg(tencent_cloud_plan::crate_name(s));
        }
        all.arg("--features").arg(features(&services, serde_on));
        eprintln!(
            "cargo check of {} service crates, every API version, {label}...",
            services.len()
        );
        let ours = timed(&mut all)?;
        run_quiet(cargo(&root, &target, &["clean", "-p", &cwp_crate]))?;
        eprintln!("cargo check of cwp alone, {label}...");
        let cwp = timed(
            cargo(&root, &target, &["check", "-p", &cwp_crate])
                .arg("--features")
                .arg(features(&["cwp".to_owned()], serde_on)),
        )?;
        println!(
            "  {label} check all:  {:>7.1} s wall  {:>7.1} CPU-s  {:>6.0} MB peak   {:.2} CPU-ms/action   (targets: <= 300 s wall)",
            ours.wall,
            ours.cpu,
            ours.peak_mb,
            ours.cpu * 1e3 / actions as f64
        );
        println!(
            "  {label} check cwp:  {:>7.1} s wall  {:>7.1} CPU-s  {:>6.0} MB peak   (targets: <= 25 s, <= 1200 MB)",
            cwp.wall, cwp.cpu, cwp.peak_mb
        );
        costs.push((label, ours));
    }
    if let [(_, off), (_, on)] = &costs[..] {
        println!(
            "  serde on / off: {:.2}x CPU, {:.2}x peak memory",
            on.cpu / off.cpu,
            on.peak_mb / off.peak_mb
        );
    }

    if skip_aws {
        return Ok(());
    }
    let aws_dir = target.join("aws-anchor");
    std::fs::create_dir_all(aws_dir.join("src"))
        .map_err(|e| Failure::internal(format!("{}: {e}", aws_dir.display())))?;
    std::fs::write(
        aws_dir.join("Cargo.toml"),
        "[package]\nname = \"aws-anchor\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\naws-sdk-sts = \"1\"\n",
    )
    .map_err(|e| Failure::internal(e.to_string()))?;
    std::fs::write(aws_dir.join("src/lib.rs"), "pub use aws_sdk_sts;\n")
        .map_err(|e| Failure::internal(e.to_string()))?;
    let aws_target = target.join("aws-target");
    eprintln!("warming aws-sdk-sts dependencies (untimed)...");
    run_quiet(cargo(&aws_dir, &aws_target, &["check"]))?;
    // The anchor's check takes about 1.3 CPU-s, so one run varies by ±10% with the
    // machine; the median of several is what the ratio uses.
    let mut runs = Vec::new();
    for i in 1..=ANCHOR_RUNS {
        run_quiet(cargo(
            &aws_dir,
            &aws_target,
            &["clean", "-p", "aws-sdk-sts"],
        ))?;
        eprintln!("cargo check of aws-sdk-sts alone ({i} of {ANCHOR_RUNS})...");
        runs.push(timed(&mut cargo(
            &aws_dir,
            &aws_target,
            &["check", "-p", "aws-sdk-sts"],
        ))?);
    }
    runs.sort_by(|a, b| a.cpu.total_cmp(&b.cpu));
    let aws = runs[runs.len() / 2];
    let ops = aws_operations(&aws_dir)?;
    let per_op = |c: &Cost| c.cpu * 1e3 / ops.max(1) as f64;
    let aws_per = per_op(&aws);
    println!(
        "anchor aws-sdk-sts: {ops} operations; check {:.1} s wall, {:.2} CPU-s, {:.0} MB peak, {:.0} CPU-ms/operation (median of {ANCHOR_RUNS} runs; {:.0}–{:.0})",
        aws.wall,
        aws.cpu,
        aws.peak_mb,
        aws_per,
        per_op(&runs[0]),
        per_op(&runs[runs.len() - 1])
    );
    for (label, ours) in &costs {
        let ours_per = ours.cpu * 1e3 / actions as f64;
        println!(
            "ratio ours/aws per operation, {label}: {:.3} (target <= 0.1 with serde off)",
            ours_per / aws_per
        );
    }
    Ok(())
}

fn walk_rs(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                total += e.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    total
}
