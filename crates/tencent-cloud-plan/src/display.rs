//! A plan as text: one line per fact a reviewer cares about (docs are left
//! out). The golden tests compare it, and `cargo xtask plan` prints it.

use std::fmt;

use crate::plan::{ActionPlan, CratePlan, ObjectPlan, VersionPlan};

impl fmt::Display for CratePlan<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "crate {} ({})", self.crate_name, self.product)?;
        let features: Vec<String> = self
            .versions
            .iter()
            .map(|v| {
                if v.version == self.default_feature {
                    format!("{} (default)", v.version)
                } else {
                    v.version.to_string()
                }
            })
            .collect();
        writeln!(f, "features: {}", features.join(", "))?;
        if let Some(m) = &self.usage_method {
            writeln!(f, "usage example: {m}")?;
        }
        for (v, a) in &self.offline {
            writeln!(f, "offline, not generated: {v}::{a}")?;
        }
        for v in &self.versions {
            write!(f, "\n{v}")?;
        }
        Ok(())
    }
}

impl fmt::Display for VersionPlan<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "module {} (service {}, version {}{})",
            self.version,
            self.service_short_name,
            self.api_version,
            if self.newest { ", newest" } else { "" }
        )?;
        let s = self.std;
        writeln!(
            f,
            "  std names: {}, {}, {}, {}",
            s.option, s.vec, s.string, s.boxed
        )?;
        for a in &self.actions {
            write!(f, "{a}")?;
        }
        for o in &self.objects {
            write!(f, "{}", ObjectLine(o, self))?;
        }
        Ok(())
    }
}

impl fmt::Display for ActionPlan<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "  action {}: fn {}(&{}) -> {}; {}",
            self.name,
            self.method,
            self.input,
            self.output,
            self.read.reason()
        )?;
        if self.deprecated {
            f.write_str("; deprecated")?;
        }
        if let Some(p) = self.octet_stream {
            write!(f, "; octet-stream body, fields as {p}* headers")?;
        }
        if let Some(s) = &self.stream {
            write!(f, "; fn {}_stream (set_{s}(true))", self.method)?;
        }
        if let Some(p) = &self.pager {
            match &p.kind {
                crate::PageKind::Offset { field, ty, total } => write!(
                    f,
                    "; fn {}_pages (offset {field}: {}, {}",
                    self.method,
                    ty.as_str(),
                    if *total != crate::TotalCount::Absent {
                        "total_count"
                    } else {
                        "no total: ends at an empty page"
                    }
                )?,
                crate::PageKind::Token { request, response } => write!(
                    f,
                    "; fn {}_pages (token {request} <- {response}",
                    self.method
                )?,
            }
            write!(f, ", items {}: {:?})", p.list_field, p.item.base)?;
        }
        if let Some(e) = self.examples.first() {
            write!(f, "; example {:?} (1 of {})", e.title, self.examples.len())?;
        }
        writeln!(f)
    }
}

struct ObjectLine<'p, 'a>(&'p ObjectPlan<'a>, &'p VersionPlan<'a>);

impl fmt::Display for ObjectLine<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (o, v) = (self.0, self.1);
        writeln!(
            f,
            "  struct {}: {}",
            o.name,
            if o.sent { "encode" } else { "decode" }
        )?;
        for x in &o.fields {
            write!(f, "    {}: {} = {:?}", x.ident, x.ty.render(&v.std), x.wire)?;
            if x.required {
                f.write_str("; required")?;
            }
            if x.deprecated {
                f.write_str("; deprecated")?;
            }
            if let Some(fmt) = x.format {
                write!(f, "; format {fmt:?}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
