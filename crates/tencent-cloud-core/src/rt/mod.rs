//! The runtime of generated crates: every generated module starts with
//! `use tencent_cloud_core::rt;` and names what it needs through `rt::`.
//!
//! It holds the call and pager types generated methods return ([`Call`],
//! [`StreamCall`], [`Pages`], …) and the JSON codec of generated types, which is
//! small, non-generic and lenient.
//!
//! Generated service crates do not derive serde's traits. Each generated
//! struct implements [`Encode`] (when it is sent) and [`Decode`] (when it is
//! received) with one line per field, calling the helpers here. This keeps
//! the generated code small and fast to compile (serde's derived
//! `Deserialize` is several times larger per struct), and it puts the
//! leniency real responses need in one place:
//!
//! * numbers sent as strings (`"10"`) and strings sent as numbers (`10`);
//! * `null` where the spec promises a value: the field is `None`;
//! * booleans sent as `0`/`1` or `"true"`/`"false"`;
//! * a single value where the spec says list: a one-element list, and a
//!   one-element list where the spec says a single value: its element;
//! * `""` where the spec says number, boolean, list or object: `None`;
//! * an object sent as a string of JSON: the object;
//! * unknown fields: kept in `_unknown_fields` (see [`UnknownFields`]).
//!
//! Nothing is dropped silently: a value that cannot be read as its type
//! (`"xx"` for a number, a list of several objects for one object) is an
//! error naming its path (and, in a response, is kept raw: [`decode_lenient`]).
//!
//! Decoding reads the bytes directly with [`Parser`], a pull parser: each
//! generated type matches member names as they come and reads its fields in
//! place, with no `serde_json::Value` in between.

use crate::client::BodyType;
pub use crate::client::{
    Call, CallFuture, CallOptions, Client, OctetCall, RequestSpec, StreamCall,
};
pub use crate::error::Error;
pub use crate::pages::{MAX_EMPTY_PAGES, Pages, Paginate, offset_from_text};
pub use crate::sse::{Event, EventStream};
pub use bytes::Bytes;
pub use serde_json::Value;

/// The result of a call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The result of [`Decode::decode`].
pub type DecodeResult<T> = std::result::Result<T, DecodeError>;

/// A value that can be read from JSON.
pub trait Decode: Sized {
    /// Whether an empty string stands for "no value" (true for every type
    /// but strings).
    const EMPTY_STRING_IS_NONE: bool = true;

    /// Reads `Self` from the parser, positioned before a value. `null` is handled by
    /// the caller (fields are `Option`), so implementations see non-null values.
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError>;

    /// Reads `Self` from a JSON value, strictly (by writing it out and parsing it: for
    /// tests and tools; calls decode bytes directly).
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        let text = v.to_string();
        Parser::new(&text).read_all()
    }
}

/// A value that can be written as JSON.
pub trait Encode {
    /// Appends `self` as one JSON value.
    fn encode(&self, w: &mut Writer);
}

mod decode;
mod encode;
mod json;
mod unknown;

pub use decode::DecodeError;
pub(crate) use decode::type_name;
pub use encode::{Frame, Writer};
pub use json::{MAX_DEPTH, Parser};
pub(crate) use unknown::decode_response;
pub use unknown::{UnknownFields, decode_lenient};

/// A generated struct read member by member: what [`model!`] implements so that
/// one generic function, [`read_struct`], decodes every generated struct. The
/// object-walking code is compiled once, here, instead of once per struct in every
/// generated crate (measured on kms: 7.7% of its check's instructions).
pub trait Members: Default {
    /// Reads the value of member `key` into its field; `Ok(false)` when the struct
    /// has no field named `key` (the caller keeps it as an unknown field).
    fn read_member(&mut self, p: &mut Parser<'_>, key: &str) -> DecodeResult<bool>;
    /// Where members without a field are kept.
    fn unknown_fields_mut(&mut self) -> &mut UnknownFields;
}

/// Reads a JSON object into a generated struct: each member through
/// [`Members::read_member`], the rest kept in its unknown fields.
pub fn read_struct<T: Members>(p: &mut Parser<'_>) -> DecodeResult<T> {
    let mut s = T::default();
    let unknown = p.object(&mut |p, key| s.read_member(p, key))?;
    *s.unknown_fields_mut() = unknown;
    Ok(s)
}

/// Encodes a value to JSON bytes.
pub fn to_vec<T: Encode + ?Sized>(value: &T) -> Vec<u8> {
    let mut w = Writer::new();
    value.encode(&mut w);
    w.into_bytes()
}

/// Decodes a value from JSON bytes.
///
/// Forward-compatible: a member that does not fit its type is kept raw in the struct's
/// `_unknown_fields` and logged, as for responses ([`decode_lenient`]).
pub fn from_slice<T: Decode>(bytes: &[u8]) -> Result<T, Error> {
    decode_bytes("", bytes)
}

/// Decodes the bytes of a `Response` object for `action` (see [`from_slice`]).
pub(crate) fn decode_bytes<T: Decode>(action: &str, bytes: &[u8]) -> Result<T, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::decode(
            200,
            format!("response is not JSON: not UTF-8 ({e})"),
            bytes,
            None,
        )
    })?;
    decode_response(action, text).map_err(|e| decode_error(bytes, e))
}

pub(crate) fn decode_error(bytes: &[u8], e: DecodeError) -> Error {
    let reason = if e.is_fatal() {
        format!("response is not JSON: {e}")
    } else {
        format!("response does not fit the expected type: {e}")
    };
    Error::decode(200, reason, bytes, Some(Box::new(e)))
}

/// Decodes the JSON `data` of one server-sent event (a streaming action's
/// chunk) into the action's response type.
pub fn decode_event<T: Decode>(event: &Event) -> Result<T, Error> {
    from_slice(event.data.as_bytes())
}

/// Calls an action: encodes `input`, sends it as [`Client::send_raw`] does,
/// decodes the `Response` object (the body is parsed once).
///
/// Deprecated: one of three public things named `call`; [`Call`] (what every generated
/// method returns) does the same, with per-call options.
#[deprecated(
    since = "0.2.6",
    note = "use `Call::new(client, spec, &input).await` (what generated methods return)"
)]
pub async fn call<I: Encode + ?Sized, O: Decode>(
    client: &Client,
    spec: &RequestSpec<'_>,
    input: &I,
) -> Result<O, Error> {
    let body = bytes::Bytes::from(to_vec(input));
    client
        .call_decoded(spec, &CallOptions::default(), BodyType::Json, body)
        .await
}

/// Defines generated model structs: one `struct` with `Option` fields, its
/// [`Decode`] impl and, for types that are sent, its [`Encode`] impl and
/// by-value setters (`Filter::default().set_name("zone")`), from one list
/// of `field: Type = "WireName"` entries.
///
/// Three kinds: `encode` (sent: `Encode` and setters), `decode` (received), and
/// `response` (an action's response: received, with the `request_id` field every
/// response ends with added last).
///
/// Used by generated crates (as `rt::model!`); it keeps their source small:
/// each field's name, type and wire name are written once. Decoding goes through
/// one generic function ([`read_struct`]) over each struct's [`Members`], so that
/// the per-struct code is one `match` of wire names.
///
/// ```
/// use tencent_cloud_core::rt::{self as rt, Decode, Encode};
///
/// rt::model! {
///     /// A filter.
///     pub struct Filter: encode {
///         /// The name.
///         name: String = "Name",
///         values: Vec<String> = "Values",
///     }
///
///     /// Received only: no `Encode`.
///     pub struct Page: decode {
///         filters: Vec<Filter> = "Filters",
///         total_count: u64 = "TotalCount",
///     }
///
///     /// An action's response: `request_id` is added.
///     pub struct ListResponse: response {
///         page: Page = "Page",
///     }
/// }
///
/// let f = Filter::decode(&serde_json::json!({"Name": "zone", "Values": ["a"]})).unwrap();
/// assert_eq!(f, Filter::default().set_name("zone").set_values(vec!["a".to_string()]));
/// assert_eq!(f.name.as_deref(), Some("zone"));
/// assert_eq!(rt::to_vec(&f), br#"{"Name":"zone","Values":["a"]}"#);
/// let p = Page::decode(&serde_json::json!({"Filters": [{"Name": "x"}], "TotalCount": "3"})).unwrap();
/// assert_eq!(p.total_count, Some(3));
/// let r = ListResponse::decode(&serde_json::json!({"RequestId": "r-1"})).unwrap();
/// assert_eq!(r.request_id.as_deref(), Some("r-1"));
/// ```
#[macro_export]
macro_rules! __tc_model {
    // Attributes (doc comments) are matched as token trees, not `meta` fragments:
    // parsing every doc line as a `meta` costs time in every generated crate.
    ( $( $(#$meta:tt)* pub struct $name:ident : $kind:ident { $($body:tt)* } )* ) => {
        $( $crate::__tc_model_one! { $(#$meta)* pub struct $name: $kind { $($body)* } } )*
    };
}

/// One struct of [`model!`].
///
/// With the `serde` feature of the crate that expands it, every struct also gets
/// `serde::Serialize` and `serde::Deserialize` (through [`serde_support`]), and
/// received-only structs get [`Encode`], which serialising needs.
#[doc(hidden)]
#[macro_export]
macro_rules! __tc_model_one {
    (
        $(#$meta:tt)*
        pub struct $name:ident: response {
            $( $(#$fmeta:tt)* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $crate::__tc_model_one! {
            $(#$meta)*
            pub struct $name: decode {
                $( $(#$fmeta)* $field: $ty = $key, )*
                /// The unique request ID, for Tencent Cloud support.
                request_id: ::std::string::String = "RequestId",
            }
        }
    };
    (
        $(#$meta:tt)*
        pub struct $name:ident: decode {
            $( $(#$fmeta:tt)* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $crate::__tc_model_one! { @struct $(#$meta)* $name { $( $(#$fmeta)* $field: $ty = $key, )* } }
        #[cfg(feature = "serde")]
        $crate::__tc_model_one! { @encode $name { $( $field = $key, )* } }
        #[cfg(feature = "serde")]
        $crate::__tc_model_one! { @serde $name }
    };
    (
        $(#$meta:tt)*
        pub struct $name:ident: encode {
            $( $(#$fmeta:tt)* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $crate::__tc_model_one! { @struct $(#$meta)* $name { $( $(#$fmeta)* $field: $ty = $key, )* } }
        $crate::__tc_model_one! { @encode $name { $( $field = $key, )* } }
        #[cfg(feature = "serde")]
        $crate::__tc_model_one! { @serde $name }

        #[allow(deprecated)]
        impl $name {
            $crate::rt::__paste! {
                $(
                    #[doc = concat!("Sets `", stringify!($field), "` (wire name `", $key, "`) and returns `self`.")]
                    #[must_use]
                    pub fn [<set_ $field>](mut self, value: impl ::core::convert::Into<$ty>) -> Self {
                        self.$field = ::core::option::Option::Some(value.into());
                        self
                    }
                )*
            }
        }
    };
    (
        @struct $(#$meta:tt)* $name:ident {
            $( $(#$fmeta:tt)* $field:ident : $ty:ty = $key:literal, )*
        }
    ) => {
        $(#$meta)*
        #[derive(Clone, Debug, Default, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#$fmeta)* pub $field: ::core::option::Option<$ty>, )*
            /// Members this version of the crate does not know (a newer API), and raw
            /// values that did not fit their field's type; encoded after the known fields.
            pub _unknown_fields: $crate::rt::UnknownFields,
        }

        impl $crate::rt::Decode for $name {
            fn read(p: &mut $crate::rt::Parser<'_>) -> $crate::rt::DecodeResult<Self> {
                $crate::rt::read_struct(p)
            }
        }

        #[allow(deprecated)]
        impl $crate::rt::Members for $name {
            #[allow(unused_variables)]
            #[inline]
            fn read_member(
                &mut self,
                p: &mut $crate::rt::Parser<'_>,
                key: &str,
            ) -> $crate::rt::DecodeResult<bool> {
                match key {
                    $( $key => p.field(&mut self.$field), )*
                    _ => ::core::result::Result::Ok(false),
                }
            }

            fn unknown_fields_mut(&mut self) -> &mut $crate::rt::UnknownFields {
                &mut self._unknown_fields
            }
        }
    };
    (@encode $name:ident { $( $field:ident = $key:literal, )* }) => {
        #[allow(deprecated)]
        impl $crate::rt::Encode for $name {
            fn encode(&self, w: &mut $crate::rt::Writer) {
                let f = w.begin_object();
                $( w.field($key, &self.$field); )*
                w.unknown(&self._unknown_fields);
                w.end_object(f);
            }
        }
    };
    (@serde $name:ident) => {
        impl $crate::rt::__serde::Serialize for $name {
            fn serialize<S: $crate::rt::__serde::Serializer>(
                &self,
                s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::rt::serde_support::serialize(self, s)
            }
        }

        impl<'de> $crate::rt::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::rt::__serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::rt::serde_support::deserialize(d)
            }
        }
    };
}

#[doc(inline)]
pub use crate::__tc_model as model;

#[doc(hidden)]
pub use paste::paste as __paste;

#[doc(hidden)]
pub use serde as __serde;

pub mod serde_support;

#[cfg(test)]
mod tests;
