//! `catalog-gen`: the maintainer's command for refreshing the catalog.
//!
//! ```text
//! cargo run -p catalog-gen -- import ../shared   # shared/ sources -> core/data/*.tsv
//! cargo run -p catalog-gen -- import-sdk --zh <tencentcloud-sdk-go> --en <tencentcloud-sdk-go-intl-en> \
//!     [--common <common-codes.tsv>] [--seeds <seeds-dir>]   # the same, SDK tables from Go checkouts
//! cargo run -p catalog-gen -- import-python --zh <dir> --en <dir> [--shared <shared-dir>]
//!     # the shared/ catalog merged with the Python SDKs' codes, and action-traits.tsv
//! cargo run -p catalog-gen -- generate           # core/data -> core/src/catalog/generated
//! cargo run -p catalog-gen -- stats              # the figures of the tables, writing nothing
//! ```
//!
//! `import-python` reads the unpacked wheels of Tencent's Python SDKs (the tool itself needs
//! no network). Fetch and unpack the newest releases with:
//!
//! ```text
//! pip download --no-deps -d pysdk tencentcloud-sdk-python tencentcloud-sdk-python-intl-en
//! mkdir pysdk/zh pysdk/en
//! python3 -m zipfile -e pysdk/tencentcloud_sdk_python-*.whl pysdk/zh
//! python3 -m zipfile -e pysdk/tencentcloud_sdk_python_intl_en-*.whl pysdk/en
//! cargo run -p catalog-gen -- import-python --zh pysdk/zh --en pysdk/en
//! cargo run -p catalog-gen -- generate
//! ```

use catalog_gen::import::{PythonSources, SdkSources};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: catalog-gen import <shared-dir>\n\
    \x20      catalog-gen import-sdk --zh <tencentcloud-sdk-go> --en <tencentcloud-sdk-go-intl-en> \
    [--common <common-codes.tsv>] [--seeds <seeds-dir>]\n\
    \x20      catalog-gen import-python --zh <unpacked tencentcloud-sdk-python wheel> \
    --en <unpacked tencentcloud-sdk-python-intl-en wheel> [--shared <shared-dir>]\n\
    \x20      catalog-gen generate\n\
    \x20      catalog-gen stats\n\
    \n\
    The wheels for import-python (the tool itself needs no network), newest releases:\n\
    \x20 pip download --no-deps -d pysdk tencentcloud-sdk-python tencentcloud-sdk-python-intl-en\n\
    \x20 mkdir pysdk/zh pysdk/en\n\
    \x20 python3 -m zipfile -e pysdk/tencentcloud_sdk_python-*.whl pysdk/zh\n\
    \x20 python3 -m zipfile -e pysdk/tencentcloud_sdk_python_intl_en-*.whl pysdk/en";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["import", shared] => import(PathBuf::from(shared)),
        ["import-sdk", options @ ..] => import_sdk(options),
        ["import-python", options @ ..] => import_python(options),
        ["generate"] => generate(true),
        ["stats"] => generate(false),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("catalog-gen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn import(shared: PathBuf) -> Result<String, String> {
    let catalog = catalog_gen::import::import(&shared).map_err(|e| e.to_string())?;
    catalog.write(&catalog_gen::data_dir()).map_err(|e| e.to_string())?;
    Ok(summary(&catalog))
}

/// The `--option path` pairs of an import command, each of `known` at most once.
fn path_options(options: &[&str], known: &[&str]) -> Result<std::collections::HashMap<String, PathBuf>, String> {
    let mut paths = std::collections::HashMap::new();
    let mut rest = options.iter();
    while let Some(&option) = rest.next() {
        if !known.contains(&option) {
            return Err(format!("unknown option {option}\n{USAGE}"));
        }
        let value = rest.next().map(PathBuf::from).ok_or_else(|| format!("{option} needs a value\n{USAGE}"))?;
        if paths.insert(option.to_owned(), value).is_some() {
            return Err(format!("{option} given twice\n{USAGE}"));
        }
    }
    Ok(paths)
}

/// The required `--zh` and `--en` directories of an import command.
fn languages(paths: &mut std::collections::HashMap<String, PathBuf>) -> Result<(PathBuf, PathBuf), String> {
    match (paths.remove("--zh"), paths.remove("--en")) {
        (Some(zh), Some(en)) => Ok((zh, en)),
        _ => Err(format!("--zh and --en are required\n{USAGE}")),
    }
}

/// `import-sdk`: `--zh` and `--en` are required; `--common` and `--seeds` default to the
/// files `import ../shared` reads.
fn import_sdk(options: &[&str]) -> Result<String, String> {
    let shared = catalog_gen::workspace_root().join("../shared");
    let mut paths = path_options(options, &["--zh", "--en", "--common", "--seeds"])?;
    let common = paths.remove("--common").unwrap_or_else(|| shared.join("catalog-data/common-codes.tsv"));
    let seeds = paths.remove("--seeds").unwrap_or_else(|| shared.join("seeds"));
    let (zh, en) = languages(&mut paths)?;
    let sources = SdkSources { zh: &zh, en: &en, common: &common, seeds: Some(&seeds) };
    let (catalog, rows) = catalog_gen::import::import_sdk(&sources).map_err(|e| e.to_string())?;
    catalog.write(&catalog_gen::data_dir()).map_err(|e| e.to_string())?;
    let mut report = format!(
        "read {} errors.go and {} client.go files: {} code rows, {} action rows\n",
        rows.errors_files,
        rows.client_files,
        rows.codes.len(),
        rows.actions.len()
    );
    for dropped in &rows.dropped {
        report.push_str(&format!("dropped a listed value that is not a code: {dropped}\n"));
    }
    report.push_str(&summary(&catalog));
    Ok(report)
}

/// `import-python`: `--zh` and `--en` are required; `--shared` defaults to the `shared/`
/// beside the workspace, as for `import`.
fn import_python(options: &[&str]) -> Result<String, String> {
    let mut paths = path_options(options, &["--zh", "--en", "--shared"])?;
    let shared = paths.remove("--shared").unwrap_or_else(|| catalog_gen::workspace_root().join("../shared"));
    let (zh, en) = languages(&mut paths)?;
    let [go_codes, go_actions, common, seeds] = PythonSources::go_paths(&shared);
    let sources = PythonSources {
        zh: &zh,
        en: &en,
        go_codes: &go_codes,
        go_actions: &go_actions,
        common: &common,
        seeds: Some(&seeds),
    };
    let imported = catalog_gen::import::import_python(&sources).map_err(|e| e.to_string())?;
    let data = catalog_gen::data_dir();
    imported.catalog.write(&data).map_err(|e| e.to_string())?;
    catalog_gen::data::write_action_traits(&data, &imported.traits).map_err(|e| e.to_string())?;
    Ok(format!("{}\n{}", python_report(&imported), summary(&imported.catalog)))
}

/// The figures of an `import-python` run.
fn python_report(imported: &catalog_gen::import::PythonImport) -> String {
    use std::collections::BTreeSet;
    let (rows, catalog) = (&imported.rows, &imported.catalog);
    let go: BTreeSet<(&str, &str)> = imported.go_pairs.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    let go_products: BTreeSet<&str> = go.iter().map(|(p, _)| *p).collect();
    let new: Vec<_> =
        catalog.products.iter().filter(|r| !go.contains(&(r.product.as_str(), r.code.as_str()))).collect();
    let new_products: BTreeSet<&str> =
        catalog.products.iter().map(|r| r.product.as_str()).filter(|p| !go_products.contains(p)).collect();
    let new_by_product = new.iter().fold(std::collections::BTreeMap::<&str, usize>::new(), |mut m, r| {
        *m.entry(r.product.as_str()).or_default() += 1;
        m
    });
    let unlisted: Vec<_> = catalog.products.iter().filter(|r| !r.last_listed.is_empty()).collect();
    let traits = &imported.traits;
    format!(
        "read {} {} and {} {}: {} errorcodes.py and {} client files, {} code rows\n\
         (product, code) pairs: {} from the Go extracts, {} after the merge ({} new, {} of them with English)\n\
         new pairs by product: {}\n\
         new products: {}\n\
         pairs no longer listed by the Python SDKs: {} (e.g. {})\n\
         texts replaced by the Python SDKs' different ones: {} English, {} Chinese\n\
         action traits: {} actions, {} with ClientToken, {} with a rate limit; ClientToken differs between versions \
         or wheels for {}",
        catalog_gen::import::sdk_python::DISTRIBUTIONS[0],
        rows.releases[0],
        catalog_gen::import::sdk_python::DISTRIBUTIONS[1],
        rows.releases[1],
        rows.errors_files,
        rows.client_files,
        rows.codes.len(),
        go.len(),
        catalog.products.len(),
        new.len(),
        new.iter().filter(|r| !r.message_en.is_empty()).count(),
        new_by_product.iter().map(|(p, n)| format!("{p} {n}")).collect::<Vec<_>>().join(", "),
        new_products.iter().copied().collect::<Vec<_>>().join(", "),
        unlisted.len(),
        unlisted.iter().take(5).map(|r| format!("{} {}", r.product, r.code)).collect::<Vec<_>>().join(", "),
        imported.merge.english_replaced,
        imported.merge.chinese_replaced,
        traits.len(),
        traits.iter().filter(|t| t.client_token).count(),
        traits.iter().filter(|t| t.rate_limit_per_second.is_some()).count(),
        imported.client_token_disagreements.len(),
    )
}

fn summary(catalog: &catalog_gen::data::Catalog) -> String {
    let actions = catalog.actions.iter().map(|a| (&a.product, &a.action)).collect::<std::collections::BTreeSet<_>>();
    format!(
        "imported {} legacy, {} common, {} product codes, {} alternates and {} action codes ({} actions) into core/data",
        catalog.legacy.len(),
        catalog.common.len(),
        catalog.products.len(),
        catalog.alternates.len(),
        catalog.actions.len(),
        actions.len()
    )
}

/// Generates the tables; `write` false only reports their figures.
fn generate(write: bool) -> Result<String, String> {
    let catalog = catalog_gen::data::Catalog::read(&catalog_gen::data_dir()).map_err(|e| e.to_string())?;
    let generated = catalog_gen::generate::generate(&catalog).map_err(|e| e.to_string())?;
    if write {
        generated.write(&catalog_gen::generated_dir()).map_err(|e| e.to_string())?;
    }
    Ok(generated.summary())
}
