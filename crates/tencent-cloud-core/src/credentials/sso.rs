//! Refreshing tccli SSO (`tccli sso login`) and OAuth (`tccli auth login`) credentials
//! the way tccli 3.0.1217.1 does (`tccli/sso.py`, `tccli/oauth.py`), and writing them
//! back.

use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

use serde_json::{Map, Value, json};

use super::fields::{Fields, parse_object, type_name};
use super::sts::credentials_from;
use super::{Credentials, from_unix_secs, http_client, scrub_text, unix_secs, uuid_v4};
use crate::credentials::Credential;
use crate::error::Error;

/// tccli's `_API_ENDPOINT`.
pub(crate) const DEFAULT_TCCLI_ENDPOINT: &str = "https://cli.cloud.tencent.com";
/// tccli's `_CRED_REFRESH_SAFE_DUR`: credentials are refreshed this long before expiry.
const CRED_REFRESH_SAFE: i64 = 5 * 60;
/// An SSO login (or OAuth access token) this close to expiry counts as expired.
///
/// Deliberate difference from tccli 3.0.1217.1: its `sso.maybe_refresh_credential` skips
/// the refresh when `sso.expiresAt - now < _SKEY_REFRESH_SAFE_DUR` (12 h − 300 s), and
/// `tccli sso login` sets `sso.expiresAt` to login + 12 h, so tccli only ever refreshes
/// in the first 5 minutes after a login — never in practice, since credentials last 2 h
/// and are refreshed in their last 5 minutes. We apply the evident intent: refresh while
/// the 12 h login has more than 5 minutes left, and say to log in again after that.
const LOGIN_SAFE: i64 = 5 * 60;
/// tccli asks for 7200 s.
const SSO_DURATION: i64 = 7200;

pub(crate) struct Context<'a> {
    pub(crate) path: &'a Path,
    pub(crate) shown: &'a str,
    pub(crate) profile: &'a str,
    pub(crate) endpoint: &'a str,
    pub(crate) now: SystemTime,
}

/// The credentials in the file, if they are more than 5 minutes from expiry.
fn current(f: &Fields<'_>, now: i64, provider: &'static str) -> Result<Option<Credentials>, Error> {
    let expires_at = f.int("expiresAt")?;
    // Saturating: the file may say anything (`-9223372036854775808`).
    if expires_at.saturating_sub(now) <= CRED_REFRESH_SAFE {
        return Ok(None);
    }
    let credential =
        Credential::new(f.str("secretId")?, f.str("secretKey")?).with_token(f.str("token")?);
    Ok(Some(Credentials::new(
        credential,
        Some(from_unix_secs(expires_at)),
        provider,
    )))
}

fn when(secs: i64) -> String {
    format!("Unix time {secs}")
}

pub(crate) async fn load_sso(
    ctx: &Context<'_>,
    map: &Map<String, Value>,
) -> Result<Credentials, Error> {
    let f = Fields::new(map, ctx.shown);
    let now = unix_secs(ctx.now);
    if let Some(c) = current(&f, now, "tccli-sso")? {
        return Ok(c);
    }
    let login = format!("run `tccli sso login --profile {}`", ctx.profile);
    let sso = f.object("sso")?;
    let login_token = sso.str("token")?;
    let site = sso.str("site")?;
    let uin = sso.str_or_num("uin")?;
    let conf_name = sso.str("roleConfigurationName")?;
    let zone_id = sso.str_or_num("zoneId")?;
    sso.str_or_num("roleConfigurationId")?;
    let sso_expires = sso.int("expiresAt")?;
    if sso_expires.saturating_sub(now) <= LOGIN_SAFE {
        return Err(Error::Credentials(format!(
            "the tccli SSO login of profile {:?} expired at {} ({}); {login}",
            ctx.profile,
            when(sso_expires),
            ctx.shown
        )));
    }
    // tccli sends uin and roleConfigurationId as stored (number or string).
    let raw = |k: &str| sso.get(k).cloned().unwrap_or(Value::Null);
    let secrets = [login_token];
    let http = http_client(Duration::from_secs(10))?;
    let saml = post(
        &http,
        ctx,
        "/api/org/gen_saml_response",
        json!({
            "TraceId": uuid_v4(),
            "Site": site,
            "LoginToken": login_token,
            "LoginType": "RoleSAML",
            "TargetUin": raw("uin"),
            "UserId": "",
            "RoleConfigurationId": raw("roleConfigurationId"),
        }),
        &secrets,
        &login,
    )
    .await?;
    let saml_source = format!("tccli SSO gen_saml_response response from {}", ctx.endpoint);
    let saml_f = Fields::new(&saml, &saml_source);
    let assertion = saml_f.str("SAMLResponse")?;
    let secrets = [login_token, assertion];
    let resp = post(
        &http,
        ctx,
        "/api/sts/assume_role_with_saml",
        json!({
            "TraceId": uuid_v4(),
            "Site": site,
            "SAMLAssertion": assertion,
            "PrincipalArn": format!("qcs::cam::uin/{uin}:saml-provider/TencentReservedSSO-{zone_id}"),
            "RoleArn": format!("qcs::cam::uin/{uin}:roleName/TencentCloudSSO-{conf_name}"),
            "RoleSessionName": format!("ses-{}", uuid_v4()),
            "DurationSeconds": SSO_DURATION,
        }),
        &secrets,
        &login,
    )
    .await?;
    let source = format!(
        "tccli SSO assume_role_with_saml response from {}",
        ctx.endpoint
    );
    let rf = Fields::new(&resp, &source);
    let expired_time = rf.int("ExpiredTime")?;
    let creds = credentials_from(&rf.object("Credentials")?, expired_time, "tccli-sso")?;

    // What tccli's save_credential writes, over the members already there.
    let mut out = map.clone();
    out.insert("type".into(), "sso".into());
    put_credentials(&mut out, &creds, resp.get("ExpiredTime").cloned());
    write_back(ctx.path, &out)?;
    tracing::info!(
        profile = ctx.profile,
        file = ctx.shown,
        "refreshed tccli SSO credentials"
    );
    Ok(creds)
}

pub(crate) async fn load_oauth(
    ctx: &Context<'_>,
    map: &Map<String, Value>,
) -> Result<Credentials, Error> {
    let f = Fields::new(map, ctx.shown);
    let now = unix_secs(ctx.now);
    if let Some(c) = current(&f, now, "tccli-oauth")? {
        return Ok(c);
    }
    let login = format!("run `tccli auth login --profile {}`", ctx.profile);
    let oauth = f.object("oauth")?;
    let site = oauth.str("site")?;
    let mut access_token = oauth.str("accessToken")?.to_owned();
    let mut access_expires: Value = oauth.get("expiresAt").cloned().unwrap_or(Value::Null);
    let http = http_client(Duration::from_secs(10))?;
    if oauth.int("expiresAt")?.saturating_sub(now) < LOGIN_SAFE {
        let refresh_token = oauth.str("refreshToken")?;
        let open_id = oauth.str("openId")?;
        let secrets = [refresh_token, access_token.as_str()];
        let resp = post(
            &http,
            ctx,
            "/refresh_user_token",
            json!({
                "TraceId": uuid_v4(),
                "RefreshToken": refresh_token,
                "OpenId": open_id,
                "Site": site,
            }),
            &secrets,
            &login,
        )
        .await?;
        let source = format!(
            "tccli OAuth refresh_user_token response from {}",
            ctx.endpoint
        );
        let rf = Fields::new(&resp, &source);
        access_token = rf.str("AccessToken")?.to_owned();
        rf.int("ExpiresAt")?;
        access_expires = resp.get("ExpiresAt").cloned().unwrap_or(Value::Null);
    }
    let secrets = [access_token.as_str()];
    let resp = post(
        &http,
        ctx,
        "/get_temp_cred",
        json!({
            "TraceId": uuid_v4(),
            "AccessToken": access_token,
            "Site": site,
        }),
        &secrets,
        &login,
    )
    .await?;
    let source = format!("tccli OAuth get_temp_cred response from {}", ctx.endpoint);
    let rf = Fields::new(&resp, &source);
    let expires_at = rf.int("ExpiresAt")?;
    let credential =
        Credential::new(rf.str("SecretId")?, rf.str("SecretKey")?).with_token(rf.str("Token")?);
    credential.validate()?;
    let creds = Credentials::new(credential, Some(from_unix_secs(expires_at)), "tccli-oauth");

    let mut out = map.clone();
    out.insert("type".into(), "oauth".into());
    put_credentials(&mut out, &creds, resp.get("ExpiresAt").cloned());
    if let Some(Value::Object(o)) = out.get_mut("oauth") {
        o.insert("accessToken".into(), access_token.into());
        o.insert("expiresAt".into(), access_expires);
    }
    write_back(ctx.path, &out)?;
    tracing::info!(
        profile = ctx.profile,
        file = ctx.shown,
        "refreshed tccli OAuth credentials"
    );
    Ok(creds)
}

fn put_credentials(out: &mut Map<String, Value>, creds: &Credentials, expires: Option<Value>) {
    out.insert("secretId".into(), creds.secret_id().into());
    out.insert("secretKey".into(), creds.secret_key().expose().into());
    out.insert(
        "token".into(),
        creds.token().map(|t| t.expose()).unwrap_or_default().into(),
    );
    out.insert("expiresAt".into(), expires.unwrap_or(Value::Null));
}

/// POSTs JSON to the tccli service and returns the answer, a JSON object without
/// `Error`. Error text is scrubbed of `secrets` and ends with what to run.
async fn post(
    http: &crate::http::Http,
    ctx: &Context<'_>,
    path: &str,
    body: Value,
    secrets: &[&str],
    hint: &str,
) -> Result<Map<String, Value>, Error> {
    let url = format!("{}{path}", ctx.endpoint);
    let op = path.rsplit('/').next().unwrap_or(path);
    let mut headers = hyper::HeaderMap::new();
    headers.insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    let (status, bytes) = http
        .fetch(
            hyper::Method::POST,
            &url,
            headers,
            bytes::Bytes::from(body.to_string()),
            Duration::from_secs(30),
        )
        .await
        .map_err(|e| e.into_error(format!("tccli {op} request to {url} failed")))?;
    let source = format!("tccli {op} response from {url} (HTTP {status})");
    let map = parse_object(&bytes, &source)?;
    if let Some(err) = map.get("Error") {
        let detail = match err {
            Value::Object(o) => {
                let s = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("");
                format!("{}: {}", s("Code"), s("Message"))
            }
            Value::String(s) => s.chars().take(300).collect(),
            other => format!("Error is {}", type_name(other)),
        };
        let detail = scrub_text(detail, secrets);
        return Err(Error::Credentials(format!(
            "tccli {op} failed ({detail}); if the login has expired, {hint}"
        )));
    }
    if !(200..300).contains(&status) {
        return Err(Error::Credentials(format!(
            "tccli {op} answered HTTP {status}"
        )));
    }
    Ok(map)
}

/// Replaces the file atomically: a temporary file in the same directory, mode 0600,
/// flushed to disk, then renamed over the old one. On failure the old file is untouched.
pub(crate) fn write_back(path: &Path, map: &Map<String, Value>) -> Result<(), Error> {
    let shown = path.display();
    // tccli writes json.dump(…, indent=4).
    let mut bytes = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut bytes, fmt);
    serde::Serialize::serialize(map, &mut ser)
        .map_err(|e| Error::Credentials(format!("cannot serialize {shown}: {e}")))?;
    let dir = path
        .parent()
        .ok_or_else(|| Error::Credentials(format!("{shown} has no parent directory")))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}.{:x}.tmp",
        std::process::id(),
        crate::retry::random_u64()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let mut file = opts.open(&tmp)?;
        file.write_all(&bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::Credentials(format!("cannot write {shown}: {e}")));
    }
    Ok(())
}
