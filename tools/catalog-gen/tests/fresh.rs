//! The committed tables must be exactly what the generator makes of the committed data files.
//! When this fails, run `cargo run -p catalog-gen -- generate` and commit the result.

use catalog_gen::data::Catalog;
use catalog_gen::generate::{STRINGS_FILE, TABLES_FILE, generate};

#[test]
fn generated_tables_are_fresh() {
    let catalog = Catalog::read(&catalog_gen::data_dir()).expect("core/data reads");
    let generated = generate(&catalog).expect("core/data generates");
    let dir = catalog_gen::generated_dir();
    let tables = std::fs::read_to_string(dir.join(TABLES_FILE)).expect("tables.rs exists");
    let strings = std::fs::read_to_string(dir.join(STRINGS_FILE)).expect("strings.txt exists");
    let hint = "stale: run `cargo run -p catalog-gen -- generate` and commit core/src/catalog/generated";
    assert!(tables == generated.tables_rs, "{TABLES_FILE} is {hint}");
    assert!(strings == generated.strings, "{STRINGS_FILE} is {hint}");
}

#[test]
fn data_files_round_trip_through_the_reader_and_writer() {
    let dir = catalog_gen::data_dir();
    let catalog = Catalog::read(&dir).expect("core/data reads");
    let scratch = std::env::temp_dir().join(format!("catalog-gen-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    catalog.write(&scratch).unwrap();
    for file in ["legacy.tsv", "common.tsv", "products.tsv", "alternates.tsv"] {
        let original = std::fs::read_to_string(dir.join(file)).unwrap();
        let rewritten = std::fs::read_to_string(scratch.join(file)).unwrap();
        assert!(original == rewritten, "{file} changes when read and written again");
    }
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
}
