//! Credential providers against temporary HOME directories and loopback servers standing
//! in for STS, the CVM metadata service and tccli's SSO endpoints.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{Http, Reply, Request, closed_port_url, now_secs, sts_body, write};
use serde_json::{Value, json};
use tencent_cloud_core::credentials::{
    AssumeRoleProvider, Clock, CvmRoleProvider, DefaultChain, Env, EnvironmentProvider, LazyCache,
    ProfileFileProvider, ProvideCredentials, TccliProfileProvider, WebIdentityProvider,
};
use tencent_cloud_core::{Credential, Error};

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn env_home(h: &Path) -> Env {
    Env::empty().with_home(h)
}

fn creds_err(e: &Error) -> String {
    match e {
        Error::Credentials(m) => m.clone(),
        other => panic!("expected Error::Credentials, got {other:?}"),
    }
}

// ---------- environment ----------

#[tokio::test]
async fn environment_variables() {
    let env = Env::empty()
        .with_var("TENCENTCLOUD_SECRET_ID", "AKIDenv")
        .with_var("TENCENTCLOUD_SECRET_KEY", "env-key")
        .with_var("TENCENTCLOUD_TOKEN", "env-token");
    let c = EnvironmentProvider::new(env)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDenv");
    assert_eq!(c.secret_key().expose(), "env-key");
    assert_eq!(c.token().map(|t| t.expose()), Some("env-token"));
    assert_eq!(c.provider(), "environment");
    assert_eq!(c.expiry(), None);

    // Neither: not found. One: an error naming the missing one. Empty counts as unset.
    let e = EnvironmentProvider::new(Env::empty())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
    let e = EnvironmentProvider::new(
        Env::empty()
            .with_var("TENCENTCLOUD_SECRET_ID", "AKID")
            .with_var("TENCENTCLOUD_SECRET_KEY", ""),
    )
    .provide_credentials()
    .await
    .unwrap_err();
    assert!(
        creds_err(&e).contains("TENCENTCLOUD_SECRET_KEY is not"),
        "{e}"
    );
}

// ---------- INI ----------

#[tokio::test]
async fn ini_profile_file_default_named_and_env_path() {
    let h = home();
    write(
        &h.path().join(".tencentcloud/credentials"),
        "# shared file\n[default]\nsecret_id = AKIDini\nsecret_key = \"ini-key\"\n\n[prod]\nsecret_id=AKIDprod\nsecret_key=prod-key\n",
    );
    let env = env_home(h.path());
    let c = ProfileFileProvider::new(env.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(
        (c.secret_id(), c.secret_key().expose()),
        ("AKIDini", "ini-key")
    );
    assert_eq!(c.provider(), "profile-file");
    let c = ProfileFileProvider::new(env.clone())
        .profile("prod")
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDprod");

    let other = h.path().join("elsewhere.ini");
    write(
        &other,
        "[default]\nsecret_id = AKIDother\nsecret_key = k2\n",
    );
    let c = ProfileFileProvider::new(
        env.clone()
            .with_var("TENCENTCLOUD_CREDENTIALS_FILE", other.to_str().unwrap()),
    )
    .provide_credentials()
    .await
    .unwrap();
    assert_eq!(c.secret_id(), "AKIDother");

    // Absent default file: not found; absent named file: an error naming it.
    let empty = home();
    let e = ProfileFileProvider::new(env_home(empty.path()))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
    let missing = empty.path().join("nope.ini");
    let e = ProfileFileProvider::new(
        env_home(empty.path()).with_var("TENCENTCLOUD_CREDENTIALS_FILE", missing.to_str().unwrap()),
    )
    .provide_credentials()
    .await
    .unwrap_err();
    assert!(creds_err(&e).contains("nope.ini"), "{e}");
}

#[tokio::test]
async fn ini_profile_file_falls_back_to_the_machine_wide_file() {
    let h = home();
    let etc = home();
    let env = env_home(h.path()).with_system_dir(etc.path());
    // Neither file: not found, naming both places.
    let e = ProfileFileProvider::new(env.clone())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
    let text = e.to_string();
    assert!(
        text.contains(".tencentcloud/credentials") && text.contains("tencentcloud/credentials"),
        "{text}"
    );
    // Only the machine-wide one (the Python SDK's /etc/tencentcloud/credentials).
    write(
        &etc.path().join("tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDetc\nsecret_key = etc-key\n",
    );
    let c = ProfileFileProvider::new(env.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDetc");
    // The user's file wins.
    write(
        &h.path().join(".tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDhome\nsecret_key = home-key\n",
    );
    let c = ProfileFileProvider::new(env)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDhome");
}

#[tokio::test]
async fn malformed_ini_names_file_line_and_key_not_the_secret() {
    let h = home();
    let path = h.path().join(".tencentcloud/credentials");
    let env = env_home(h.path());
    let cases: &[(&str, &[&str])] = &[
        (
            "[default]\nsecret_id = AKID\nsecret_key INI-SECRET-1\n",
            &["line 3"],
        ),
        (
            "[default]\nsecret_id = AKID\n",
            &["\"secret_key\"", "[default]"],
        ),
        (
            "[default]\nsecret_id = AKID\nsecret_key =\n",
            &["\"secret_key\"", "empty"],
        ),
        (
            "[other]\nsecret_id = AKID\nsecret_key = INI-SECRET-1\n",
            &["[default]"],
        ),
        ("[default\nsecret_key = INI-SECRET-1\n", &["line 1"]),
    ];
    for (text, wants) in cases {
        write(&path, text);
        let e = ProfileFileProvider::new(env.clone())
            .provide_credentials()
            .await
            .unwrap_err();
        let msg = creds_err(&e);
        assert!(msg.contains(path.to_str().unwrap()), "{msg}");
        for w in *wants {
            assert!(msg.contains(w), "{msg} lacks {w}");
        }
        assert!(!format!("{e} {e:?}").contains("INI-SECRET-1"), "{e}");
    }
}

// ---------- tccli static ----------

#[tokio::test]
async fn tccli_static_profile_and_tccli_profile_var() {
    let h = home();
    write(
        &h.path().join(".tccli/default.credential"),
        r#"{"secretId": "AKIDtccli", "secretKey": "tccli-key"}"#,
    );
    write(
        &h.path().join(".tccli/dev.credential"),
        r#"{"secretId": "AKIDdev", "secretKey": "dev-key", "token": "dev-token"}"#,
    );
    let c = TccliProfileProvider::new(env_home(h.path()))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(
        (c.secret_id(), c.provider()),
        ("AKIDtccli", "tccli-profile")
    );
    assert!(c.token().is_none());
    let c = TccliProfileProvider::new(env_home(h.path()).with_var("TCCLI_PROFILE", "dev"))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDdev");
    assert_eq!(c.token().map(|t| t.expose()), Some("dev-token"));

    let e = TccliProfileProvider::new(env_home(h.path()))
        .profile("absent")
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
}

#[tokio::test]
async fn malformed_tccli_files_name_file_and_key_not_the_secret() {
    let h = home();
    let path = h.path().join(".tccli/default.credential");
    let env = env_home(h.path());
    let cases: &[(&str, &[&str])] = &[
        (
            r#"{"secretId": "AKID", "secretKey": "JSON-SECRET-1""#,
            &["not valid JSON"],
        ),
        (r#"["JSON-SECRET-1"]"#, &["expected a JSON object"]),
        (r#"{"secretId": "AKID"}"#, &["\"secretKey\"", "missing"]),
        (
            r#"{"secretId": "AKID", "secretKey": 1234567890123}"#,
            &["\"secretKey\"", "must be a string, found a number"],
        ),
        (
            r#"{"secretId": "AKID", "secretKey": "JSON-SECRET-1", "token": ["JSON-SECRET-2"]}"#,
            &["\"token\"", "an array"],
        ),
        (
            r#"{"type": "sso", "secretId": "AKID", "secretKey": "JSON-SECRET-1", "token": "JSON-SECRET-2", "expiresAt": "soon"}"#,
            &["\"expiresAt\"", "must be a number"],
        ),
        (
            r#"{"type": "kerberos", "secretId": "AKID", "secretKey": "JSON-SECRET-1"}"#,
            &["\"type\"", "kerberos"],
        ),
        (
            r#"{"sso": {"authUrl": "https://example.com/sso"}}"#,
            &["tccli sso login --profile default"],
        ),
    ];
    for (text, wants) in cases {
        write(&path, text);
        let e = TccliProfileProvider::new(env.clone())
            .provide_credentials()
            .await
            .unwrap_err();
        let msg = creds_err(&e);
        assert!(msg.contains(path.to_str().unwrap()), "{msg}");
        for w in *wants {
            assert!(msg.contains(w), "{msg} lacks {w}");
        }
        let all = format!("{e} {e:?}");
        assert!(
            !all.contains("JSON-SECRET") && !all.contains("1234567890123"),
            "{all}"
        );
    }
}

// ---------- STS AssumeRole and tccli role-arn ----------

fn sts_server(expired: i64) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |_req| Reply::json(sts_body("AKIDtmp", "tmp-key", "tmp-token", expired, true))
}

#[tokio::test]
async fn sts_assume_role_is_signed_by_the_source_and_configurable() {
    let exp = now_secs() + 3600;
    let sts = Http::start(sts_server(exp)).await;
    let p = AssumeRoleProvider::new(
        Credential::new("AKIDsource", "source-key"),
        "qcs::cam::uin/100:roleName/deployer",
    )
    .session_name("ci-run")
    .duration(Duration::from_secs(900))
    .region("ap-shanghai")
    .endpoint(sts.url());
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDtmp");
    assert_eq!(c.secret_key().expose(), "tmp-key");
    assert_eq!(c.token().unwrap().expose(), "tmp-token");
    assert_eq!(c.provider(), "assume-role");
    assert_eq!(
        c.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(exp as u64))
    );
    let reqs = sts.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert!(r.tc3_signed_by("AKIDsource", "source-key"));
    assert_eq!(r.header("x-tc-action"), Some("AssumeRole"));
    assert_eq!(r.header("x-tc-version"), Some("2018-08-13"));
    assert_eq!(r.header("x-tc-region"), Some("ap-shanghai"));
    assert_eq!(
        r.json(),
        json!({"RoleArn": "qcs::cam::uin/100:roleName/deployer", "RoleSessionName": "ci-run", "DurationSeconds": 900})
    );

    // A refusal comes back as the service error.
    let refuse = Http::start(|_| {
        Reply::json(r#"{"Response": {"Error": {"Code": "AuthFailure.SecretIdNotFound", "Message": "no"}, "RequestId": "r"}}"#)
    })
    .await;
    let e = AssumeRoleProvider::new(Credential::new("AKIDx", "k"), "qcs::cam::uin/1:roleName/r")
        .endpoint(refuse.url())
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("AuthFailure.SecretIdNotFound"));
    // Out-of-range duration is refused before any call.
    let e = AssumeRoleProvider::new(Credential::new("AKIDx", "k"), "r")
        .duration(Duration::from_secs(50_000))
        .endpoint(refuse.url())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput(_)), "{e:?}");
}

#[tokio::test]
async fn sts_calls_reuse_the_clients_proxy_and_user_agent() {
    // The STS stand-in plays the proxy: it gets the absolute-form request for a host
    // that does not resolve.
    let proxy = Http::start(sts_server(now_secs() + 3600)).await;
    let config = tencent_cloud_core::ClientConfig::builder()
        .proxy(proxy.url())
        .user_agent("my-app/1.0")
        .build()
        .unwrap();
    let c = AssumeRoleProvider::new(Credential::new("AKIDsource", "source-key"), "r")
        .endpoint("http://sts.proxied.invalid")
        .transport_from(&config)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDtmp");
    let reqs = proxy.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].header("host"), Some("sts.proxied.invalid"));
    assert_eq!(reqs[0].header("user-agent"), Some("my-app/1.0"));
    assert!(reqs[0].tc3_signed_by("AKIDsource", "source-key"));

    // The same through the default chain (tccli role-arn profile), as SdkConfig::from_env
    // builds it.
    let h = home();
    write(
        &h.path().join(".tccli/default.credential"),
        &json!({"secretId": "AKIDsource", "secretKey": "source-key", "role-arn": "qcs::cam::uin/1:roleName/r"}).to_string(),
    );
    let c = DefaultChain::builder()
        .env(env_home(h.path()))
        .sts_endpoint("http://sts.proxied.invalid")
        .transport_from(&config)
        .build()
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDtmp");
    assert_eq!(proxy.requests().len(), 2);
}

#[tokio::test]
async fn tccli_role_arn_assumes_the_role_via_the_configured_sts_endpoint() {
    let sts = Http::start(sts_server(now_secs() + 7200)).await;
    let h = home();
    write(
        &h.path().join(".tccli/default.credential"),
        r#"{"secretId": "AKIDlong", "secretKey": "long-key", "role-arn": "qcs::cam::uin/7:roleName/ops", "role-session-name": "tccli-sess"}"#,
    );
    // tccli passes `sts.endpoint` of the .configure file to AssumeRole.
    write(
        &h.path().join(".tccli/default.configure"),
        &json!({"_sys_param": {"region": "ap-beijing"}, "sts": {"endpoint": sts.url(), "version": "2018-08-13"}}).to_string(),
    );
    let c = TccliProfileProvider::new(env_home(h.path()))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDtmp");
    assert_eq!(c.provider(), "tccli-profile+assume-role");
    let r = &sts.requests()[0];
    assert!(r.tc3_signed_by("AKIDlong", "long-key"));
    let body = r.json();
    assert_eq!(body["RoleArn"], "qcs::cam::uin/7:roleName/ops");
    assert_eq!(body["RoleSessionName"], "tccli-sess");
    assert_eq!(body["DurationSeconds"], 7200);
}

// ---------- TKE OIDC ----------

#[tokio::test]
async fn tke_oidc_is_unsigned_and_honours_tke_region() {
    let sts = Http::start(sts_server(now_secs() + 7200)).await;
    let h = home();
    let token_file = h.path().join("token");
    write(&token_file, "eyJ-web-identity-token\n");
    let env = Env::empty()
        .with_var("TKE_REGION", "ap-chengdu")
        .with_var("TKE_PROVIDER_ID", "oidc-provider")
        .with_var("TKE_WEB_IDENTITY_TOKEN_FILE", token_file.to_str().unwrap())
        .with_var("TKE_ROLE_ARN", "qcs::cam::uin/9:roleName/pod");
    let c = WebIdentityProvider::from_tke_env(&env)
        .unwrap()
        .endpoint(sts.url())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!((c.secret_id(), c.provider()), ("AKIDtmp", "tke-oidc"));
    let r = &sts.requests()[0];
    assert_eq!(r.header("authorization"), Some("SKIP"));
    assert_eq!(r.header("x-tc-action"), Some("AssumeRoleWithWebIdentity"));
    assert_eq!(r.header("x-tc-region"), Some("ap-chengdu"));
    assert_eq!(r.header("x-tc-token"), None);
    let body = r.json();
    assert_eq!(body["ProviderId"], "oidc-provider");
    assert_eq!(body["WebIdentityToken"], "eyJ-web-identity-token");
    assert_eq!(body["RoleArn"], "qcs::cam::uin/9:roleName/pod");
    assert!(
        body["RoleSessionName"]
            .as_str()
            .unwrap()
            .starts_with("tencentcloud-rust-sdk-")
    );

    let e =
        WebIdentityProvider::from_tke_env(&env.clone().without_var("TKE_ROLE_ARN")).unwrap_err();
    assert!(
        matches!(&e, Error::CredentialsNotFound(m) if m.contains("TKE_ROLE_ARN")),
        "{e:?}"
    );
}

// ---------- CVM role ----------

fn metadata_server(
    expired: Arc<AtomicI64>,
    delay: Duration,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |req| {
        match req.path.as_str() {
        "/latest/meta-data/cam/security-credentials/" => Reply::json("cvm-role-1"),
        "/latest/meta-data/cam/security-credentials/cvm-role-1" => Reply::json(format!(
            r#"{{"TmpSecretId": "AKIDcvm", "TmpSecretKey": "cvm-key", "Token": "cvm-token", "ExpiredTime": {}, "Expiration": "x", "Code": "Success"}}"#,
            expired.load(Ordering::SeqCst)
        ))
        .delayed(delay),
        _ => Reply::status(404, "application/json", "not found"),
    }
    }
}

const CREDS_PATH: &str = "/latest/meta-data/cam/security-credentials/cvm-role-1";

#[tokio::test]
async fn cvm_role_from_metadata_and_refreshed_before_expired_time() {
    let t0 = now_secs();
    let expired = Arc::new(AtomicI64::new(t0 + 3600));
    let md = Http::start(metadata_server(expired.clone(), Duration::ZERO)).await;
    let provider = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", md.url()));
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDcvm");
    assert_eq!(c.token().unwrap().expose(), "cvm-token");
    assert_eq!(c.provider(), "cvm-role");
    assert_eq!(
        c.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs((t0 + 3600) as u64))
    );

    // Cached behind a clock we move: fresh → no call; within 5 min of expiry → refresh.
    let offset = Arc::new(AtomicI64::new(0));
    let o = offset.clone();
    let clock = Clock::from_fn(move || {
        SystemTime::now() + Duration::from_secs(o.load(Ordering::SeqCst) as u64)
    });
    let cache = LazyCache::new(provider).clock(clock);
    cache.provide_credentials().await.unwrap();
    assert_eq!(md.count(CREDS_PATH), 2);
    offset.store(3000, Ordering::SeqCst);
    cache.provide_credentials().await.unwrap();
    assert_eq!(
        md.count(CREDS_PATH),
        2,
        "still fresh at 10 min before expiry"
    );
    expired.store(t0 + 7200, Ordering::SeqCst);
    offset.store(3400, Ordering::SeqCst);
    let c = cache.provide_credentials().await.unwrap();
    assert_eq!(
        md.count(CREDS_PATH),
        3,
        "refreshed 200 s before ExpiredTime"
    );
    assert_eq!(
        c.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs((t0 + 7200) as u64))
    );

    // Not on a CVM / no role bound: not found.
    let e = CvmRoleProvider::new()
        .endpoint(closed_port_url())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
    let e = CvmRoleProvider::new()
        .endpoint(format!("{}/other/", md.url()))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::CredentialsNotFound(_)), "{e:?}");
}

// ---------- cache: single flight, failures ----------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousand_concurrent_calls_on_an_expired_cache_make_one_refresh() {
    let t0 = now_secs();
    let expired = Arc::new(AtomicI64::new(t0 + 3600));
    let md = Http::start(metadata_server(expired.clone(), Duration::from_millis(200))).await;
    let offset = Arc::new(AtomicI64::new(0));
    let o = offset.clone();
    let clock = Clock::from_fn(move || {
        SystemTime::now() + Duration::from_secs(o.load(Ordering::SeqCst) as u64)
    });
    let cache = Arc::new(
        LazyCache::new(
            CvmRoleProvider::new()
                .role_name("cvm-role-1")
                .endpoint(format!("{}/latest/meta-data/", md.url())),
        )
        .clock(clock),
    );
    cache.provide_credentials().await.unwrap();
    assert_eq!(md.count(CREDS_PATH), 1);
    // The cached credentials are now expired.
    expired.store(t0 + 10_000, Ordering::SeqCst);
    offset.store(4000, Ordering::SeqCst);
    let tasks: Vec<_> = (0..1000)
        .map(|_| {
            let c = cache.clone();
            tokio::spawn(async move { c.provide_credentials().await })
        })
        .collect();
    for t in tasks {
        let c = t.await.unwrap().unwrap();
        assert_eq!(
            c.expiry(),
            Some(UNIX_EPOCH + Duration::from_secs((t0 + 10_000) as u64))
        );
    }
    assert_eq!(md.count(CREDS_PATH), 2, "exactly one refresh request");
}

#[derive(Debug)]
struct Flaky {
    calls: Arc<AtomicI64>,
    expiry: SystemTime,
}

impl ProvideCredentials for Flaky {
    fn provide_credentials(
        &self,
    ) -> tencent_cloud_core::credentials::BoxFuture<
        '_,
        Result<tencent_cloud_core::credentials::Credentials, Error>,
    > {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        let expiry = self.expiry;
        Box::pin(async move {
            if n == 0 {
                Ok(tencent_cloud_core::credentials::Credentials::new(
                    Credential::new("AKIDflaky", "k").with_token("t"),
                    Some(expiry),
                    "flaky",
                ))
            } else {
                Err(Error::Credentials("refresh source is down".into()))
            }
        })
    }
}

#[tokio::test]
async fn failed_refresh_serves_valid_credentials_and_reports_the_error() {
    let calls = Arc::new(AtomicI64::new(0));
    let start = SystemTime::now();
    let offset = Arc::new(AtomicI64::new(0));
    let o = offset.clone();
    let clock =
        Clock::from_fn(move || start + Duration::from_secs(o.load(Ordering::SeqCst) as u64));
    let cache = LazyCache::new(Flaky {
        calls: calls.clone(),
        expiry: start + Duration::from_secs(3600),
    })
    .clock(clock);
    assert_eq!(
        cache.provide_credentials().await.unwrap().secret_id(),
        "AKIDflaky"
    );
    assert!(cache.last_refresh_error().is_none());
    // In the refresh window: the refresh fails, the still-valid credentials are served.
    offset.store(3500, Ordering::SeqCst);
    let c = cache.provide_credentials().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDflaky");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let err = cache.last_refresh_error().expect("error reported");
    assert!(err.to_string().contains("refresh source is down"));
    // Within the retry pause: no new attempt.
    cache.provide_credentials().await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    // Past expiry: the error itself.
    offset.store(3700, Ordering::SeqCst);
    let e = cache.provide_credentials().await.unwrap_err();
    assert!(e.to_string().contains("refresh source is down"), "{e}");
}

// ---------- tccli SSO ----------

const LOGIN_TOKEN: &str = "sso-login-token-SECRET";

fn sso_file(expires_at: i64, sso_expires_at: i64) -> String {
    json!({
        "type": "sso",
        "secretId": "AKIDsso-old",
        "secretKey": "sso-old-key",
        "token": "sso-old-token",
        "expiresAt": expires_at,
        "sso": {
            "token": LOGIN_TOKEN,
            "uin": 100012345678u64,
            "roleConfigurationId": "rc-abc123",
            "roleConfigurationName": "AdminAccess",
            "zoneId": "z-xyz789",
            "site": "cn",
            "authUrl": "https://tencentcloudsso.com/login/z-xyz789",
            "expiresAt": sso_expires_at
        },
        "customField": {"kept": true}
    })
    .to_string()
}

fn sso_server(exp: i64, fail: Option<&'static str>) -> impl Fn(&Request) -> Reply + Send + Sync {
    move |req| match (req.path.as_str(), fail) {
        ("/api/org/gen_saml_response", Some("saml")) => Reply::json(format!(
            r#"{{"Error": {{"Code": "InvalidLoginToken", "Message": "token {LOGIN_TOKEN} is invalid"}}}}"#
        )),
        ("/api/org/gen_saml_response", _) => {
            Reply::json(r#"{"SAMLResponse": "PHNhbWw+c2FtbC1hc3NlcnRpb24=", "RequestId": "x"}"#)
        }
        ("/api/sts/assume_role_with_saml", Some("assume")) => {
            Reply::status(502, "application/json", "<html>bad gateway</html>")
        }
        ("/api/sts/assume_role_with_saml", _) => Reply::json(sts_body(
            "AKIDsso-new",
            "sso-new-key",
            "sso-new-token",
            exp,
            false,
        )),
        _ => Reply::status(404, "application/json", "{}"),
    }
}

#[tokio::test]
async fn sso_valid_credentials_are_used_without_any_call() {
    let srv = Http::start(sso_server(0, None)).await;
    let h = home();
    let path = h.path().join(".tccli/work.credential");
    let exp = now_secs() + 3600;
    write(&path, &sso_file(exp, now_secs() + 20_000));
    let c = TccliProfileProvider::new(env_home(h.path()).with_var("TCCLI_PROFILE", "work"))
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDsso-old");
    assert_eq!(c.token().unwrap().expose(), "sso-old-token");
    assert_eq!(c.provider(), "tccli-sso");
    assert_eq!(
        c.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(exp as u64))
    );
    assert!(srv.requests().is_empty());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[tokio::test]
async fn sso_near_expiry_is_refreshed_like_tccli_and_written_back() {
    let new_exp = now_secs() + 7200;
    let srv = Http::start(sso_server(new_exp, None)).await;
    let h = home();
    let path = h.path().join(".tccli/work.credential");
    let sso_exp = now_secs() + 20_000;
    write(&path, &sso_file(now_secs() + 120, sso_exp));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let c = TccliProfileProvider::new(env_home(h.path()))
        .profile("work")
        .sso_endpoint(format!("{}/", srv.url()))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDsso-new");
    assert_eq!(c.secret_key().expose(), "sso-new-key");
    assert_eq!(c.token().unwrap().expose(), "sso-new-token");
    assert_eq!(c.provider(), "tccli-sso");

    // The two calls, with tccli's field names and values.
    let reqs = srv.requests();
    assert_eq!(
        reqs.iter().map(|r| r.path.as_str()).collect::<Vec<_>>(),
        [
            "/api/org/gen_saml_response",
            "/api/sts/assume_role_with_saml"
        ]
    );
    let saml = reqs[0].json();
    assert_eq!(saml["LoginToken"], LOGIN_TOKEN);
    assert_eq!(saml["LoginType"], "RoleSAML");
    assert_eq!(saml["TargetUin"], 100012345678u64);
    assert_eq!(saml["UserId"], "");
    assert_eq!(saml["RoleConfigurationId"], "rc-abc123");
    assert_eq!(saml["Site"], "cn");
    assert_eq!(saml["TraceId"].as_str().unwrap().len(), 36);
    let assume = reqs[1].json();
    assert_eq!(assume["SAMLAssertion"], "PHNhbWw+c2FtbC1hc3NlcnRpb24=");
    assert_eq!(
        assume["PrincipalArn"],
        "qcs::cam::uin/100012345678:saml-provider/TencentReservedSSO-z-xyz789"
    );
    assert_eq!(
        assume["RoleArn"],
        "qcs::cam::uin/100012345678:roleName/TencentCloudSSO-AdminAccess"
    );
    assert_eq!(assume["DurationSeconds"], 7200);
    assert_eq!(assume["Site"], "cn");
    assert!(
        assume["RoleSessionName"]
            .as_str()
            .unwrap()
            .starts_with("ses-")
    );

    // Written back: new keys, every other member kept, mode 0600, tccli's indent.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\n    \"customField\""), "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    let before: Value = serde_json::from_str(&sso_file(0, sso_exp)).unwrap();
    assert_eq!(v["type"], "sso");
    assert_eq!(v["secretId"], "AKIDsso-new");
    assert_eq!(v["secretKey"], "sso-new-key");
    assert_eq!(v["token"], "sso-new-token");
    assert_eq!(v["expiresAt"], new_exp);
    assert_eq!(v["sso"], before["sso"]);
    assert_eq!(v["customField"], before["customField"]);
    assert_eq!(
        v.as_object().unwrap().len(),
        before.as_object().unwrap().len()
    );
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    // No temporary file left behind.
    assert_eq!(
        std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
        1
    );

    // The next read uses the new credentials without calling out.
    let c = TccliProfileProvider::new(env_home(h.path()))
        .profile("work")
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDsso-new");
    assert_eq!(srv.requests().len(), 2);
}

#[tokio::test]
async fn sso_login_expired_says_what_to_run() {
    let srv = Http::start(sso_server(0, None)).await;
    let h = home();
    let path = h.path().join(".tccli/work.credential");
    let text = sso_file(now_secs() - 100, now_secs() - 10);
    write(&path, &text);
    let e = TccliProfileProvider::new(env_home(h.path()).with_var("TCCLI_PROFILE", "work"))
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .unwrap_err();
    let msg = creds_err(&e);
    assert!(
        msg.contains("run `tccli sso login --profile work`"),
        "{msg}"
    );
    assert!(msg.contains("expired"), "{msg}");
    assert!(srv.requests().is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// Expiries at the ends of i64 are compared without overflow: the far past is expired
/// (it wrapped to "valid for ever" in release builds and panicked in debug ones;
/// fuzz/regressions/credentials_tccli/panic-a45b52c724b48071).
#[tokio::test]
async fn sso_and_oauth_expiries_at_the_ends_of_i64_are_expired() {
    let srv = Http::start(sso_server(0, None)).await;
    let h = home();
    let path = h.path().join(".tccli/default.credential");
    let text = sso_file(i64::MIN, i64::MIN);
    write(&path, &text);
    let e = TccliProfileProvider::new(env_home(h.path()))
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(creds_err(&e).contains("expired"), "{e}");
    assert!(srv.requests().is_empty());
    write(
        &path,
        &json!({"type": "oauth", "secretId": "AKIDold", "secretKey": "old", "token": "old",
                "expiresAt": i64::MIN,
                "oauth": {"openId": "o-1", "accessToken": "a", "expiresAt": i64::MIN,
                          "refreshToken": "r", "site": "cn"}})
        .to_string(),
    );
    let e = TccliProfileProvider::new(env_home(h.path()))
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .expect_err("expired credentials are refreshed, not used");
    assert!(!e.to_string().contains("AKIDold"), "{e}");
    // Far in the future: used as they are.
    write(&path, &sso_file(i64::MAX, i64::MAX));
    let c = TccliProfileProvider::new(env_home(h.path()))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.secret_id(), "AKIDsso-old");
}

#[tokio::test]
async fn sso_refresh_failure_leaves_the_file_untouched() {
    for fail in ["saml", "assume"] {
        let srv = Http::start(sso_server(now_secs() + 7200, Some(fail))).await;
        let h = home();
        let path = h.path().join(".tccli/default.credential");
        let text = sso_file(now_secs() + 10, now_secs() + 20_000);
        write(&path, &text);
        let e = TccliProfileProvider::new(env_home(h.path()))
            .sso_endpoint(srv.url())
            .provide_credentials()
            .await
            .unwrap_err();
        let all = format!("{e} {e:?}");
        assert!(!all.contains(LOGIN_TOKEN), "{all}");
        if fail == "saml" {
            assert!(all.contains("InvalidLoginToken"), "{all}");
            assert!(all.contains("tccli sso login --profile default"), "{all}");
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "{fail}");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }
}

#[tokio::test]
async fn oauth_profile_is_refreshed_like_tccli() {
    let exp = now_secs() + 3600;
    let srv = Http::start(move |req| match req.path.as_str() {
        "/refresh_user_token" => Reply::json(format!(
            r#"{{"AccessToken": "new-access", "ExpiresAt": {exp}}}"#
        )),
        "/get_temp_cred" => Reply::json(format!(
            r#"{{"SecretId": "AKIDoauth", "SecretKey": "oauth-key", "Token": "oauth-token", "ExpiresAt": {exp}}}"#
        )),
        _ => Reply::status(404, "application/json", "{}"),
    })
    .await;
    let h = home();
    let path = h.path().join(".tccli/default.credential");
    write(
        &path,
        &json!({"type": "oauth", "secretId": "AKIDold", "secretKey": "old", "token": "old", "expiresAt": now_secs() - 5,
                "oauth": {"openId": "o-1", "accessToken": "old-access", "expiresAt": now_secs() - 5, "refreshToken": "refresh-1", "site": "cn"}})
        .to_string(),
    );
    let c = TccliProfileProvider::new(env_home(h.path()))
        .sso_endpoint(srv.url())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!((c.secret_id(), c.provider()), ("AKIDoauth", "tccli-oauth"));
    let reqs = srv.requests();
    assert_eq!(reqs[0].json()["RefreshToken"], "refresh-1");
    assert_eq!(reqs[0].json()["OpenId"], "o-1");
    assert_eq!(reqs[1].json()["AccessToken"], "new-access");
    let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(v["secretId"], "AKIDoauth");
    assert_eq!(v["oauth"]["accessToken"], "new-access");
    assert_eq!(v["oauth"]["refreshToken"], "refresh-1");
}

// ---------- the default chain ----------

#[tokio::test]
async fn default_chain_precedence_and_which_provider_answered() {
    let h = home();
    let tccli = h.path().join(".tccli/default.credential");
    let ini = h.path().join(".tencentcloud/credentials");
    write(&tccli, r#"{"secretId": "AKIDtccli", "secretKey": "k1"}"#);
    write(&ini, "[default]\nsecret_id = AKIDini\nsecret_key = k2\n");
    let token_file = h.path().join("tke-token");
    write(&token_file, "jwt");
    let sts = Http::start(sts_server(now_secs() + 7200)).await;
    let md = Http::start(metadata_server(
        Arc::new(AtomicI64::new(now_secs() + 3600)),
        Duration::ZERO,
    ))
    .await;
    let base = env_home(h.path());
    let chain = |env: Env, metadata: String| {
        DefaultChain::builder()
            .env(env)
            .sts_endpoint(sts.url())
            .metadata_endpoint(metadata)
            .build()
    };
    let with_env = base
        .clone()
        .with_var("TENCENTCLOUD_SECRET_ID", "AKIDenv")
        .with_var("TENCENTCLOUD_SECRET_KEY", "k0");
    let md_url = format!("{}/latest/meta-data/", md.url());
    let who =
        |c: tencent_cloud_core::credentials::Credentials| (c.provider(), c.secret_id().to_owned());

    let c = chain(with_env, md_url.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(who(c), ("environment", "AKIDenv".into()));
    let c = chain(base.clone(), md_url.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(who(c), ("tccli-profile", "AKIDtccli".into()));
    std::fs::remove_file(&tccli).unwrap();
    let c = chain(base.clone(), md_url.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(who(c), ("profile-file", "AKIDini".into()));
    std::fs::remove_file(&ini).unwrap();
    let tke = base
        .clone()
        .with_var("TKE_REGION", "ap-guangzhou")
        .with_var("TKE_PROVIDER_ID", "p")
        .with_var("TKE_WEB_IDENTITY_TOKEN_FILE", token_file.to_str().unwrap())
        .with_var("TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/r");
    let c = chain(tke, md_url.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(who(c), ("tke-oidc", "AKIDtmp".into()));
    let c = chain(base.clone(), md_url.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(who(c), ("cvm-role", "AKIDcvm".into()));

    // Nothing anywhere: one error listing every provider.
    let e = chain(base.clone(), closed_port_url())
        .provide_credentials()
        .await
        .unwrap_err();
    let Error::CredentialsNotFound(why) = &e else {
        panic!("{e:?}")
    };
    for name in [
        "environment",
        "tccli-profile",
        "profile-file",
        "tke-oidc",
        "cvm-role",
    ] {
        assert!(why.contains(name), "{why}");
    }
    // A configured but broken source stops the chain with its error.
    write(&ini, "[default]\nsecret_id = AKIDini\n");
    let e = chain(base, md_url).provide_credentials().await.unwrap_err();
    let msg = creds_err(&e);
    assert!(
        msg.starts_with("profile-file: ") && msg.contains("\"secret_key\""),
        "{msg}"
    );
}

// ---------- SdkConfig::from_env and the client ----------

#[tokio::test]
async fn config_loader_region_sources_and_client_signing_with_provider() {
    let h = home();
    write(
        &h.path().join(".tccli/default.configure"),
        r#"{"_sys_param": {"region": "ap-nanjing", "output": "json"}}"#,
    );
    write(
        &h.path().join(".tccli/default.credential"),
        r#"{"secretId": "AKIDcfg", "secretKey": "cfg-key", "token": "cfg-token"}"#,
    );
    let env = env_home(h.path());
    let cfg = tencent_cloud_core::SdkConfig::loader()
        .env(env.clone())
        .load()
        .await
        .unwrap();
    assert_eq!(
        (cfg.region(), cfg.region_source()),
        (Some("ap-nanjing"), Some("tccli-configure"))
    );
    let cfg2 = tencent_cloud_core::SdkConfig::loader()
        .env(env.clone().with_var("TENCENTCLOUD_REGION", "ap-hongkong"))
        .load()
        .await
        .unwrap();
    assert_eq!(cfg2.region(), Some("ap-hongkong"));
    let cfg3 = tencent_cloud_core::SdkConfig::loader()
        .env(env.clone().with_var("TENCENTCLOUD_REGION", "ap-hongkong"))
        .region("eu-frankfurt")
        .load()
        .await
        .unwrap();
    assert_eq!(cfg3.region(), Some("eu-frankfurt"));

    // A client from the config signs with the chain's credentials and sends the token.
    let api = Http::start(|_| Reply::json(r#"{"Response": {"RequestId": "r-1"}}"#)).await;
    let cfg = tencent_cloud_core::SdkConfig::loader()
        .env(env)
        .client_config(tencent_cloud_core::ClientConfig::builder().endpoint_url(api.url()))
        .load()
        .await
        .unwrap();
    let client = tencent_cloud_core::Client::from_config(&cfg).unwrap();
    let spec = tencent_cloud_core::RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
    let _: Value = client.call(&spec, &json!({})).await.unwrap();
    let r = &api.requests()[0];
    assert!(r.tc3_signed_by("AKIDcfg", "cfg-key"));
    assert_eq!(r.header("x-tc-token"), Some("cfg-token"));
    assert_eq!(r.header("x-tc-region"), Some("ap-nanjing"));
    let who = client.credentials().await.unwrap().unwrap();
    assert_eq!(who.provider(), "tccli-profile");

    // TENCENTCLOUD_ENDPOINT points a default client at a local server (the
    // emulator); an endpoint set in code wins over it.
    let other = Http::start(|_| Reply::json(r#"{"Response": {"RequestId": "r-2"}}"#)).await;
    let env = env_home(h.path()).with_var("TENCENTCLOUD_ENDPOINT", other.url());
    let cfg = tencent_cloud_core::SdkConfig::loader()
        .env(env.clone())
        .load()
        .await
        .unwrap();
    assert_eq!(
        cfg.client_config().endpoint(),
        &tencent_cloud_core::Endpoint::Url(other.url())
    );
    let client = tencent_cloud_core::Client::from_config(&cfg).unwrap();
    let _: Value = client.call(&spec, &json!({})).await.unwrap();
    assert_eq!(other.requests().len(), 1);
    let cfg = tencent_cloud_core::SdkConfig::loader()
        .env(env)
        .client_config(tencent_cloud_core::ClientConfig::builder().endpoint_url(api.url()))
        .load()
        .await
        .unwrap();
    assert_eq!(
        cfg.client_config().endpoint(),
        &tencent_cloud_core::Endpoint::Url(api.url())
    );
}
