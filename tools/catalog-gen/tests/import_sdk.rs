//! `catalog-gen import-sdk` on the fixture trees in `tests/fixtures/sdk-go/`, which imitate
//! checkouts of Tencent's two Go SDKs.

use catalog_gen::import::{SdkSources, import_sdk};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdk-go")
}

/// Runs the import on `root` (a copy of the fixtures, or the fixtures themselves).
fn run(root: &Path) -> Result<(catalog_gen::data::Catalog, catalog_gen::import::sdk_go::SdkRows), String> {
    let (zh, en, common) = (root.join("zh"), root.join("en"), fixtures().join("common-codes.tsv"));
    import_sdk(&SdkSources { zh: &zh, en: &en, common: &common, seeds: None }).map_err(|e| e.to_string())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("catalog-gen-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn import_sdk_writes_the_expected_rows() {
    let (catalog, rows) = run(&fixtures()).expect("the fixtures import");
    assert_eq!((rows.errors_files, rows.client_files), (4, 4));
    assert_eq!(rows.dropped.len(), 1, "{:?}", rows.dropped);
    assert!(rows.dropped[0].contains("toy/v20190909/client.go:11: EXAMPLE"), "{:?}", rows.dropped);
    let dir = scratch("import-sdk");
    catalog.write(&dir).unwrap();
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    assert_eq!(
        read("products.tsv"),
        "product\tcode\tmessage_en\tmessage_zh\tversions\tlast_listed\n\
         demo\tFailedOperation\tThe operation failed.\t操作失败。\tv20200101,v20210101\t\n\
         demo\tInvalidParameter\t\t参数错误。\tv20200101\t\n\
         demo\tLimitExceeded\tQuota exceeded: too many things.\t超过配额： 东西太多。\tv20210101\t\n\
         demo\tResourceNotFound.Thing\t\t东西 不存在。\tv20200101,v20210101\t\n\
         toy\tFailedOperation.Broken\tThe toy is broken.\t\tv20190909\t\n"
    );
    assert_eq!(
        read("actions.tsv"),
        "product\taction\tcode\tversions\n\
         demo\tCreateThing\tFailedOperation\tv20200101,v20210101\n\
         demo\tCreateThing\tInvalidParameter\tv20200101\n\
         demo\tCreateThing\tLimitExceeded\tv20210101\n\
         demo\tCreateThing\tResourceNotFound.Thing\tv20210101\n\
         demo\tDescribeThings\tAuthFailure\tv20210101\n\
         demo\tDescribeThings\tResourceNotFound.Thing\tv20210101\n\
         toy\tPlay\tFailedOperation.Broken\tv20190909\n\
         toy\tPlay\tInternalError\tv20190909\n"
    );
    assert_eq!(
        read("common.tsv"),
        "code\tmessage_en\tmessage_zh\nAuthFailure\tAuthentication failed.\t鉴权失败。\n\
         InternalError\tInternal error.\t内部错误。\n"
    );
    // The result generates: AuthFailure and InternalError resolve to the common entries.
    let generated = catalog_gen::generate::generate(&catalog).expect("the fixtures generate");
    assert_eq!((generated.stats.actions, generated.stats.action_codes), (3, 8));
    std::fs::remove_dir_all(&dir).ok();
}

/// Copies the fixtures, applies `edit` to the file `file` (relative to the copy) and returns
/// the import's error.
fn error_after(name: &str, file: &str, edit: impl FnOnce(String) -> String) -> String {
    let dir = scratch(name);
    copy_dir(&fixtures(), &dir);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    let error = run(&dir).err().unwrap_or_else(|| panic!("{name}: the edited fixtures must not import"));
    std::fs::remove_dir_all(&dir).ok();
    error
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn malformed_go_is_an_error_with_file_and_line() {
    let errors = "zh/tencentcloud/demo/v20210101/errors.go";
    let error = error_after("no-comment", errors, |t| t.replace("\t// 操作失败。\n", ""));
    assert!(
        error.ends_with("demo/v20210101/errors.go:8: constant FAILEDOPERATION has no `//` comment above it"),
        "{error}"
    );

    let error = error_after("unclosed", errors, |t| t.replace(")\n", ""));
    assert!(error.ends_with("demo/v20210101/errors.go:5: this `const (` block is never closed"), "{error}");

    let error = error_after("bad-constant", errors, |t| {
        t.replace("LIMITEXCEEDED = \"LimitExceeded\"", "LIMITEXCEEDED = LimitExceeded")
    });
    assert!(error.contains("demo/v20210101/errors.go:12: expected `NAME = \"Code\"`"), "{error}");

    let client = "en/tencentcloud/demo/v20210101/client.go";
    let error = error_after("bad-list", client, |t| {
        t.replace("//  LIMITEXCEEDED = \"LimitExceeded\"", "//  LIMITEXCEEDED = \"LimitExceeded")
    });
    assert!(
        error.contains("demo/v20210101/client.go:17: expected `NAME = \"Code\"` in the error-code list"),
        "{error}"
    );

    let error = error_after("bad-method", client, |t| {
        t.replace("func (c *Client) DescribeThings(", "func (c *Client) Describe Things(")
    });
    assert!(error.contains("demo/v20210101/client.go:28: cannot read the method name"), "{error}");

    // A listed code that the product does not define and that is not common.
    let error = error_after("unknown-code", client, |t| t.replace("\"LimitExceeded\"", "\"LimitExceeded.Other\""));
    assert!(
        error.contains(
            "demo CreateThing may return LimitExceeded.Other, which is neither a code of demo nor a common code"
        ),
        "{error}"
    );
}

#[test]
fn a_missing_checkout_is_an_error() {
    let dir = scratch("empty");
    let error = run(&dir).unwrap_err();
    assert!(error.contains("tencentcloud"), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}
