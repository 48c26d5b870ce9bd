//! [`ClientConfigBuilder`]: every setting of a [`ClientConfig`], checked by `build`.

use std::time::Duration;

use super::{ClientConfig, DEFAULT_ROOT_DOMAIN, Endpoint, Language, Site, parse_base_url};
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::sign::Algorithm;

/// Builder of [`ClientConfig`]; every setter is optional.
#[derive(Debug, Clone)]
pub struct ClientConfigBuilder {
    pub(super) config: ClientConfig,
    /// PEM texts given to `add_root_certificates_pem`, parsed by `build`.
    pub(super) pem_roots: Vec<Vec<u8>>,
    /// Whether `root_domain` was set (else the site's applies).
    pub(super) root_domain_set: bool,
    /// Whether `site` was set (else `TENCENTCLOUD_SITE` may apply, through the loader).
    pub(super) site_set: bool,
    /// `service_endpoint` calls, parsed by `build`.
    pub(super) service_urls: Vec<(String, String)>,
}

impl ClientConfigBuilder {
    /// Default region (`X-TC-Region`) for requests that do not name one.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// `X-TC-Language`.
    pub fn language(mut self, language: Language) -> Self {
        self.config.language = Some(language);
        self
    }

    /// Endpoint policy.
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.config.endpoint = endpoint;
        self
    }

    /// Shorthand for `endpoint(Endpoint::Url(url))`.
    pub fn endpoint_url(self, url: impl Into<String>) -> Self {
        self.endpoint(Endpoint::Url(url.into()))
    }

    /// Root domain for [`Endpoint::Global`] and [`Endpoint::Regional`]
    /// (default `tencentcloudapi.com`; e.g. `internal.tencentcloudapi.com`).
    pub fn root_domain(mut self, domain: impl Into<String>) -> Self {
        self.config.root_domain = domain.into();
        self.root_domain_set = true;
        self
    }

    /// The Tencent Cloud site (default [`Site::China`]): its root domain
    /// (`tencentcloudapi.com` or `intl.tencentcloudapi.com`) for every service, STS
    /// included, unless [`root_domain`](Self::root_domain) or an endpoint is set.
    /// Regional endpoints ([`Endpoint::Regional`]) are `<service>.<region>.tencentcloudapi.com`
    /// on both sites, as the international site's API docs give them.
    pub fn site(mut self, site: Site) -> Self {
        self.config.site = site;
        self.site_set = true;
        self
    }

    pub(crate) fn has_site(&self) -> bool {
        self.site_set
    }

    /// Sends the requests of one service to `url` (a base URL, or a bare host meaning
    /// `https://host`), as a tccli profile's `<service>.endpoint` does. An
    /// [`Endpoint::Url`] for every service, or a call's own endpoint, still wins.
    pub fn service_endpoint(mut self, service: impl Into<String>, url: impl Into<String>) -> Self {
        self.service_urls.push((service.into(), url.into()));
        self
    }

    /// Connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Time limit of one attempt (default 60 s); see [`ClientConfig::attempt_timeout`].
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// The attempt timeout: [`ClientConfigBuilder::attempt_timeout`].
    #[deprecated(
        since = "0.2.2",
        note = "named `attempt_timeout` now, beside `operation_timeout`"
    )]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.attempt_timeout(timeout)
    }

    /// Time limit of a whole call, every attempt and wait between them included (default
    /// 120 s). Sets the retry policy's [`total_deadline`](RetryPolicy::total_deadline);
    /// set the retry policy first if you set both. A call that runs out of it ends with
    /// [`Error::OperationTimeout`], giving the time taken and the attempts made.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.config.retry.total_deadline = Some(timeout);
        self
    }

    /// Sends every request through `transport` instead of the built-in
    /// [`HyperTransport`](crate::transport::HyperTransport); the proxy, connect timeout,
    /// user agent and root certificate settings are then the transport's business. See
    /// [`transport`](crate::transport).
    pub fn transport(mut self, transport: crate::transport::SharedTransport) -> Self {
        self.config.transport = Some(transport);
        self
    }

    /// Adds an interceptor run on every attempt of every call; see
    /// [`interceptor`](crate::interceptor).
    pub fn interceptor(mut self, interceptor: impl crate::interceptor::Interceptor) -> Self {
        self.config
            .interceptors
            .push(crate::interceptor::SharedInterceptor::new(interceptor));
        self
    }

    /// Sends a record of every finished call to `metrics`; see
    /// [`telemetry`](crate::telemetry).
    pub fn metrics(mut self, metrics: crate::telemetry::SharedMetrics) -> Self {
        self.config.metrics = Some(metrics);
        self
    }

    /// The most bytes one API response body may have (default 32 MiB,
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](super::DEFAULT_MAX_RESPONSE_BYTES)); see [`ClientConfig::max_response_bytes`].
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.config.max_response_bytes = bytes;
        self
    }

    /// Trusts the certificates of this PEM text (one or more `BEGIN CERTIFICATE` blocks)
    /// as roots for https, besides the webpki (Mozilla) roots: a private endpoint's CA,
    /// a TLS-inspecting proxy's, or the local emulator's (`tc-emulator --tls`).
    /// Checked by [`ClientConfigBuilder::build`].
    pub fn add_root_certificates_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.pem_roots.push(pem.as_ref().to_vec());
        self
    }

    /// HTTP proxy for all requests, e.g. `http://proxy:3128` or
    /// `http://user:password@proxy:3128` (https goes through it by `CONNECT`). Without
    /// it, `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` apply.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.config.proxy = Some(url.into());
        self
    }

    /// `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// Retry policy (default [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.config.retry = retry;
        self
    }

    /// Signature algorithm (default TC3-HMAC-SHA256). With `HmacSHA256` / `HmacSHA1` the
    /// JSON body is flattened into form parameters, as tccli does.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.config.algorithm = algorithm;
        self
    }

    /// TC3 headers to sign besides `content-type` and `host`, e.g. `["x-tc-action"]`.
    pub fn extra_signed_headers<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.config.extra_signed_headers = names.into_iter().map(Into::into).collect();
        self
    }

    /// Takes the transport settings of `other`: proxy, timeouts, root certificates, user
    /// agent and transport; and its site and root domain, so that STS follows the site.
    pub(crate) fn transport_of(mut self, other: &ClientConfig) -> Self {
        let c = &mut self.config;
        c.connect_timeout = other.connect_timeout;
        c.timeout = other.timeout;
        c.proxy.clone_from(&other.proxy);
        c.user_agent.clone_from(&other.user_agent);
        c.root_certificates.clone_from(&other.root_certificates);
        c.transport.clone_from(&other.transport);
        c.site = other.site;
        c.root_domain.clone_from(&other.root_domain);
        c.regional_root_domain
            .clone_from(&other.regional_root_domain);
        self.site_set = true;
        self.root_domain_set = true;
        self
    }

    /// Validates and returns the configuration.
    pub fn build(mut self) -> Result<ClientConfig, Error> {
        if self.root_domain_set {
            self.config.regional_root_domain = self.config.root_domain.clone();
        } else {
            self.config.root_domain = self.config.site.root_domain().to_owned();
            self.config.regional_root_domain = DEFAULT_ROOT_DOMAIN.to_owned();
        }
        let c = &mut self.config;
        if let Some(r) = &c.region
            && (r.is_empty() || !r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        {
            return Err(Error::InvalidInput(format!("invalid region {r:?}")));
        }
        if c.root_domain.is_empty()
            || !c
                .root_domain
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(Error::InvalidInput(format!(
                "invalid root domain {:?}",
                c.root_domain
            )));
        }
        if c.timeout.is_zero() || c.connect_timeout.is_zero() {
            return Err(Error::InvalidInput("timeouts must be positive".into()));
        }
        c.retry.validate()?;
        crate::sign::check_header_value("user agent", &c.user_agent)?;
        for h in &mut c.extra_signed_headers {
            *h = h.trim().to_ascii_lowercase();
            if !matches!(
                h.as_str(),
                "content-type"
                    | "host"
                    | "x-tc-action"
                    | "x-tc-timestamp"
                    | "x-tc-version"
                    | "x-tc-region"
                    | "x-tc-language"
                    | "x-tc-token"
            ) {
                return Err(Error::InvalidInput(format!(
                    "cannot sign header {h:?}: choose among content-type, host, x-tc-action, \
                     x-tc-timestamp, x-tc-version, x-tc-region, x-tc-language, x-tc-token"
                )));
            }
        }
        c.fixed = match &c.endpoint {
            Endpoint::Url(url) => Some(parse_base_url(url)?),
            _ => None,
        };
        for (service, url) in &self.service_urls {
            let parsed = parse_base_url(url)
                .map_err(|e| Error::InvalidInput(format!("endpoint of {service}: {e}")))?;
            c.service_endpoints.retain(|(s, _)| s != service);
            c.service_endpoints.push((service.clone(), parsed));
        }
        for (i, pem) in self.pem_roots.iter().enumerate() {
            let certs = crate::http::pem_certificates(pem).map_err(|e| {
                Error::InvalidInput(format!("root certificates (PEM text {}): {e}", i + 1))
            })?;
            c.root_certificates.extend(certs);
        }
        Ok(self.config)
    }
}
