//! The output language of the release-note templates ([`crate::rules`])
//! and of the renderers ([`crate::render`]). It lives beside the change
//! model, so the rules need nothing from the renderers.

/// Output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "zh" | "zh-CN" | "cn" => Ok(Lang::Zh),
            "en" | "en-US" => Ok(Lang::En),
            _ => Err(format!("unknown language {s:?} (expected zh or en)")),
        }
    }
}
