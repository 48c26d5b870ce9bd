//! Request signing: TC3-HMAC-SHA256 ([`tc3`]) and the legacy v1 HmacSHA256 / HmacSHA1
//! ([`v1`]).
//!
//! Signing is a pure function over a borrowed description of the request: it returns
//! the headers (TC3) or the parameters (v1) to add, and touches no HTTP library. The
//! intermediate strings (canonical request, string to sign) are returned too, and each
//! stage is a public function of its own, so that a server (the emulator) can verify a
//! signature with exactly the code that makes it.

pub mod tc3;
pub mod v1;

mod encode;

pub use encode::{flatten_json_params, form_urlencode};

use crate::error::Error;

/// HTTP method of a signed request. Tencent Cloud API 3.0 takes only `POST` and `GET`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Method {
    /// `POST` with a JSON (TC3) or form (v1) body.
    #[default]
    Post,
    /// `GET` with the parameters in the query string.
    Get,
}

impl Method {
    /// `"POST"` or `"GET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Post => "POST",
            Method::Get => "GET",
        }
    }
}

impl std::str::FromStr for Method {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "POST" | "post" => Ok(Method::Post),
            "GET" | "get" => Ok(Method::Get),
            other => Err(Error::InvalidInput(format!(
                "unsupported HTTP method {other:?} (expected POST or GET)"
            ))),
        }
    }
}

/// The signature algorithms Tencent Cloud accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Algorithm {
    /// `TC3-HMAC-SHA256`, the current algorithm (headers).
    #[default]
    Tc3HmacSha256,
    /// Legacy `HmacSHA256` (parameters). tccli signs with this one.
    HmacSha256,
    /// Legacy `HmacSHA1` (parameters).
    HmacSha1,
}

impl Algorithm {
    /// The name Tencent uses: `TC3-HMAC-SHA256`, `HmacSHA256` or `HmacSHA1`.
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Tc3HmacSha256 => "TC3-HMAC-SHA256",
            Algorithm::HmacSha256 => "HmacSHA256",
            Algorithm::HmacSha1 => "HmacSHA1",
        }
    }
}

impl std::str::FromStr for Algorithm {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "TC3-HMAC-SHA256" => Ok(Algorithm::Tc3HmacSha256),
            "HmacSHA256" => Ok(Algorithm::HmacSha256),
            "HmacSHA1" => Ok(Algorithm::HmacSha1),
            other => Err(Error::InvalidInput(format!(
                "unknown signature algorithm {other:?} (expected TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1)"
            ))),
        }
    }
}

/// The UTC date `YYYY-MM-DD` of a Unix timestamp, as used in the TC3 credential scope.
///
/// Returns an error for timestamps before 1970 or after 9999-12-31.
pub fn utc_date(timestamp: i64) -> Result<String, Error> {
    // 253402300799 = 9999-12-31T23:59:59Z
    if !(0..=253_402_300_799).contains(&timestamp) {
        return Err(Error::InvalidInput(format!(
            "timestamp {timestamp} is out of range (1970..=9999)"
        )));
    }
    let days = timestamp.div_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let (y, m, d) = (y as u32, m, d);
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        10,
        m / 10,
        m % 10,
        10,
        d / 10,
        d % 10,
    ];
    Ok(digits
        .iter()
        .map(|&x| {
            if x == 10 {
                '-'
            } else {
                char::from(b'0' + x as u8)
            }
        })
        .collect())
}

/// Appends the lower-case hex form of `bytes` to `out` (much faster than `hex::encode`).
pub(crate) fn push_hex(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 128];
    for chunk in bytes.chunks(64) {
        for (i, &b) in chunk.iter().enumerate() {
            buf[2 * i] = HEX[(b >> 4) as usize];
            buf[2 * i + 1] = HEX[(b & 0x0f) as usize];
        }
        // Only ASCII hex digits were written: the conversion cannot fail.
        out.push_str(std::str::from_utf8(&buf[..chunk.len() * 2]).unwrap_or_default());
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Rejects values that would break a header or a canonical string (CR, LF, NUL).
pub(crate) fn check_header_value(name: &str, value: &str) -> Result<(), Error> {
    if value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
        return Err(Error::InvalidInput(format!(
            "{name} contains a line break or NUL"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc_date(0).unwrap(), "1970-01-01");
        assert_eq!(utc_date(1551113065).unwrap(), "2019-02-25");
        // Last second of a day, first second of the next.
        assert_eq!(utc_date(1551139199).unwrap(), "2019-02-25");
        assert_eq!(utc_date(1551139200).unwrap(), "2019-02-26");
        // Leap day.
        assert_eq!(utc_date(951782400).unwrap(), "2000-02-29");
        assert_eq!(utc_date(4107542399).unwrap(), "2100-02-28");
        assert_eq!(utc_date(253402300799).unwrap(), "9999-12-31");
        assert!(utc_date(-1).is_err());
        assert!(utc_date(253402300800).is_err());
    }

    #[test]
    fn utc_date_matches_day_arithmetic_for_every_day_of_a_century() {
        // Walk day by day from 2000-01-01 and check month/day rollover by hand.
        let month_len = |y: i64, m: u32| match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            _ => 28,
        };
        let (mut y, mut m, mut d) = (2000i64, 1u32, 1u32);
        let mut ts = 946_684_800i64;
        for _ in 0..36_600 {
            assert_eq!(utc_date(ts).unwrap(), format!("{y:04}-{m:02}-{d:02}"));
            ts += 86_400;
            d += 1;
            if d > month_len(y, m) {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }

    #[test]
    fn hex_matches_the_hex_crate() {
        let data: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        for len in [0, 1, 20, 32, 63, 64, 65, 200, 512] {
            let mut s = String::new();
            push_hex(&mut s, &data[..len]);
            assert_eq!(s, hex::encode(&data[..len]));
        }
    }

    #[test]
    fn parse_names() {
        assert_eq!("GET".parse::<Method>().unwrap(), Method::Get);
        assert!("PUT".parse::<Method>().is_err());
        assert_eq!(
            "HmacSHA1".parse::<Algorithm>().unwrap(),
            Algorithm::HmacSha1
        );
        assert!("hmacsha1".parse::<Algorithm>().is_err());
    }
}
