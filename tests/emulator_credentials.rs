//! The credential providers end to end against the emulator's stand-ins: STS
//! `AssumeRole` and `AssumeRoleWithWebIdentity`, the CVM metadata role paths and the
//! tccli SSO endpoints. Each provider's credentials then sign a generated-client call
//! that the emulator verifies (temporary keys with their token).

use tencent_cloud_core::credentials::{
    AssumeRoleProvider, CvmRoleProvider, Env, ProvideCredentials, TccliProfileProvider,
    WebIdentityProvider,
};
use tencent_cloud_core::{ClientConfig, Credential, Error, RetryPolicy};
use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};
use tencent_cloud_emulator::RunningEmulator;

const ID: &str = "AKIDcredsEXAMPLE";
const KEY: &str = "creds-secret-key";

#[path = "shared.rs"]
mod shared;

async fn emulator() -> RunningEmulator {
    shared::emulator(ID, KEY).await
}

fn config(url: &str) -> ClientConfig {
    ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .retry(RetryPolicy::none())
        .build()
        .expect("config")
}

/// Calls cvm DescribeRegions through a client using `provider`.
async fn call_with(url: &str, provider: impl ProvideCredentials + 'static) -> Result<(), Error> {
    let core = tencent_cloud_core::Client::with_provider(config(url), provider)?;
    Client::new(core)
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .map(|_| ())
}

#[tokio::test]
async fn assume_role_gives_temporary_credentials_the_emulator_accepts() {
    let emu = emulator().await;
    let provider = AssumeRoleProvider::new(
        Credential::new(ID, KEY),
        "qcs::cam::uin/100000000001:roleName/e2e",
    )
    .endpoint(emu.url());
    let creds = provider.provide_credentials().await.expect("AssumeRole");
    assert_ne!(creds.secret_id(), ID);
    assert!(creds.token().is_some() && creds.expiry().is_some());
    call_with(&emu.url(), provider)
        .await
        .expect("signed with the role's keys");
    let log = emu.requests();
    assert_eq!(log[0].action, "AssumeRole");
    assert_eq!(log[0].secret_id, ID);
    let last = log.last().expect("calls");
    assert_eq!(last.action, "DescribeRegions");
    assert!(last.secret_id.starts_with("AKIDtmp"));

    // Source credentials with a wrong key: AssumeRole itself fails, typed.
    let bad = AssumeRoleProvider::new(Credential::new(ID, "wrong"), "qcs::cam::uin/1:roleName/x")
        .endpoint(emu.url());
    let e = bad.provide_credentials().await.expect_err("wrong key");
    assert!(
        e.to_string().contains("AuthFailure.SignatureFailure"),
        "{e}"
    );
    assert!(!e.to_string().contains("wrong"), "no secret in errors: {e}");
}

#[tokio::test]
async fn web_identity_is_unsigned_and_works() {
    let emu = emulator().await;
    let dir = tempfile::tempdir().expect("tmp");
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "eyJ.oidc.token").expect("write token");
    let provider = WebIdentityProvider::new(
        "ap-guangzhou",
        "oidc-provider",
        &token_file,
        "qcs::cam::uin/100000000001:roleName/tke",
    )
    .endpoint(emu.url());
    call_with(&emu.url(), provider)
        .await
        .expect("TKE OIDC credentials work");
    let log = emu.requests();
    assert_eq!(log[0].action, "AssumeRoleWithWebIdentity");
    assert_eq!(log[0].algorithm, "SKIP");
    assert_eq!(log[0].params["WebIdentityToken"], "<redacted>");
}

#[tokio::test]
async fn cvm_metadata_role_credentials_work() {
    let emu = emulator().await;
    let provider = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", emu.url()));
    call_with(&emu.url(), provider)
        .await
        .expect("CVM role credentials work");
    let actions: Vec<String> = emu.requests().into_iter().map(|r| r.action).collect();
    assert_eq!(
        actions,
        [
            "cam/security-credentials",
            "cam/security-credentials/emulator-role",
            "DescribeRegions"
        ]
    );
    // A role that is not bound: the provider says so.
    let other = CvmRoleProvider::new()
        .endpoint(format!("{}/latest/meta-data/", emu.url()))
        .role_name("not-bound");
    let e = other.provide_credentials().await.expect_err("unbound role");
    assert!(e.to_string().contains("not-bound"), "{e}");
}

#[tokio::test]
async fn tccli_sso_profile_is_refreshed_through_the_stand_in() {
    let emu = emulator().await;
    let home = tempfile::tempdir().expect("home");
    let tccli = home.path().join(".tccli");
    std::fs::create_dir_all(&tccli).expect("mkdir");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let profile = serde_json::json!({
        "type": "sso",
        "secretId": "AKIDexpired",
        "secretKey": "expired-key",
        "token": "expired-token",
        "expiresAt": now - 10,
        "sso": {
            "token": "sso-login-token",
            "site": "intl",
            "uin": "100000000001",
            "roleConfigurationName": "admin",
            "roleConfigurationId": "rc-123",
            "zoneId": "z-abc",
            "expiresAt": now + 3600,
        }
    });
    let file = tccli.join("default.credential");
    std::fs::write(&file, profile.to_string()).expect("write profile");
    let env = Env::empty().with_home(home.path());
    let provider = TccliProfileProvider::new(env).sso_endpoint(emu.url());
    let creds = provider.provide_credentials().await.expect("SSO refresh");
    assert!(creds.secret_id().starts_with("AKIDtmp"));
    // Written back, as tccli does.
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read back")).expect("JSON");
    assert_eq!(saved["secretId"], creds.secret_id());
    call_with(&emu.url(), provider)
        .await
        .expect("SSO credentials work");
    let actions: Vec<String> = emu.requests().into_iter().map(|r| r.action).collect();
    assert_eq!(
        &actions[..2],
        ["gen_saml_response", "assume_role_with_saml"]
    );
    assert_eq!(actions.last().map(String::as_str), Some("DescribeRegions"));
}
