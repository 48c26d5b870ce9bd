//! Hostile credential inputs: special files, huge files and non-UTF-8 variables give a
//! prompt error naming the file or variable, never a hang or an unbounded read.

#![cfg(target_os = "linux")]

use std::os::unix::ffi::OsStringExt as _;
use std::time::{Duration, Instant};

use tencent_cloud_core::credentials::Env;
use tencent_cloud_core::credentials::{
    EnvironmentProvider, ProfileFileProvider, ProvideCredentials,
};

async fn profile_error(file: &std::path::Path) -> String {
    let env = Env::empty().with_var("TENCENTCLOUD_CREDENTIALS_FILE", file.display().to_string());
    let t0 = Instant::now();
    let err = tokio::time::timeout(
        Duration::from_secs(10),
        ProfileFileProvider::new(env).provide_credentials(),
    )
    .await
    .expect("no hang")
    .expect_err("not a usable file");
    assert!(t0.elapsed() < Duration::from_secs(5));
    err.to_string()
}

#[tokio::test]
async fn fifos_devices_and_huge_files_are_refused_promptly() {
    let dir = tempfile::tempdir().expect("tmp");
    // A FIFO nobody writes to: opening it would block forever.
    let fifo = dir.path().join("credentials.fifo");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("path");
    assert_eq!(unsafe { libc_mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    let e = profile_error(&fifo).await;
    assert!(
        e.contains("credentials.fifo") && e.contains("not a regular file"),
        "{e}"
    );

    // A link to /dev/zero: reading it would never end.
    let zero = dir.path().join("zero-link");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    let e = profile_error(&zero).await;
    assert!(
        e.contains("zero-link") && e.contains("not a regular file"),
        "{e}"
    );

    // Over the size cap.
    let big = dir.path().join("big");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(2 << 20).expect("sparse 2 MiB");
    let e = profile_error(&big).await;
    assert!(e.contains("big") && e.contains("larger than"), "{e}");

    // A directory.
    let e = profile_error(dir.path()).await;
    assert!(e.contains("not a regular file"), "{e}");
}

#[tokio::test]
async fn a_non_utf8_variable_is_named_not_called_unset() {
    let env = Env::empty()
        .with_var("TENCENTCLOUD_SECRET_ID", "AKIDexample")
        .with_var_os(
            "TENCENTCLOUD_SECRET_KEY",
            std::ffi::OsString::from_vec(vec![b'k', 0xff, 0xfe]),
        );
    let err = EnvironmentProvider::new(env)
        .provide_credentials()
        .await
        .expect_err("not UTF-8");
    let text = err.to_string();
    assert!(
        text.contains("TENCENTCLOUD_SECRET_KEY") && text.contains("not valid UTF-8"),
        "{text}"
    );
    assert!(!text.contains("not set"), "{text}");
}

unsafe extern "C" {
    #[link_name = "mkfifo"]
    fn libc_mkfifo(path: *const std::ffi::c_char, mode: u32) -> i32;
}

/// A tccli `role-arn` profile whose STS call cannot connect names the profile file and
/// the STS action, not only the address (found by fuzzing the tccli profile parser).
#[tokio::test]
async fn a_failed_role_arn_profile_says_which_file_and_action() {
    use tencent_cloud_core::credentials::TccliProfileProvider;
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join(".tccli");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("default.credential"),
        r#"{"secretId": "AKIDlong", "secretKey": "long-key", "role-arn": "qcs::cam::uin/7:roleName/ops"}"#,
    )
    .expect("write");
    // A port nobody listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    std::fs::write(
        dir.join("default.configure"),
        format!(r#"{{"sts": {{"endpoint": "http://127.0.0.1:{port}"}}}}"#),
    )
    .expect("write");
    let err = tokio::time::timeout(
        Duration::from_secs(30),
        TccliProfileProvider::new(Env::empty().with_home(home.path())).provide_credentials(),
    )
    .await
    .expect("no hang")
    .expect_err("nothing answers");
    let text = err.to_string();
    assert!(
        text.contains("default.credential") && text.contains("STS AssumeRole"),
        "{text}"
    );
    assert!(!text.contains("long-key"), "{text}");
}
