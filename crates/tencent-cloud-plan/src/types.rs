//! Spec types → Rust types: the one scalar map, boxing, list wrapping and
//! the std names that objects can shadow.

use std::collections::BTreeSet;

use tencent_cloud_spec::{Base, Scalar, TypeRef};

/// The Rust type of a scalar spec type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RustScalar {
    /// `string`, `datetime`, `datetime_iso`, `date` and `binary` (base64 text).
    String,
    /// `int64`.
    I64,
    /// `uint64`.
    U64,
    /// `float`.
    F64,
    /// `bool`.
    Bool,
}

impl RustScalar {
    /// The one scalar map of the SDK.
    pub fn of(s: Scalar) -> RustScalar {
        match s {
            Scalar::String
            | Scalar::DateTime
            | Scalar::DateTimeIso
            | Scalar::Date
            | Scalar::Binary => RustScalar::String,
            Scalar::Int64 => RustScalar::I64,
            Scalar::Uint64 => RustScalar::U64,
            Scalar::Float => RustScalar::F64,
            Scalar::Bool => RustScalar::Bool,
        }
    }

    /// The type as written in generated code (`String` as `std` spells it
    /// where an object shadows it).
    pub fn render(self, std: &StdNames) -> &'static str {
        match self {
            RustScalar::String => std.string,
            RustScalar::I64 => "i64",
            RustScalar::U64 => "u64",
            RustScalar::F64 => "f64",
            RustScalar::Bool => "bool",
        }
    }
}

/// A field's Rust type inside its `Option`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RustType {
    pub base: RustBase,
    /// `Vec<…>`.
    pub list: bool,
    /// `Box<…>`: a non-list object field on a cycle of inline structs.
    pub boxed: bool,
}

/// The element type of a [`RustType`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RustBase {
    Scalar(RustScalar),
    /// A generated struct, named after the spec object.
    Struct(String),
}

impl RustType {
    /// The Rust type of a spec type (`boxed` only matters for a non-list object).
    pub fn of(t: &TypeRef, boxed: bool) -> RustType {
        let base = match &t.base {
            Base::Scalar(s) => RustBase::Scalar(RustScalar::of(*s)),
            Base::Object(o) => RustBase::Struct(o.clone()),
        };
        let boxed = boxed && !t.list && matches!(base, RustBase::Struct(_));
        RustType {
            base,
            list: t.list,
            boxed,
        }
    }

    /// The element type alone (a list's item, never boxed).
    pub fn item(t: &TypeRef) -> RustType {
        RustType {
            list: false,
            ..RustType::of(t, false)
        }
    }

    /// As written in generated code.
    pub fn render(&self, std: &StdNames) -> String {
        let base = match &self.base {
            RustBase::Scalar(s) => s.render(std).to_string(),
            RustBase::Struct(o) if self.boxed => format!("{}<{o}>", std.boxed),
            RustBase::Struct(o) => o.clone(),
        };
        if self.list {
            format!("{}<{base}>", std.vec)
        } else {
            base
        }
    }
}

/// Do two spec types map to the same Rust type (ignoring boxing)?
pub fn same_rust_type(a: &TypeRef, b: &TypeRef) -> bool {
    RustType::of(a, false) == RustType::of(b, false)
}

/// The wire format a `String` field carries, noted in its docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    DateTime,
    DateTimeIso,
    Date,
    Binary,
}

impl Format {
    pub fn of(t: &TypeRef) -> Option<Format> {
        match t.base {
            Base::Scalar(Scalar::DateTime) => Some(Format::DateTime),
            Base::Scalar(Scalar::DateTimeIso) => Some(Format::DateTimeIso),
            Base::Scalar(Scalar::Date) => Some(Format::Date),
            Base::Scalar(Scalar::Binary) => Some(Format::Binary),
            _ => None,
        }
    }
}

/// Names used by generated code that an object of the same name would
/// shadow: written fully qualified in modules where that happens (`Option`,
/// `Box`, `String` and `Vec` are real object names upstream).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StdNames {
    pub option: &'static str,
    pub vec: &'static str,
    pub string: &'static str,
    pub boxed: &'static str,
}

impl StdNames {
    pub fn for_objects(objects: &BTreeSet<&str>) -> Self {
        let pick = |name: &str, plain: &'static str, full: &'static str| {
            if objects.contains(name) { full } else { plain }
        };
        StdNames {
            option: pick("Option", "Option", "::core::option::Option"),
            vec: pick("Vec", "Vec", "::std::vec::Vec"),
            string: pick("String", "String", "::std::string::String"),
            boxed: pick("Box", "Box", "::std::boxed::Box"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(list: bool, base: Base) -> TypeRef {
        TypeRef { list, base }
    }

    #[test]
    fn scalar_map_and_rendering() {
        let plain = StdNames::for_objects(&BTreeSet::new());
        let shadowed = StdNames::for_objects(&["String", "Vec", "Box"].into_iter().collect());
        let s = t(false, Base::Scalar(Scalar::DateTime));
        assert_eq!(RustType::of(&s, false).render(&plain), "String");
        assert_eq!(
            RustType::of(&s, false).render(&shadowed),
            "::std::string::String"
        );
        let l = t(true, Base::Scalar(Scalar::Uint64));
        assert_eq!(RustType::of(&l, true).render(&plain), "Vec<u64>");
        assert_eq!(
            RustType::of(&l, false).render(&shadowed),
            "::std::vec::Vec<u64>"
        );
        let o = t(false, Base::Object("Node".into()));
        assert_eq!(RustType::of(&o, true).render(&plain), "Box<Node>");
        assert_eq!(
            RustType::of(&o, true).render(&shadowed),
            "::std::boxed::Box<Node>"
        );
        assert_eq!(RustType::of(&o, false).render(&plain), "Node");
        // A list is never boxed: Vec already breaks the cycle.
        let lo = t(true, Base::Object("Node".into()));
        assert_eq!(RustType::of(&lo, true).render(&plain), "Vec<Node>");
        assert_eq!(RustType::item(&lo).render(&plain), "Node");
    }

    #[test]
    fn same_rust_type_follows_the_map() {
        let st = |s| t(false, Base::Scalar(s));
        assert!(same_rust_type(&st(Scalar::String), &st(Scalar::DateTime)));
        assert!(same_rust_type(&st(Scalar::Binary), &st(Scalar::Date)));
        assert!(!same_rust_type(&st(Scalar::Int64), &st(Scalar::Uint64)));
        assert!(!same_rust_type(
            &st(Scalar::String),
            &t(true, Base::Scalar(Scalar::String))
        ));
        assert!(!same_rust_type(
            &t(false, Base::Object("A".into())),
            &t(false, Base::Object("B".into()))
        ));
    }
}
