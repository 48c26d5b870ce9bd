//! Response decoding: bytes → the generated `DescribeInstancesResponse` of cvm with 100
//! instances, beside serde_json's derive decoding the same bytes into equivalent structs
//! (same fields, same wire names, all `Option`; produced from the generated source by
//! build.rs) in the same run.
//!
//! Run: `cargo bench -p tencent-cloud-benches --bench decode`. The ratio is printed last.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use tencent_cloud_core::rt;

#[allow(dead_code, deprecated, non_snake_case, clippy::all)]
mod mirror {
    #[allow(unused_imports)] // for `rt::Value` members, if the model has any
    use tencent_cloud_core::rt;

    /// The generated model list, as serde-derive structs.
    macro_rules! serde_mirror {
        ( $( $(#[$meta:meta])* pub struct $name:ident : $kind:ident { $($body:tt)* } )* ) => {
            $( serde_mirror_one! { $kind $name { $($body)* } } )*
        };
    }

    /// One struct; a `response` gets the `RequestId` field `rt::model!` adds to it.
    macro_rules! serde_mirror_one {
        ( response $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $key:literal ),* $(,)?
        } ) => {
            serde_mirror_one! { decode $name {
                $( $field: $ty = $key, )*
                request_id: String = "RequestId",
            } }
        };
        ( $kind:ident $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $key:literal ),* $(,)?
        } ) => {
            #[derive(serde::Deserialize, Default, Debug)]
            #[serde(default)]
            pub struct $name { $( #[serde(rename = $key)] pub $field: Option<$ty>, )* }
        };
    }
    include!(concat!(env!("OUT_DIR"), "/cvm_mirror.rs"));
}

/// The DescribeInstances example's `Response`, its one instance repeated 100 times
/// (with distinct ids), as compact JSON.
fn body() -> Vec<u8> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let release = std::fs::read_to_string(root.join("crates/services/RELEASE")).expect("RELEASE");
    let path = root.join(format!(
        "specs/{}/cvm/v20170312/examples.json",
        release.trim()
    ));
    let ex: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("examples.json")).expect("json");
    let out = ex["actions"]["DescribeInstances"][0]["output"]
        .as_str()
        .expect("output");
    let mut resp: serde_json::Value = serde_json::from_str(out).expect("example output");
    let resp = resp["Response"].take();
    let one = resp["InstanceSet"][0].clone();
    let mut r = resp.clone();
    r["InstanceSet"] = (0..100)
        .map(|i| {
            let mut x = one.clone();
            x["InstanceId"] = format!("ins-{i:08}").into();
            x
        })
        .collect();
    r["TotalCount"] = 100.into();
    serde_json::to_vec(&r).expect("encode")
}

/// Time per call of `f` over one batch.
fn batch(f: &mut dyn FnMut(), n: u32) -> Duration {
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    t.elapsed() / n
}

/// Median over 21 rounds of (ours, theirs, ours / theirs), each round timing one batch
/// of each back to back, so that both see the same machine.
fn paired(ours: &mut dyn FnMut(), theirs: &mut dyn FnMut()) -> (Duration, Duration, f64) {
    let mut rounds: Vec<(Duration, Duration, f64)> = (0..21)
        .map(|i| {
            let (a, b) = if i % 2 == 0 {
                let a = batch(ours, 50);
                (a, batch(theirs, 50))
            } else {
                let b = batch(theirs, 50);
                (batch(ours, 50), b)
            };
            (a, b, a.as_secs_f64() / b.as_secs_f64())
        })
        .collect();
    rounds.sort_by(|x, y| x.2.total_cmp(&y.2));
    rounds[rounds.len() / 2]
}

fn main() {
    let bytes = body();
    let ours: tencent_cloud_cvm::v20170312::DescribeInstancesResponse =
        rt::from_slice(&bytes).expect("ours decodes");
    let theirs: mirror::DescribeInstancesResponse =
        serde_json::from_slice(&bytes).expect("serde derive decodes");
    let (a, b) = (
        ours.instance_set.as_ref().map(Vec::len),
        theirs.instance_set.as_ref().map(Vec::len),
    );
    assert_eq!(a, b, "both see every instance");
    assert!(
        ours.instance_set
            .iter()
            .flatten()
            .all(|i| i._unknown_fields.is_empty())
    );

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("decode DescribeInstances (100 instances)");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("tencent-cloud-cvm", |b| {
        b.iter(|| {
            let r: tencent_cloud_cvm::v20170312::DescribeInstancesResponse =
                rt::from_slice(black_box(&bytes)).expect("decode");
            r
        })
    });
    g.bench_function("serde_json derive", |b| {
        b.iter(|| {
            let r: mirror::DescribeInstancesResponse =
                serde_json::from_slice(black_box(&bytes)).expect("decode");
            r
        })
    });
    g.finish();

    // The summary: the median round of paired batches.
    let (ours, derive, ratio) = paired(
        &mut || {
            let r: tencent_cloud_cvm::v20170312::DescribeInstancesResponse =
                rt::from_slice(black_box(&bytes)).expect("decode");
            black_box(r);
        },
        &mut || {
            let r: mirror::DescribeInstancesResponse =
                serde_json::from_slice(black_box(&bytes)).expect("decode");
            black_box(r);
        },
    );
    println!(
        "\ndecode of {} bytes: ours {:.1} µs, serde_json derive {:.1} µs: ratio {:.2}x (target ≤ 1.0; median of 21 paired rounds)",
        bytes.len(),
        ours.as_secs_f64() * 1e6,
        derive.as_secs_f64() * 1e6,
        ratio
    );
}
