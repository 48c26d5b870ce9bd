//! The raw serde shape of `api.json` and `examples.json`. Private: nothing
//! outside this crate sees raw keys.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

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

/// A boolean flag as upstream writes it: `true`/`false`, or (drift seen in
/// tccli 3.1.x, read the way Python reads it) `1`/`0` and `"true"`/`"false"`.
/// `drift` says how it was spelled when it was not a JSON boolean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Flag {
    pub value: bool,
    pub drift: Option<String>,
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a boolean (or 0/1)")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag {
                    value: v,
                    drift: None,
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Flag, E> {
                Ok(Flag {
                    value: v != 0,
                    drift: Some(format!("the integer {v}")),
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Flag, E> {
                Ok(Flag {
                    value: v != 0,
                    drift: Some(format!("the integer {v}")),
                })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Flag, E> {
                let value = match v.to_ascii_lowercase().as_str() {
                    "true" | "1" => true,
                    "false" | "0" => false,
                    _ => return Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                };
                Ok(Flag {
                    value,
                    drift: Some(format!("the string {v:?}")),
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// An object key matched against a struct's known keys: the known key, or
/// the unknown one's name.
struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Result<&'static str, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct V(&'static [&'static str]);
        impl Visitor<'_> for V {
            type Value = Result<&'static str, String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(self
                    .0
                    .iter()
                    .copied()
                    .find(|k| *k == v)
                    .ok_or_else(|| v.to_string()))
            }
        }
        d.deserialize_str(V(self.0))
    }
}

/// A raw struct whose unknown keys are kept (by name, in `extra`) instead of
/// being dropped silently, so that the loader can warn about them: a new
/// upstream key is news (`skip_sign` was). Each field is `required` (missing
/// is a shape error) or `default`; `ignore` lists keys known to carry
/// nothing the model needs (`"version": "1.0"`).
macro_rules! raw_struct {
    ($(#[$meta:meta])* $name:ident { $( $field:ident : $ty:ty = $key:literal, $kind:ident; )* } $(ignore [$($ignored:literal),*])?) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub(crate) struct $name {
            $( pub $field: $ty, )*
            /// Keys this model does not know, in file order.
            pub extra: Vec<String>,
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const KEYS: &[&str] = &[$($key,)* $($($ignored),*)?];
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a JSON object")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $( let mut $field: Option<$ty> = None; )*
                        let mut extra = Vec::new();
                        while let Some(key) = map.next_key_seed(KeySeed(KEYS))? {
                            match key {
                                $( Ok($key) => {
                                    if $field.is_some() {
                                        return Err(de::Error::duplicate_field($key));
                                    }
                                    $field = Some(map.next_value()?);
                                } )*
                                Ok(_) => {
                                    map.next_value::<IgnoredAny>()?;
                                }
                                Err(unknown) => {
                                    map.next_value::<IgnoredAny>()?;
                                    extra.push(unknown);
                                }
                            }
                        }
                        Ok($name {
                            $( $field: raw_struct!(@take $field, $key, $kind), )*
                            extra,
                        })
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
    (@take $field:ident, $key:literal, required) => {
        $field.ok_or_else(|| de::Error::missing_field($key))?
    };
    (@take $field:ident, $key:literal, default) => {
        $field.unwrap_or_default()
    };
}

raw_struct!(RawApi {
    actions: Entries<RawAction> = "actions", required;
    metadata: RawMetadata = "metadata", required;
    objects: Entries<RawObject> = "objects", required;
} ignore ["version"]);

raw_struct!(RawMetadata {
    api_version: String = "apiVersion", required;
    api_brief: Option<String> = "api_brief", default;
    service_name_cn: Option<String> = "serviceNameCN", default;
    service_short_name: String = "serviceShortName", required;
});

raw_struct!(RawAction {
    document: String = "document", default;
    input: String = "input", required;
    name: String = "name", default;
    output: String = "output", required;
    status: Option<String> = "status", default;
    skip_sign: Option<Flag> = "skip_sign", default;
});

raw_struct!(RawObject {
    document: String = "document", default;
    members: Vec<RawMember> = "members", required;
    usage: Option<String> = "usage", default;
} ignore ["type"]);

raw_struct!(RawMember {
    disabled: Option<Flag> = "disabled", default;
    document: String = "document", default;
    example: Option<String> = "example", default;
    member: String = "member", required;
    name: String = "name", required;
    required: Option<Flag> = "required", default;
    output_required: Option<Flag> = "output_required", default;
    ty: String = "type", required;
    value_allowed_null: Option<Flag> = "value_allowed_null", default;
});

raw_struct!(RawExamples {
    actions: Entries<Vec<RawExample>> = "actions", required;
} ignore ["version"]);

raw_struct!(RawExample {
    document: String = "document", default;
    input: String = "input", default;
    output: String = "output", default;
    title: String = "title", default;
});
