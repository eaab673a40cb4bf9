//! The action tables against `core/data/actions.tsv`, read independently of the generator.

use std::collections::{BTreeMap, BTreeSet};
use tencent_errors_core::{Code, Family, catalog};

/// `(product, action) -> codes` from `core/data/actions.tsv`, and its row count.
fn data() -> (BTreeMap<(String, String), BTreeSet<String>>, usize) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/actions.tsv");
    let text = std::fs::read_to_string(path).expect("core/data/actions.tsv reads");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("product\taction\tcode\tversions"));
    let mut actions: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut rows = 0;
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{line}");
        assert!(fields[3].split(',').all(|v| v.starts_with('v')), "{line}");
        let fresh =
            actions.entry((fields[0].to_owned(), fields[1].to_owned())).or_default().insert(fields[2].to_owned());
        assert!(fresh, "repeated row {line}");
        rows += 1;
    }
    (actions, rows)
}

fn all_actions() -> impl Iterator<Item = catalog::Action> {
    catalog::products().flat_map(catalog::actions)
}

#[test]
fn counts() {
    let (actions, rows) = data();
    assert_eq!(rows, 138_808);
    assert_eq!(actions.len(), 15_532);
    assert_eq!(all_actions().count(), 15_532);
    assert_eq!(all_actions().map(|a| a.codes().len()).sum::<usize>(), rows);
    assert_eq!(catalog::action("cvm", "RunInstances").unwrap().codes().len(), 170);
    let largest = all_actions().max_by_key(|a| a.codes().len()).unwrap();
    assert_eq!((largest.product(), largest.name()), ("cvm", "RunInstances"));
    assert_eq!(catalog::action("vod", "DescribeMediaInfos").unwrap().codes().len(), 10);
}

#[test]
fn sampled_actions_match_the_data_file() {
    let (actions, _) = data();
    // Every 97th action, plus the first and last.
    let sample = actions.iter().enumerate().filter(|(i, _)| i % 97 == 0 || *i == actions.len() - 1);
    let mut checked = 0;
    for (_, ((product, name), codes)) in sample {
        let action = catalog::action(product, name).unwrap_or_else(|| panic!("{product} {name} is missing"));
        assert_eq!((action.product(), action.name()), (product.as_str(), name.as_str()));
        let found: Vec<&str> = action.codes().map(|e| e.code().as_api3().expect("API 3.0 codes only")).collect();
        let expected: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(found, expected, "{product} {name}");
        for entry in action.codes() {
            assert_eq!(catalog::lookup_in(product, entry.code()), Some(entry), "{product} {name}");
            assert!(action.contains(entry.code()));
        }
        checked += 1;
    }
    assert!(checked > 150, "{checked}");
}

#[test]
fn every_product_lists_its_actions_in_name_order() {
    let (actions, _) = data();
    for product in catalog::products() {
        let names: Vec<&str> = catalog::actions(product).map(|a| a.name()).collect();
        assert!(names.is_sorted(), "{product}");
        let expected: Vec<&str> = actions.keys().filter(|(p, _)| p == product).map(|(_, name)| name.as_str()).collect();
        assert_eq!(names, expected, "{product}");
        assert!(catalog::actions(product).all(|a| a.product() == product));
    }
}

#[test]
fn reverse_lookup_agrees_with_the_actions() {
    let entries: Vec<_> = catalog::iter().filter(|e| e.family() == Family::Product).step_by(53).collect();
    assert!(entries.len() > 300);
    for entry in entries {
        let product = entry.product().unwrap();
        let listing: Vec<_> = entry.actions().collect();
        for action in &listing {
            assert_eq!(action.product(), product);
            assert!(action.contains(entry.code()), "{} {} / {:?}", product, action.name(), entry.code());
            assert!(action.codes().any(|e| e == entry));
        }
        let expected: Vec<_> = catalog::actions(product).filter(|a| a.contains(entry.code())).collect();
        assert_eq!(listing, expected, "{product} {:?}", entry.code());
        let returning: Vec<_> = catalog::actions_returning(product, entry.code()).collect();
        assert_eq!(returning, expected, "{product} {:?}", entry.code());
    }
}

#[test]
fn common_codes_have_no_actions_of_their_own() {
    let common = catalog::lookup(Code::Api3("UnauthorizedOperation")).unwrap();
    assert_eq!(common.family(), Family::Common);
    assert_eq!(common.actions().count(), 0);
    let vod: Vec<_> = catalog::actions_returning("vod", Code::Api3("UnauthorizedOperation")).collect();
    assert!(vod.iter().any(|a| a.name() == "DescribeMediaInfos"));
    assert!(vod.iter().all(|a| a.product() == "vod"));
    // Legacy codes belong to no action.
    assert_eq!(catalog::lookup(Code::Legacy(-514)).unwrap().actions().count(), 0);
    assert_eq!(catalog::actions_returning("monitor", Code::Legacy(-514)).count(), 0);
}

#[test]
fn unknown_products_and_actions() {
    assert!(catalog::action("vod", "NoSuchAction").is_none());
    assert!(catalog::action("VOD", "DescribeMediaInfos").is_none());
    assert!(catalog::action("", "").is_none());
    assert_eq!(catalog::actions("no-such-product").count(), 0);
    assert_eq!(catalog::actions("").len(), 0);
    assert_eq!(catalog::actions_returning("no-such-product", Code::Api3("InternalError")).count(), 0);
    assert_eq!(catalog::actions_returning("cvm", Code::Api3("FailedOperation.ClassNoFound")).count(), 0);
    let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
    assert!(!action.contains(Code::Api3("")));
    assert!(!action.contains(Code::Api3("AuthFailure.TokenFailure")));
    // The first and last actions of the table.
    assert!(catalog::actions(catalog::products().next().unwrap()).next().is_some());
    assert!(catalog::actions(catalog::products().last().unwrap()).next_back().is_some());
}

#[test]
fn suggestions() {
    let names = |found: Vec<catalog::Action>| found.iter().map(|a| a.name()).collect::<Vec<_>>();
    assert_eq!(names(catalog::suggest_actions("vod", "DescribeMediaInfos", 1)), ["DescribeMediaInfos"]);
    assert_eq!(names(catalog::suggest_actions("vod", "DESCRIBEMEDIAINFOS", 1)), ["DescribeMediaInfos"]);
    assert_eq!(names(catalog::suggest_actions("vod", "DescribeMediaInfo", 1)), ["DescribeMediaInfos"]);
    assert_eq!(names(catalog::suggest_actions("cvm", "RunInstanse", 1)), ["RunInstances"]);
    let found = catalog::suggest_actions("cvm", "describeinstance", 5);
    assert_eq!(found[0].name(), "DescribeInstances", "{found:?}");
    assert!(found.len() <= 5, "{found:?}");
    assert!(found.iter().all(|a| a.product() == "cvm"));
    assert!(catalog::suggest_actions("cvm", "CompletelyDifferent", 5).is_empty());
    assert!(catalog::suggest_actions("cvm", "RunInstances", 0).is_empty());
    assert!(catalog::suggest_actions("nope", "RunInstances", 5).is_empty());
}

#[test]
fn debug_names_the_action() {
    let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
    assert_eq!(format!("{action:?}"), r#"Action { product: "vod", name: "DescribeMediaInfos", codes: 10 }"#);
}
