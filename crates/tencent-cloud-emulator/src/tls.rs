//! `--tls`: a throw-away CA and a leaf certificate generated at start, so that clients
//! which only speak https (tccli) can call the emulator. Trust the CA with
//! `REQUESTS_CA_BUNDLE` (Python), `SSL_CERT_FILE` or a client's root store.

use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::error::StartError;

/// Names the leaf certificate always covers, besides those given to the builder.
pub const DEFAULT_NAMES: &[&str] = &[
    "localhost",
    "127.0.0.1",
    "::1",
    "tencentcloudapi.com",
    "*.tencentcloudapi.com",
    // The international site (`cvm.intl.tencentcloudapi.com`): a wildcard covers one label.
    "*.intl.tencentcloudapi.com",
];

/// The generated CA (PEM) and the server configuration using the leaf.
pub struct Tls {
    pub(crate) ca_pem: String,
    pub(crate) config: Arc<rustls::ServerConfig>,
}

fn err(what: &str, e: impl std::fmt::Display) -> StartError {
    StartError::Config(format!("cannot {what}: {e}"))
}

/// Generates a CA and a leaf for `DEFAULT_NAMES` plus `extra` names.
pub fn generate(extra: &[String]) -> Result<Tls, StartError> {
    let ca_key = KeyPair::generate().map_err(|e| err("generate the CA key", e))?;
    let mut ca =
        CertificateParams::new(Vec::<String>::new()).map_err(|e| err("build the CA", e))?;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "tc-emulator throw-away CA");
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca
        .self_signed(&ca_key)
        .map_err(|e| err("self-sign the CA", e))?;

    let mut names: Vec<String> = DEFAULT_NAMES.iter().map(|s| s.to_string()).collect();
    names.extend(extra.iter().cloned());
    let leaf_key = KeyPair::generate().map_err(|e| err("generate the server key", e))?;
    let mut leaf =
        CertificateParams::new(names).map_err(|e| err("build the server certificate", e))?;
    leaf.distinguished_name
        .push(DnType::CommonName, "tc-emulator");
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    leaf.use_authority_key_identifier_extension = true;
    let leaf_cert = leaf
        .signed_by(&leaf_key, &ca_cert, &ca_key)
        .map_err(|e| err("sign the server certificate", e))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| err("configure TLS", e))?
        .with_no_client_auth()
        .with_single_cert(
            vec![
                CertificateDer::from(leaf_cert.der().to_vec()),
                CertificateDer::from(ca_cert.der().to_vec()),
            ],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der())),
        )
        .map_err(|e| err("configure TLS", e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Tls {
        ca_pem: ca_cert.pem(),
        config: Arc::new(config),
    })
}
