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
/// client method `pub {item}({self_}, request: {param}) -> {ret}<{args}> {`:
/// one line when it fits, else one parameter a line, and then, if the
/// return type still does not fit, one generic argument a line, as rustfmt
/// does.
pub fn method_head(
    s: &mut String,
    deprecated: bool,
    item: &str,
    self_: &str,
    param: &str,
    ret: &str,
    args: &[&str],
) {
    if deprecated {
        s.push_str("    #[deprecated(note = \"this action is deprecated upstream (预下线)\")]\n");
    }
    let ret_one = format!("{ret}<{}>", args.join(", "));
    let sig = format!("    pub {item}({self_}, request: {param}) -> {ret_one} {{");
    if sig.len() <= MAX_WIDTH {
        s.push_str(&sig);
        s.push('\n');
        return;
    }
    s.push_str(&format!(
        "    pub {item}(\n        {self_},\n        request: {param},\n"
    ));
    // rustfmt's thresholds, measured: the return type keeps its brace up to
    // 96 columns, puts it on a line of its own up to 104 (the type line may
    // then pass 100), and beyond that puts one generic argument a line.
    let tail = format!("    ) -> {ret_one} {{");
    if tail.len() <= 96 {
        s.push_str(&tail);
        s.push('\n');
        return;
    }
    if tail.len() <= 104 {
        s.push_str(&format!("    ) -> {ret_one}\n    {{\n"));
        return;
    }
    s.push_str(&format!("    ) -> {ret}<\n"));
    for a in args {
        s.push_str(&format!("        {a},\n"));
    }
    s.push_str("    > {\n");
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
        method_head(
            &mut s,
            true,
            "fn f<'a>",
            "&'a self",
            "&'a FReq",
            "rt::Call",
            &["'a", "FReq", "FResp"],
        );
        assert_eq!(
            s,
            "    #[deprecated(note = \"this action is deprecated upstream (预下线)\")]\n    pub fn f<'a>(&'a self, request: &'a FReq) -> rt::Call<'a, FReq, FResp> {\n"
        );
        // Parameters one a line.
        let mut s = String::new();
        let long = "A".repeat(40);
        method_head(
            &mut s,
            false,
            "fn g<'a>",
            "&'a self",
            &format!("&'a {long}Request"),
            "rt::Call",
            &["'a", &format!("{long}Request"), "X"],
        );
        assert_eq!(
            s,
            format!(
                "    pub fn g<'a>(\n        &'a self,\n        request: &'a {long}Request,\n    ) -> rt::Call<'a, {long}Request, X> {{\n"
            )
        );
        // And the return type's arguments one a line.
        let mut s = String::new();
        let (i, o) = (format!("{long}Request"), format!("{long}Response"));
        method_head(
            &mut s,
            false,
            "fn h<'a>",
            "&'a self",
            &format!("&'a {i}"),
            "rt::Call",
            &["'a", &i, &o],
        );
        assert_eq!(
            s,
            format!(
                "    pub fn h<'a>(\n        &'a self,\n        request: &'a {i},\n    ) -> rt::Call<\n        'a,\n        {i},\n        {o},\n    > {{\n"
            )
        );
    }
}
