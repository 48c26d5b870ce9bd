//! The raw serde shape of `api.json` and `examples.json`. Private: nothing
//! outside this crate sees raw keys.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

/// A JSON object read in file order, keeping duplicate keys so that they can
/// be reported (serde's maps silently keep the last one).
#[derive(Debug)]
pub(crate) struct Entries<T>(pub Vec<(String, T)>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(k) = map.next_key::<String>()? {
                    let value = map.next_value::<T>()?;
                    v.push((k, value));
                }
                Ok(Entries(v))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawApi {
    pub actions: Entries<RawAction>,
    pub metadata: RawMetadata,
    pub objects: Entries<RawObject>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RawMetadata {
    pub api_version: String,
    #[serde(default, rename = "api_brief")]
    pub api_brief: Option<String>,
    #[serde(default, rename = "serviceNameCN")]
    pub service_name_cn: Option<String>,
    pub service_short_name: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawAction {
    #[serde(default)]
    pub document: String,
    pub input: String,
    #[serde(default)]
    pub name: String,
    pub output: String,
    #[serde(default)]
    pub status: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawObject {
    #[serde(default)]
    pub document: String,
    pub members: Vec<RawMember>,
    #[serde(default)]
    pub usage: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawMember {
    #[serde(default)]
    pub disabled: Option<bool>,
    #[serde(default)]
    pub document: String,
    #[serde(default)]
    pub example: Option<String>,
    pub member: String,
    pub name: String,
    #[serde(default)]
    pub required: Option<bool>,
    #[serde(default)]
    pub output_required: Option<bool>,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub value_allowed_null: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawExamples {
    pub actions: Entries<Vec<RawExample>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawExample {
    #[serde(default)]
    pub document: String,
    #[serde(default)]
    pub input: String,
    #[serde(default)]
    pub output: String,
    #[serde(default)]
    pub title: String,
}
