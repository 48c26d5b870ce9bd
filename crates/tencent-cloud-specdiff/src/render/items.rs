//! Release notes read back as items, in the SERVICE_CHANGELOG layout that
//! Tencent's notes and our full list share: `## 产品(svc) 版本：date`
//! headings, section labels (新增接口： …), `* Name` entries and
//! `\t* 新增入参：A, B` item lines (ours may put an entry and its one item
//! line on one line: `* Owner：新增入参：A`). Marks, links and flag details
//! are dropped. Tests compare our notes with Tencent's through it.

use std::collections::BTreeSet;

/// One release-note item: (service, API version date, label, owner,
/// member). Top-level list items (新增接口 X) have an empty member.
pub type Item = (String, String, String, String, String);

const SECTIONS: [&str; 7] = [
    "新增接口",
    "修改接口",
    "删除接口",
    "预下线接口",
    "新增数据结构",
    "修改数据结构",
    "删除数据结构",
];

/// `<font color="#dd0000">**删除接口**：</font>` → `删除接口：`;
/// `[Name](url)` → `Name`; marks removed.
fn plain(line: &str) -> String {
    let mut s = line
        .replace("<font color=\"#dd0000\">", "")
        .replace("</font>", "")
        .replace("**[不兼容变更]** ", "")
        .replace("**[行为变更]** ", "")
        .replace("**", "");
    while let (Some(a), Some(b)) = (s.find("]("), s.find(')')) {
        if b < a {
            break;
        }
        s.replace_range(a + 1..=b, "");
    }
    s.replace(['[', ']'], "")
}

/// `A, B (required); C (output_required false → true)` → `A`, `B`, `C`.
fn members(list: &str) -> Vec<String> {
    list.split([',', ';'])
        .map(|m| m.split(" (").next().unwrap_or("").trim().to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

/// Parses Tencent's SERVICE_CHANGELOG layout, which our full list shares
/// (ours may put an owner and its one item line on one line:
/// `* Owner：新增入参：A`).
pub fn items(text: &str) -> BTreeSet<Item> {
    let mut out = BTreeSet::new();
    let (mut svc, mut date, mut section, mut owner) =
        (String::new(), String::new(), String::new(), String::new());
    let mut item = |svc: &str, date: &str, label: &str, owner: &str, member: &str| {
        out.insert((
            svc.to_string(),
            date.to_string(),
            label.to_string(),
            owner.to_string(),
            member.to_string(),
        ));
    };
    for raw in text.lines() {
        let line = plain(raw);
        if let Some(h) = line.strip_prefix("## ") {
            // `产品(svc) 版本：2017-03-20` or `svc 版本：2017-03-20`.
            let (name, d) = h.split_once(" 版本：").unwrap_or((h, ""));
            svc = name
                .rsplit_once('(')
                .map_or(name, |(_, s)| s.trim_end_matches(')'))
                .to_string();
            date = d.trim().to_string();
            section.clear();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let t = line.trim();
        if matches!(t, "新产品，首次发布。" | "新版本，首次发布。") {
            item(&svc, &date, t, "", "");
            continue;
        }
        if let Some(s) = SECTIONS.iter().find(|s| t == format!("{s}：")) {
            section = s.to_string();
            continue;
        }
        if let Some(rest) = t.strip_prefix("* ") {
            if line.starts_with('\t') || raw.starts_with('\t') {
                // An item line under the owner.
                if let Some((label, list)) = rest.split_once('：') {
                    for m in members(list) {
                        item(&svc, &date, label, &owner, &m);
                    }
                }
                continue;
            }
            match rest.split_once('：') {
                // `* Owner：label：members`
                Some((o, tail)) => {
                    owner = o.to_string();
                    if let Some((label, list)) = tail.split_once('：') {
                        for m in members(list) {
                            item(&svc, &date, label, &owner, &m);
                        }
                    }
                }
                None => {
                    owner = rest.to_string();
                    if !section.starts_with("修改") {
                        item(&svc, &date, &section, &owner, "");
                    }
                }
            }
        }
    }
    out
}
