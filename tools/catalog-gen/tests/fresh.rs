//! The committed tables must be exactly what the generator makes of the committed data files.
//! When this fails, run `cargo run -p catalog-gen -- generate` and commit the result.

use catalog_gen::data::ActionCode;
use catalog_gen::data::Catalog;
use catalog_gen::generate::generate;

#[test]
fn generated_tables_are_fresh() {
    let catalog = Catalog::read(&catalog_gen::data_dir()).expect("core/data reads");
    let generated = generate(&catalog).expect("core/data generates");
    let dir = catalog_gen::generated_dir();
    let hint = "stale: run `cargo run -p catalog-gen -- generate` and commit core/src/catalog/generated";
    for (name, contents) in generated.files() {
        let committed = std::fs::read(dir.join(name)).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(committed == contents, "{name} is {hint}");
    }
}

#[test]
fn data_files_round_trip_through_the_reader_and_writer() {
    let dir = catalog_gen::data_dir();
    let catalog = Catalog::read(&dir).expect("core/data reads");
    let scratch = std::env::temp_dir().join(format!("catalog-gen-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    catalog.write(&scratch).unwrap();
    for file in ["legacy.tsv", "common.tsv", "products.tsv", "alternates.tsv", "actions.tsv"] {
        let original = std::fs::read_to_string(dir.join(file)).unwrap();
        let rewritten = std::fs::read_to_string(scratch.join(file)).unwrap();
        assert!(original == rewritten, "{file} changes when read and written again");
    }
    let traits = catalog_gen::data::read_action_traits(&dir).expect("action-traits.tsv reads");
    catalog_gen::data::write_action_traits(&scratch, &traits).unwrap();
    let file = catalog_gen::data::ACTION_TRAITS_FILE;
    let original = std::fs::read_to_string(dir.join(file)).unwrap();
    assert!(
        original == std::fs::read_to_string(scratch.join(file)).unwrap(),
        "{file} changes when read and written again"
    );
    std::fs::remove_dir_all(&scratch).ok();
}

#[test]
fn generation_rejects_bad_data() {
    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    let duplicate = catalog.products[0].clone();
    catalog.products.push(duplicate);
    let error = generate(&catalog).err().expect("a duplicate (product, code) is an error");
    assert!(error.to_string().contains("appears twice"), "{error}");

    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    catalog.products[0].message_en.push_str("\nsecond line");
    let error = generate(&catalog).err().expect("a newline in a text is an error");
    assert!(error.to_string().contains("newline"), "{error}");

    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    catalog.products[0].code = "Bad Code".to_owned();
    let error = generate(&catalog).err().expect("a malformed code is an error");
    assert!(error.to_string().contains("not an API 3.0 code"), "{error}");

    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    let duplicate = catalog.cos[0].clone();
    catalog.cos.push(duplicate);
    let error = generate(&catalog).err().expect("a COS code twice is an error");
    assert!(error.to_string().contains("appears twice"), "{error}");

    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    catalog.cos[0].code = "No.Such".to_owned();
    let error = generate(&catalog).err().expect("a COS code with a dot is an error");
    assert!(error.to_string().contains("not a COS code"), "{error}");

    let mut catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    catalog.cos[0].http_status.clear();
    let error = generate(&catalog).err().expect("a COS code without a status is an error");
    assert!(error.to_string().contains("HTTP status"), "{error}");
}

/// `cos.tsv` is read whole: its rows become the COS section, after every API 3.0 entry, and
/// its codes stay out of the API 3.0 index (`InternalError` is both).
#[test]
fn the_cos_data_becomes_its_own_section() {
    let catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    assert!(catalog.cos.iter().any(|r| r.code == "InternalError"));
    assert!(catalog.cos.iter().all(|r| r.product == "cos" && !r.http_status.is_empty()));
    let generated = generate(&catalog).unwrap();
    assert_eq!(generated.stats.cos_entries, catalog.cos.len());
    let api3: std::collections::BTreeSet<&str> =
        catalog.common.iter().chain(&catalog.products).chain(&catalog.client).map(|r| r.code.as_str()).collect();
    assert_eq!(generated.stats.distinct_api3_codes, api3.len(), "COS codes are not in the API 3.0 index");
    let cos_start = generated.stats.entries - generated.stats.cos_entries;
    assert!(generated.tables_rs.contains(&format!("COS_START: usize = {cos_start};")));
}

#[test]
fn the_action_data_keeps_its_invariant() {
    let catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    catalog.check_actions().expect("core/data/actions.tsv is consistent");
    assert_eq!(catalog.actions.len(), 138_808);
    let rows = |product: &str, action: &str| {
        catalog.actions.iter().filter(|a| a.product == product && a.action == action).count()
    };
    assert_eq!(rows("cvm", "RunInstances"), 170);
    assert_eq!(rows("vod", "DescribeMediaInfos"), 10);
    let merged = catalog.actions.iter().find(|a| a.product == "ams" && a.action == "CancelTask").unwrap();
    assert_eq!(merged.versions, "v20200608,v20201229");
}

#[test]
fn generation_rejects_bad_action_data() {
    let base = Catalog::read(&catalog_gen::data_dir()).unwrap();
    let expect_error = |catalog: &Catalog, what: &str, needle: &str| {
        let error = generate(catalog).err().unwrap_or_else(|| panic!("{what} is an error"));
        assert!(error.to_string().contains(needle), "{what}: {error}");
    };

    let mut catalog = base.clone();
    catalog.actions.push(ActionCode {
        product: "vod".to_owned(),
        action: "ZzzNoSuchAction".to_owned(),
        code: "FailedOperation.ClassNoFoundX".to_owned(),
        versions: "v20180717".to_owned(),
    });
    expect_error(&catalog, "a code the product lacks", "neither a code of vod nor a common code");

    let mut catalog = base.clone();
    catalog.actions[0].code = "FailedOperation.ClassNoFound".to_owned();
    expect_error(&catalog, "another product's code", "neither a code of aai nor a common code");

    let mut catalog = base.clone();
    let duplicate = catalog.actions[5].clone();
    catalog.actions.insert(5, duplicate);
    expect_error(&catalog, "a repeated row", "out of order or repeated");

    let mut catalog = base.clone();
    catalog.actions.swap(7, 8);
    expect_error(&catalog, "rows out of order", "out of order or repeated");

    let mut catalog = base.clone();
    catalog.actions[9].versions.clear();
    expect_error(&catalog, "a row without versions", "empty product, action or versions");

    // Every violation is listed, not just the first.
    let mut catalog = base;
    for row in &mut catalog.actions[..30] {
        row.code.push_str("Zz");
    }
    let error = catalog.check_actions().unwrap_err().to_string();
    // 30 unknown codes, and two rows that sort differently once renamed.
    assert!(error.starts_with("actions.tsv: 32 problems:"), "{error}");
    assert_eq!(error.lines().count(), 22, "20 shown, then `... and 12 more`: {error}");
    assert!(error.ends_with("... and 12 more"), "{error}");
}

#[test]
fn the_action_traits_are_sorted_unique_and_of_known_products() {
    let traits = catalog_gen::data::read_action_traits(&catalog_gen::data_dir()).unwrap();
    assert!(traits.windows(2).all(|w| (&w[0].product, &w[0].action) < (&w[1].product, &w[1].action)));
    assert_eq!(traits.len(), 16_671);
    assert_eq!(traits.iter().filter(|t| t.client_token).count(), 83);
    assert_eq!(traits.iter().filter(|t| t.rate_limit_per_second.is_some()).count(), 86);
    let catalog = Catalog::read(&catalog_gen::data_dir()).unwrap();
    let products: std::collections::BTreeSet<&str> = catalog.products.iter().map(|r| r.product.as_str()).collect();
    let unknown: std::collections::BTreeSet<&str> =
        traits.iter().map(|t| t.product.as_str()).filter(|p| !products.contains(p)).collect();
    // Packages whose errorcodes.py lists no code (ai3d, tsw, ...) still have actions.
    assert_eq!(unknown.len(), 11, "{unknown:?}");
    let run = traits.iter().find(|t| t.product == "cvm" && t.action == "RunInstances").unwrap();
    assert!(run.client_token);
}
