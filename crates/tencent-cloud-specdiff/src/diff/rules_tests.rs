//! Each rule of the registry, fired by one small scenario: a test that
//! fails when a rule is added to the registry without a scenario, or when
//! its scenario stops producing it.

use serde_json::{Value, json};

use super::tests::{api, api_with_examples, base, member, members, run, service};
use crate::change::Rule;
use crate::diff::diff_service;
use crate::rules::registry;

fn set_status(v: &mut Value, action: &str, status: &str) {
    v["actions"][action]["status"] = status.into();
}

/// (old, new) API-version specs for a rule.
fn scenario(rule: Rule) -> (Value, Value) {
    let (mut old, mut new) = (base(), base());
    match rule {
        Rule::ActionAdded => {
            new["actions"]["Extra"] =
                json!({"name": "", "document": "", "input": "GetRequest", "output": "GetResponse"})
        }
        Rule::ActionRemovedWithoutDeprecation => {
            new["actions"].as_object_mut().map(|a| a.remove("Get"));
        }
        Rule::ActionRemoved => {
            set_status(&mut old, "Get", "deprecated");
            new["actions"].as_object_mut().map(|a| a.remove("Get"));
        }
        Rule::OfflineActionRemoved => {
            set_status(&mut old, "Get", "offline");
            new["actions"].as_object_mut().map(|a| a.remove("Get"));
        }
        Rule::ActionDeprecated => set_status(&mut new, "Get", "deprecated"),
        Rule::ActionUndeprecated => set_status(&mut old, "Get", "deprecated"),
        Rule::ActionOfflineWithoutDeprecation => set_status(&mut new, "Get", "offline"),
        Rule::ActionOffline => {
            set_status(&mut old, "Get", "deprecated");
            set_status(&mut new, "Get", "offline");
        }
        Rule::ActionBackOnline => set_status(&mut old, "Get", "offline"),
        Rule::ActionIoChanged => new["actions"]["Get"]["input"] = "ActRequest".into(),
        Rule::ObjectAdded => {
            new["objects"]["Extra"] = json!({"document": "", "members": []});
        }
        Rule::ObjectRemoved => {
            new["objects"].as_object_mut().map(|o| o.remove("Orphan"));
        }
        Rule::ObjectRenamed => {
            let o = new["objects"]
                .as_object_mut()
                .and_then(|o| o.remove("Orphan"));
            new["objects"]["Orphan2"] = o.unwrap_or_default();
        }
        Rule::ObjectBecameReachable | Rule::ObjectBecameUnreachable => {
            let reach = if rule == Rule::ObjectBecameReachable {
                &mut new
            } else {
                &mut old
            };
            members(reach, "GetRequest").push(json!({"name": "O", "type": "object",
                "member": "Orphan", "document": ""}));
        }
        Rule::RequestMemberAddedRequired | Rule::RequestMemberAddedOptional => {
            let required = rule == Rule::RequestMemberAddedRequired;
            members(&mut new, "Filter").push(json!({"name": "Extra", "type": "string",
                "member": "string", "document": "", "required": required}));
        }
        Rule::ResponseMemberAdded | Rule::MemberAdded => {
            let obj = if rule == Rule::MemberAdded {
                "Orphan"
            } else {
                "Item"
            };
            members(&mut new, obj).push(json!({"name": "Extra", "type": "string",
                "member": "string", "document": ""}));
        }
        Rule::RequestMemberRemoved => {
            members(&mut new, "Filter").remove(0);
        }
        Rule::ResponseMemberRemoved => {
            members(&mut new, "Item").remove(1);
        }
        Rule::MemberRemoved => {
            members(&mut new, "Orphan").remove(0);
        }
        Rule::MemberRenamed => member(&mut new, "Item", "Id")["name"] = "ID".into(),
        Rule::MemberTypeChanged => member(&mut new, "Item", "Size")["member"] = "uint64".into(),
        Rule::MemberFormatChanged => member(&mut new, "Item", "Id")["member"] = "datetime".into(),
        Rule::RequestMemberBecameRequired => {
            member(&mut new, "Filter", "Key")["required"] = true.into()
        }
        Rule::RequestMemberBecameOptional => {
            member(&mut old, "Filter", "Key")["required"] = true.into()
        }
        Rule::ResponseMemberBecameOptional | Rule::ResponseMemberBecameRequired => {
            let guaranteed = if rule == Rule::ResponseMemberBecameOptional {
                &mut old
            } else {
                &mut new
            };
            member(guaranteed, "Item", "Id")["output_required"] = true.into();
        }
        Rule::ResponseMemberBecameNullable | Rule::ResponseMemberBecameNonNullable => {
            for v in [&mut old, &mut new] {
                member(v, "Item", "Id")["output_required"] = true.into();
            }
            let nullable = if rule == Rule::ResponseMemberBecameNullable {
                &mut new
            } else {
                &mut old
            };
            member(nullable, "Item", "Id")["value_allowed_null"] = true.into();
        }
        Rule::MemberNullableChanged => {
            member(&mut new, "Filter", "Key")["value_allowed_null"] = true.into()
        }
        Rule::MemberDisabled => member(&mut new, "Filter", "Key")["disabled"] = true.into(),
        Rule::MemberEnabled => member(&mut old, "Filter", "Key")["disabled"] = true.into(),
        Rule::DocChanged => new["objects"]["Filter"]["document"] = "Another filter.".into(),
        Rule::ExampleChanged => member(&mut new, "Filter", "Key")["example"] = "zone".into(),
        // Service, API version and examples.json rules are set up by the test.
        Rule::ServiceAdded
        | Rule::ServiceRemoved
        | Rule::ApiVersionAdded
        | Rule::ApiVersionRemoved
        | Rule::ExamplesChanged => {}
    }
    (old, new)
}

/// The rule ids a scenario produces.
fn fired(rule: Rule) -> Vec<Rule> {
    let one = |v: &Value| service("demo", &[("v20200101", v)]);
    let two = |v: &Value| service("demo", &[("v20200101", v), ("v20210101", v)]);
    let (old, new) = scenario(rule);
    let changes = match rule {
        Rule::ServiceAdded => diff_service(None, Some(&one(&new))).changes,
        Rule::ServiceRemoved => diff_service(Some(&one(&old)), None).changes,
        Rule::ApiVersionAdded => diff_service(Some(&one(&old)), Some(&two(&new))).changes,
        Rule::ApiVersionRemoved => diff_service(Some(&two(&old)), Some(&one(&new))).changes,
        Rule::ExamplesChanged => {
            let ex = json!({"version": "1.0", "actions": {"Get": [{"title": "t", "document": "",
                "input": "POST / HTTP/1.1\nX-TC-Action: Get\n\n{\"Id\": \"a\"}",
                "output": "{\"Response\": {\"RequestId\": \"r\"}}"}]}});
            run(&api(&old), &api_with_examples(&new, &ex)).0
        }
        _ => run(&api(&old), &api(&new)).0,
    };
    changes.iter().map(|c| c.rule).collect()
}

#[test]
fn every_rule_in_the_registry_fires_in_its_scenario() {
    let mut missing = Vec::new();
    for d in registry() {
        let got = fired(d.rule);
        if !got.contains(&d.rule) {
            missing.push(format!("{}: got {:?}", d.id, got));
        }
    }
    assert!(
        missing.is_empty(),
        "rules that did not fire:\n{}",
        missing.join("\n")
    );
}
