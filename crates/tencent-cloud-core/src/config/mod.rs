//! Client configuration: region, language, endpoints, timeouts, proxy, retries, signing.

use std::fmt;
use std::time::Duration;

use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::sign::Algorithm;

mod builder;
pub use builder::ClientConfigBuilder;

/// Language of error messages and some response fields (`X-TC-Language`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// `zh-CN`.
    ZhCn,
    /// `en-US`.
    EnUs,
}

impl Language {
    /// `zh-CN` or `en-US`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::EnUs => "en-US",
        }
    }
}

impl std::str::FromStr for Language {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "zh-CN" => Ok(Language::ZhCn),
            "en-US" => Ok(Language::EnUs),
            other => Err(Error::InvalidInput(format!(
                "unknown language {other:?} (expected zh-CN or en-US)"
            ))),
        }
    }
}

/// Which Tencent Cloud site a client talks to. The two sites have separate accounts and
/// API endpoints; most services exist on both, some on one only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Site {
    /// The China site (cloud.tencent.com): `<service>.tencentcloudapi.com`.
    #[default]
    China,
    /// The international site (tencentcloud.com): `<service>.intl.tencentcloudapi.com`.
    International,
}

impl Site {
    /// The root domain of the site's API endpoints.
    pub fn root_domain(self) -> &'static str {
        match self {
            Site::China => DEFAULT_ROOT_DOMAIN,
            Site::International => INTL_ROOT_DOMAIN,
        }
    }

    /// `china` or `intl`, as `TENCENTCLOUD_SITE` takes them.
    pub fn as_str(self) -> &'static str {
        match self {
            Site::China => "china",
            Site::International => "intl",
        }
    }
}

impl std::str::FromStr for Site {
    type Err = Error;

    /// `china` or `intl` (also `cn`, `international`), in any case.
    fn from_str(s: &str) -> Result<Site, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "china" | "cn" => Ok(Site::China),
            "intl" | "international" => Ok(Site::International),
            _ => Err(Error::InvalidInput(format!(
                "unknown Tencent Cloud site {s:?} (expected china or intl)"
            ))),
        }
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The host an action is served on when it is not its service's: generated code sets it
/// for the actions whose spec names another host (es `ChatCompletions` on
/// `es.ai.tencentcloudapi.com`, ess file uploads on `file.ess.tencent.cn`, …). An
/// endpoint set for the call, the client ([`Endpoint::Url`]) or the service (a tccli
/// profile's `<service>.endpoint`) still wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionHost {
    /// These labels replace the service name before the site's root domain: `es.ai` is
    /// `es.ai.tencentcloudapi.com` (or `es.ai.intl.tencentcloudapi.com`).
    Prefix(&'static str),
    /// This host, whatever the site.
    Host(&'static str),
}

/// Where requests go.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Endpoint {
    /// `https://<service>.<root domain>` (the default; root domain `tencentcloudapi.com`).
    #[default]
    Global,
    /// `https://<service>.<region>.<root domain>`, falling back to [`Endpoint::Global`]
    /// for requests without a region.
    Regional,
    /// Every request to this base URL, e.g. `http://127.0.0.1:8080` for tests and the
    /// emulator, or a private endpoint. A bare host means `https://host`. The path must be
    /// empty or `/`.
    Url(String),
}

/// Where one request goes: the URL and the `Host` value that gets signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedEndpoint {
    /// Full URL, ending in `/`.
    pub url: String,
    /// Host (with `:port` when not the scheme's default), as sent in `Host`.
    pub host: String,
}

/// Immutable client configuration. Build it with [`ClientConfig::builder`].
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) region: Option<String>,
    pub(crate) language: Option<Language>,
    pub(crate) endpoint: Endpoint,
    pub(crate) root_domain: String,
    /// The site: picks the root domain unless one is set.
    pub(crate) site: Site,
    /// Root domain of regional endpoints: the one set, else `tencentcloudapi.com` on
    /// both sites (the international site's regional hosts are
    /// `<service>.<region>.tencentcloudapi.com`, as its API docs give them).
    pub(crate) regional_root_domain: String,
    /// Per-service endpoints (tccli profiles' `<service>.endpoint`): service → parsed
    /// (scheme, host[:port]).
    pub(crate) service_endpoints: Vec<(String, (String, String))>,
    /// Parsed [`Endpoint::Url`]: (scheme, host[:port]).
    pub(crate) fixed: Option<(String, String)>,
    pub(crate) connect_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) proxy: Option<String>,
    pub(crate) user_agent: String,
    pub(crate) retry: RetryPolicy,
    pub(crate) algorithm: Algorithm,
    pub(crate) extra_signed_headers: Vec<String>,
    /// Certificates (DER) trusted besides the webpki roots.
    pub(crate) root_certificates: Vec<Vec<u8>>,
    /// The most bytes one API response body may have.
    pub(crate) max_response_bytes: u64,
    /// Sends the requests; `None`: a [`HyperTransport`](crate::transport::HyperTransport)
    /// from these settings.
    pub(crate) transport: Option<crate::transport::SharedTransport>,
    /// Hooks run on every attempt of every call.
    pub(crate) interceptors: Vec<crate::interceptor::SharedInterceptor>,
    /// Receives a record of every call.
    pub(crate) metrics: Option<crate::telemetry::SharedMetrics>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            region: None,
            language: None,
            endpoint: Endpoint::Global,
            root_domain: DEFAULT_ROOT_DOMAIN.into(),
            site: Site::China,
            regional_root_domain: DEFAULT_ROOT_DOMAIN.into(),
            service_endpoints: Vec::new(),
            fixed: None,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            proxy: None,
            user_agent: DEFAULT_USER_AGENT.into(),
            retry: RetryPolicy::default(),
            algorithm: Algorithm::Tc3HmacSha256,
            extra_signed_headers: Vec::new(),
            root_certificates: Vec::new(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            transport: None,
            interceptors: Vec::new(),
            metrics: None,
        }
    }
}

/// The default of [`ClientConfig::max_response_bytes`]: 32 MiB. The largest example
/// response of any action in the specs is 78 KB, and list actions answer one page
/// (at most a few hundred to a few thousand items); 32 MiB leaves room for any real
/// answer while a hostile or broken endpoint cannot make a call hold more.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 << 20;

/// The public root domain (the China site's).
pub const DEFAULT_ROOT_DOMAIN: &str = "tencentcloudapi.com";
/// The international site's root domain.
pub const INTL_ROOT_DOMAIN: &str = "intl.tencentcloudapi.com";
/// Default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!("tencentcloud-sdk-rust/", env!("CARGO_PKG_VERSION"));
/// Sent as `X-TC-RequestClient` / `RequestClient`.
pub(crate) const REQUEST_CLIENT: &str = concat!("SDK_RUST_", env!("CARGO_PKG_VERSION"));

impl ClientConfig {
    /// A builder with the defaults: no default region, no language header, the global
    /// endpoint, 10 s connect timeout, 60 s timeout per attempt, no proxy beyond the
    /// environment's, [`RetryPolicy::default`], TC3-HMAC-SHA256.
    pub fn builder() -> ClientConfigBuilder {
        ClientConfigBuilder {
            config: ClientConfig::default(),
            pem_roots: Vec::new(),
            root_domain_set: false,
            site_set: false,
            service_urls: Vec::new(),
        }
    }

    /// Default region for requests that do not name one.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Language sent as `X-TC-Language`.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The Tencent Cloud site.
    pub fn site(&self) -> Site {
        self.site
    }

    /// The root domain of [`Endpoint::Global`] and [`Endpoint::Regional`]: the site's,
    /// unless set.
    pub fn root_domain(&self) -> &str {
        &self.root_domain
    }

    /// Endpoint policy.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The most bytes one API response body may have (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]); a larger one fails the call with
    /// [`Error::ResponseTooLarge`], refused from its `Content-Length` before it is read.
    pub fn max_response_bytes(&self) -> u64 {
        self.max_response_bytes
    }

    /// Connect timeout.
    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// Time limit of one attempt (sending the request and reading the whole response;
    /// for streams, until the headers arrive and then between two chunks). The whole
    /// call, retries included, is bounded by [`ClientConfig::operation_timeout`].
    pub fn attempt_timeout(&self) -> Duration {
        self.timeout
    }

    /// The attempt timeout: [`ClientConfig::attempt_timeout`].
    #[deprecated(
        since = "0.2.2",
        note = "named `attempt_timeout` now, beside `operation_timeout`"
    )]
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Time limit of a whole call, every attempt and wait included
    /// ([`RetryPolicy::total_deadline`]); `None`: only the attempts bound it.
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.retry.total_deadline
    }

    /// Retry policy.
    pub fn retry(&self) -> &RetryPolicy {
        &self.retry
    }

    /// Signature algorithm.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// Resolves the endpoint of an action served on `host` (see [`ActionHost`]): the
    /// client's or the service's endpoint when one is set, else that host.
    pub fn resolve_action_host(
        &self,
        service: &str,
        host: ActionHost,
    ) -> Result<ResolvedEndpoint, Error> {
        if self.fixed.is_some() || self.service_endpoints.iter().any(|(s, _)| s == service) {
            return self.resolve(service, None);
        }
        let host = match host {
            ActionHost::Prefix(p) => format!("{p}.{}", self.root_domain),
            ActionHost::Host(h) => h.to_owned(),
        };
        if host.is_empty()
            || !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(Error::InvalidInput(format!("invalid action host {host:?}")));
        }
        Ok(ResolvedEndpoint {
            url: format!("https://{host}/"),
            host,
        })
    }

    /// Resolves the endpoint of one request.
    pub fn resolve(&self, service: &str, region: Option<&str>) -> Result<ResolvedEndpoint, Error> {
        if let Some((scheme, host)) = &self.fixed {
            return Ok(ResolvedEndpoint {
                url: format!("{scheme}://{host}/"),
                host: host.clone(),
            });
        }
        if let Some((_, (scheme, host))) = self.service_endpoints.iter().find(|(s, _)| s == service)
        {
            return Ok(ResolvedEndpoint {
                url: format!("{scheme}://{host}/"),
                host: host.clone(),
            });
        }
        if service.is_empty()
            || !service
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(Error::InvalidInput(format!(
                "invalid service name {service:?}"
            )));
        }
        let host = match (&self.endpoint, region.filter(|r| !r.is_empty())) {
            (Endpoint::Regional, Some(r)) => {
                if !r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                    return Err(Error::InvalidInput(format!("invalid region {r:?}")));
                }
                format!("{service}.{r}.{}", self.regional_root_domain)
            }
            _ => format!("{service}.{}", self.root_domain),
        };
        Ok(ResolvedEndpoint {
            url: format!("https://{host}/"),
            host,
        })
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("region", &self.region)
            .field("language", &self.language)
            .field("endpoint", &self.endpoint)
            .field("root_domain", &self.root_domain)
            .field("site", &self.site)
            .field("service_endpoints", &self.service_endpoints)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("proxy", &self.proxy.as_deref().map(redact_userinfo))
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("algorithm", &self.algorithm)
            .field("extra_signed_headers", &self.extra_signed_headers)
            .field("root_certificates", &self.root_certificates.len())
            .field("transport", &self.transport)
            .field("interceptors", &self.interceptors)
            .field("metrics", &self.metrics)
            .finish()
    }
}

/// `http://user:pass@host` → `http://***@host`.
fn redact_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}***{}", &url[..s + 3], &url[at..]),
        _ => url.to_owned(),
    }
}

/// The endpoint of a call that names its own base URL (or bare host).
pub(crate) fn resolve_url(url: &str) -> Result<ResolvedEndpoint, Error> {
    let (scheme, host) = parse_base_url(url)?;
    Ok(ResolvedEndpoint {
        url: format!("{scheme}://{host}/"),
        host,
    })
}

/// Splits a base URL into (scheme, host[:port]); the port is dropped when it is the
/// scheme's default, as HTTP clients do in `Host`.
pub(crate) fn parse_base_url(url: &str) -> Result<(String, String), Error> {
    let bad = |why: &str| Error::InvalidInput(format!("invalid endpoint URL {url:?}: {why}"));
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => ("https".to_owned(), url),
    };
    let default_port = match scheme.as_str() {
        "http" => "80",
        "https" => "443",
        _ => return Err(bad("scheme must be http or https")),
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if !(path.is_empty() || path == "/") {
        return Err(bad("the path must be empty or /"));
    }
    if authority.is_empty() || authority.contains('@') {
        return Err(bad("expected host[:port]"));
    }
    if !authority
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b':' | b'[' | b']'))
    {
        return Err(bad("unexpected character in host"));
    }
    // host part and optional port, with IPv6 literals in brackets
    let (host_part, port) = if authority.starts_with('[') {
        let close = authority.find(']').ok_or_else(|| bad("unclosed ["))?;
        let (h, rest) = authority.split_at(close + 1);
        match rest {
            "" => (h, None),
            _ => (
                h,
                Some(
                    rest.strip_prefix(':')
                        .ok_or_else(|| bad("expected :port"))?,
                ),
            ),
        }
    } else {
        match authority.split_once(':') {
            Some((h, p)) => {
                if p.contains(':') {
                    return Err(bad("put IPv6 addresses in brackets"));
                }
                (h, Some(p))
            }
            None => (authority, None),
        }
    };
    if host_part.is_empty() {
        return Err(bad("expected host[:port]"));
    }
    let host = match port {
        Some(p) if p.parse::<u16>().is_err() => return Err(bad("invalid port")),
        Some(p) if p != default_port => format!("{}:{p}", host_part.to_ascii_lowercase()),
        _ => host_part.to_ascii_lowercase(),
    };
    Ok((scheme, host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_resolution() {
        let c = ClientConfig::builder().build().unwrap();
        let e = c.resolve("cvm", Some("ap-guangzhou")).unwrap();
        assert_eq!(e.url, "https://cvm.tencentcloudapi.com/");
        assert_eq!(e.host, "cvm.tencentcloudapi.com");

        let c = ClientConfig::builder()
            .endpoint(Endpoint::Regional)
            .build()
            .unwrap();
        assert_eq!(
            c.resolve("cvm", Some("ap-guangzhou")).unwrap().host,
            "cvm.ap-guangzhou.tencentcloudapi.com"
        );
        assert_eq!(
            c.resolve("cvm", None).unwrap().host,
            "cvm.tencentcloudapi.com"
        );

        let c = ClientConfig::builder()
            .root_domain("internal.tencentcloudapi.com")
            .build()
            .unwrap();
        assert_eq!(
            c.resolve("cvm", None).unwrap().url,
            "https://cvm.internal.tencentcloudapi.com/"
        );

        let c = ClientConfig::builder()
            .endpoint_url("http://127.0.0.1:8080")
            .build()
            .unwrap();
        let e = c.resolve("cvm", Some("ap-guangzhou")).unwrap();
        assert_eq!(e.url, "http://127.0.0.1:8080/");
        assert_eq!(e.host, "127.0.0.1:8080");

        let c = ClientConfig::builder()
            .endpoint_url("https://Example.com:443/")
            .build()
            .unwrap();
        assert_eq!(c.resolve("x", None).unwrap().host, "example.com");
        let c = ClientConfig::builder()
            .endpoint_url("cvm.internal")
            .build()
            .unwrap();
        assert_eq!(c.resolve("x", None).unwrap().url, "https://cvm.internal/");
        let c = ClientConfig::builder()
            .endpoint_url("http://[::1]:9000")
            .build()
            .unwrap();
        assert_eq!(c.resolve("x", None).unwrap().host, "[::1]:9000");
    }

    #[test]
    fn the_site_picks_the_root_domain_and_explicit_settings_win() {
        let host = |b: ClientConfigBuilder, service: &str, region: Option<&str>| {
            b.build()
                .expect("config")
                .resolve(service, region)
                .expect("endpoint")
                .host
        };
        let intl = || ClientConfig::builder().site(Site::International);
        assert_eq!(
            host(ClientConfig::builder(), "cvm", None),
            "cvm.tencentcloudapi.com"
        );
        assert_eq!(host(intl(), "cvm", None), "cvm.intl.tencentcloudapi.com");
        assert_eq!(host(intl(), "sts", None), "sts.intl.tencentcloudapi.com");
        assert_eq!(
            host(
                intl().endpoint(Endpoint::Regional),
                "cvm",
                Some("ap-singapore")
            ),
            "cvm.ap-singapore.tencentcloudapi.com"
        );
        // A root domain set by hand wins over the site's, in either order.
        assert_eq!(
            host(
                intl().root_domain("internal.tencentcloudapi.com"),
                "cvm",
                None
            ),
            "cvm.internal.tencentcloudapi.com"
        );
        assert_eq!(
            host(
                ClientConfig::builder()
                    .root_domain("example.com")
                    .site(Site::International),
                "cvm",
                None
            ),
            "cvm.example.com"
        );
        // A service's own endpoint wins over the site; an endpoint for every service
        // wins over both.
        let per_service = intl().service_endpoint("cvm", "cvm.ap-guangzhou.tencentcloudapi.com");
        assert_eq!(
            host(per_service.clone(), "cvm", None),
            "cvm.ap-guangzhou.tencentcloudapi.com"
        );
        assert_eq!(
            host(per_service.clone(), "cbs", None),
            "cbs.intl.tencentcloudapi.com"
        );
        assert_eq!(
            host(
                per_service.endpoint_url("http://127.0.0.1:9000"),
                "cvm",
                None
            ),
            "127.0.0.1:9000"
        );
        assert!(
            ClientConfig::builder()
                .service_endpoint("cvm", "ftp://x/y")
                .build()
                .is_err()
        );
        for (text, site) in [
            ("china", Site::China),
            ("CN", Site::China),
            ("intl", Site::International),
            (" International ", Site::International),
        ] {
            assert_eq!(text.parse::<Site>().expect("site"), site);
        }
        assert!("global".parse::<Site>().is_err());
        assert_eq!(Site::default(), Site::China);
        assert_eq!(Site::International.to_string(), "intl");
    }

    #[test]
    fn an_action_host_applies_unless_an_endpoint_is_set() {
        let host = |b: ClientConfigBuilder, h: ActionHost| {
            b.build()
                .expect("config")
                .resolve_action_host("es", h)
                .expect("endpoint")
                .url
        };
        let ai = ActionHost::Prefix("es.ai");
        assert_eq!(
            host(ClientConfig::builder(), ai),
            "https://es.ai.tencentcloudapi.com/"
        );
        assert_eq!(
            host(ClientConfig::builder().site(Site::International), ai),
            "https://es.ai.intl.tencentcloudapi.com/"
        );
        assert_eq!(
            host(
                ClientConfig::builder(),
                ActionHost::Host("file.ess.tencent.cn")
            ),
            "https://file.ess.tencent.cn/"
        );
        assert_eq!(
            host(
                ClientConfig::builder().endpoint_url("http://127.0.0.1:8"),
                ai
            ),
            "http://127.0.0.1:8/"
        );
        assert_eq!(
            host(
                ClientConfig::builder()
                    .service_endpoint("es", "es.ap-guangzhou.tencentcloudapi.com"),
                ai
            ),
            "https://es.ap-guangzhou.tencentcloudapi.com/"
        );
        assert!(
            ClientConfig::default()
                .resolve_action_host("es", ActionHost::Host("a/b"))
                .is_err()
        );
    }

    #[test]
    fn bad_config_is_rejected() {
        for url in [
            "ftp://x",
            "http://",
            "http://h:99999",
            "http://h/path",
            "http://u:p@h",
            "http://::1",
        ] {
            assert!(
                ClientConfig::builder().endpoint_url(url).build().is_err(),
                "{url}"
            );
        }
        assert!(
            ClientConfig::builder()
                .region("ap guangzhou")
                .build()
                .is_err()
        );
        assert!(ClientConfig::builder().root_domain("a/b").build().is_err());
        assert!(
            ClientConfig::builder()
                .attempt_timeout(Duration::ZERO)
                .build()
                .is_err()
        );
        assert!(ClientConfig::builder().user_agent("a\nb").build().is_err());
        assert!(
            ClientConfig::builder()
                .extra_signed_headers(["x-amz-date"])
                .build()
                .is_err()
        );
        let c = ClientConfig::builder().build().unwrap();
        assert!(c.resolve("cvm.evil.com/", None).is_err());
        let c = ClientConfig::builder()
            .endpoint(Endpoint::Regional)
            .build()
            .unwrap();
        assert!(c.resolve("cvm", Some("a.b")).is_err());
    }

    #[test]
    fn debug_redacts_proxy_password() {
        let c = ClientConfig::builder()
            .proxy("http://user:hunter2@proxy:3128")
            .build()
            .unwrap();
        let d = format!("{c:?}");
        assert!(!d.contains("hunter2"), "{d}");
        assert!(d.contains("proxy:3128"));
    }
}
