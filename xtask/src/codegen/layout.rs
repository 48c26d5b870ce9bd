//! Lines laid out the way rustfmt lays them out, so that regen needs no
//! formatter pass.

/// rustfmt's default `max_width`.
pub const MAX_WIDTH: usize = 100;
/// rustfmt's default `fn_call_width` (arguments of one call on one line).
pub const CALL_WIDTH: usize = 60;
/// rustfmt's default `chain_width`.
pub const CHAIN_WIDTH: usize = 60;

/// `callee(args)` (plus `.await`) at 8 spaces, laid out as rustfmt does:
/// arguments wider than `fn_call_width` go one a line; a chain wider than
/// `chain_width` puts `.await` on its own line.
pub fn call_expr(callee: &str, args: &[&str], await_: bool) -> String {
    let joined = args.join(", ");
    let one = format!("{callee}({joined})");
    if joined.len() > CALL_WIDTH || 8 + one.len() > MAX_WIDTH {
        let mut s = format!("        {callee}(\n");
        for a in args {
            s.push_str("            ");
            s.push_str(a);
            s.push_str(",\n");
        }
        s.push_str("        )");
        if await_ {
            s.push_str("\n        .await");
        }
        return s;
    }
    if !await_ {
        return format!("        {one}");
    }
    if one.len() + ".await".len() > CHAIN_WIDTH {
        format!("        {one}\n            .await")
    } else {
        format!("        {one}.await")
    }
}

/// `#[deprecated]` (for deprecated actions) and the signature line(s) of a
/// client method `pub {item}(&self, request: {param}) -> {ret} {`, one line
/// when it fits, else one parameter a line as rustfmt does.
pub fn method_head(s: &mut String, deprecated: bool, item: &str, param: &str, ret: &str) {
    if deprecated {
        s.push_str("    #[deprecated(note = \"this action is deprecated upstream (预下线)\")]\n");
    }
    let sig = format!("    pub {item}(&self, request: {param}) -> {ret} {{");
    if sig.len() <= MAX_WIDTH {
        s.push_str(&sig);
        s.push('\n');
    } else {
        s.push_str(&format!(
            "    pub {item}(\n        &self,\n        request: {param},\n    ) -> {ret} {{\n"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_wrap_as_rustfmt_does() {
        assert_eq!(
            call_expr("self.read", &["\"DescribeZones\"", "request"], true),
            "        self.read(\"DescribeZones\", request).await"
        );
        // Over chain_width with .await: the .await moves.
        assert_eq!(
            call_expr(
                "self.read",
                &["\"DescribeVeryLongActionNameForChainWidth\"", "request"],
                true
            ),
            "        self.read(\"DescribeVeryLongActionNameForChainWidth\", request)\n            .await"
        );
        // Arguments over fn_call_width: one a line.
        let long = "\"DescribeAVeryLongActionNameThatGoesOnAndOnForeverMore\"";
        assert_eq!(
            call_expr("self.call", &[long, "request"], true),
            format!(
                "        self.call(\n            {long},\n            request,\n        )\n        .await"
            )
        );
    }

    #[test]
    fn method_heads_wrap_at_max_width() {
        let mut s = String::new();
        method_head(&mut s, true, "async fn f", "&FReq", "rt::Result<FResp>");
        assert_eq!(
            s,
            "    #[deprecated(note = \"this action is deprecated upstream (预下线)\")]\n    pub async fn f(&self, request: &FReq) -> rt::Result<FResp> {\n"
        );
        let mut s = String::new();
        let long = "A".repeat(60);
        method_head(
            &mut s,
            false,
            "async fn g",
            &format!("&{long}"),
            "rt::Result<X>",
        );
        assert_eq!(
            s,
            format!(
                "    pub async fn g(\n        &self,\n        request: &{long},\n    ) -> rt::Result<X> {{\n"
            )
        );
    }
}
