//! `catalog-gen import-python` on the fixture trees in `tests/fixtures/sdk-python/`, which
//! imitate the unpacked wheels of Tencent's two Python SDKs and the Go SDK extracts.

use catalog_gen::import::{PythonImport, PythonSources, import_python};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdk-python")
}

/// Runs the import on `root` (a copy of the fixtures, or the fixtures themselves).
fn run(root: &Path) -> Result<PythonImport, String> {
    let (zh, en) = (root.join("zh"), root.join("en"));
    let (go_codes, go_actions) = (root.join("go/api3-codes.tsv"), root.join("go/api3-actions.tsv"));
    let common = fixtures().join("../sdk-go/common-codes.tsv");
    let sources =
        PythonSources { zh: &zh, en: &en, go_codes: &go_codes, go_actions: &go_actions, common: &common, seeds: None };
    import_python(&sources).map_err(|e| e.to_string())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("catalog-gen-py-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn import_python_merges_the_sdk_families() {
    let imported = run(&fixtures()).expect("the fixtures import");
    let rows = &imported.rows;
    assert_eq!(rows.releases, ["9.9.2".to_owned(), "9.9.1".to_owned()]);
    assert_eq!((rows.errors_files, rows.client_files), (4, 4));
    assert_eq!((imported.merge.english_replaced, imported.merge.chinese_replaced), (1, 1));
    assert_eq!(imported.go_pairs.len(), 5);
    let dir = scratch("import");
    imported.catalog.write(&dir).unwrap();
    catalog_gen::data::write_action_traits(&dir, &imported.traits).unwrap();
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    assert_eq!(
        read("products.tsv"),
        "product\tcode\tmessage_en\tmessage_zh\tversions\tlast_listed\n\
         as\tResourceNotFound.AutoScalingGroupNotFound\tThe scaling group does not exist.\t伸缩组不存在。\tv20180419\t\n\
         demo\tFailedOperation\tThe operation failed. Please retry.\t操作失败。\tv20200101,v20210101\t\n\
         demo\tInvalidParameter\tInvalid parameter.\t参数错误，请检查。\tv20210101\t\n\
         demo\tLimitExceeded\t\t东西太多。\tv20210101\t\n\
         demo\tLimitExceeded.EnglishOnly\tOnly the English SDK had this.\t\tv20210101\tsdk-intl-en v3.0.1474\n\
         demo\tResourceInUse.Thing\tThe thing is in use.\t新的错误。\tv20210101\t\n\
         demo\tResourceNotFound.Old\t\t旧东西不存在。\tv20200101\tsdk-go v1.3.166\n\
         fresh\tFailedOperation.Fresh\tFresh product failure.\t\tv20260101\t\n"
    );
    assert_eq!(
        read("action-traits.tsv"),
        "product\taction\tclient_token\trate_limit_per_second\n\
         as\tCreateAutoScalingGroup\tyes\t\n\
         demo\tCreateThing\tyes\t20\n\
         demo\tDescribeThings\tno\t10\n\
         fresh\tStartFresh\tno\t\n"
    );
    assert_eq!(catalog_gen::data::read_action_traits(&dir).unwrap(), imported.traits);
    assert_eq!(catalog_gen::data::Catalog::read(&dir).unwrap(), imported.catalog);
    // The Go actions stay, and the result generates.
    assert_eq!(imported.catalog.actions.len(), 3);
    catalog_gen::generate::generate(&imported.catalog).expect("the fixtures generate");
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
fn malformed_python_is_an_error_with_file_and_line() {
    let errors = "zh/tencentcloud/demo/v20210101/errorcodes.py";
    let error = error_after("no-comment", errors, |t| t.replace("# 东西太多。\n", ""));
    assert!(
        error.ends_with("demo/v20210101/errorcodes.py:13: constant LIMITEXCEEDED has no `#` comment above it"),
        "{error}"
    );
    let error = error_after("orphan", errors, |t| t.replace("# 东西太多。\n", "# 东西太多。\n\n# 又一个\n"));
    assert!(error.ends_with("demo/v20210101/errorcodes.py:13: this comment belongs to no constant"), "{error}");
    let error = error_after("bad-constant", errors, |t| t.replace("'LimitExceeded'", "LimitExceeded"));
    assert!(error.contains("demo/v20210101/errorcodes.py:14: expected `NAME = 'Code'`"), "{error}");
    let error = error_after("twice", errors, |t| t.replace("'ResourceInUse.Thing'", "'LimitExceeded'"));
    assert!(error.ends_with("demo/v20210101/errorcodes.py:17: code LimitExceeded is defined twice"), "{error}");

    let client = "zh/tencentcloud/autoscaling/v20180419/autoscaling_client.py";
    let error = error_after("rename", client, |t| t.replace("_service = 'as'", "_service = 'as2'"));
    assert!(
        error.ends_with(
            "autoscaling_client.py:14: package `autoscaling` serves `as2`, not `as`: add the rename to PACKAGE_RENAMES"
        ),
        "{error}"
    );
    let client = "en/tencentcloud/demo/v20210101/demo_client.py";
    let error = error_after("docstring", client, |t| t.replacen("        \"\"\"\n", "", 1));
    assert!(
        error.ends_with("demo/v20210101/demo_client.py:18: the docstring of CreateThing is never closed"),
        "{error}"
    );

    let models = "en/tencentcloud/demo/v20210101/models.py";
    let error = error_after("no-request", models, |t| t.replace("class DescribeThingsRequest(", "class Other("));
    assert!(error.contains("demo/v20210101/demo_client.py:31: "), "{error}");
    assert!(error.ends_with("models.py has no class DescribeThingsRequest"), "{error}");

    let metadata = "en/tencentcloud_sdk_python_intl_en-9.9.1.dist-info/METADATA";
    let error = error_after("wheel", metadata, |t| t.replace("-intl-en", ""));
    assert!(
        error.ends_with(
            "METADATA: this is a wheel of tencentcloud-sdk-python, expected tencentcloud-sdk-python-intl-en"
        ),
        "{error}"
    );
}

#[test]
fn a_missing_wheel_is_an_error() {
    let dir = scratch("empty");
    let error = run(&dir).err().expect("nothing to read");
    assert!(error.ends_with("/zh: No such file or directory (os error 2)"), "{error}");
    for wheel in ["zh", "en"] {
        std::fs::create_dir_all(dir.join(wheel)).unwrap();
    }
    let error = run(&dir).err().expect("nothing to read");
    assert!(error.contains("expected one unpacked wheel of tencentcloud-sdk-python"), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}
