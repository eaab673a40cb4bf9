//! `catalog-gen`: the maintainer's command for refreshing the catalog.
//!
//! ```text
//! cargo run -p catalog-gen -- import ../shared   # shared/ sources -> core/data/*.tsv
//! cargo run -p catalog-gen -- import-sdk --zh <tencentcloud-sdk-go> --en <tencentcloud-sdk-go-intl-en> \
//!     [--common <common-codes.tsv>] [--seeds <seeds-dir>]   # the same, SDK tables from Go checkouts
//! cargo run -p catalog-gen -- generate           # core/data -> core/src/catalog/generated
//! cargo run -p catalog-gen -- stats              # the figures of the tables, writing nothing
//! ```

use catalog_gen::import::SdkSources;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: catalog-gen import <shared-dir>\n\
    \x20      catalog-gen import-sdk --zh <tencentcloud-sdk-go> --en <tencentcloud-sdk-go-intl-en> \
    [--common <common-codes.tsv>] [--seeds <seeds-dir>]\n\
    \x20      catalog-gen generate\n\
    \x20      catalog-gen stats";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["import", shared] => import(PathBuf::from(shared)),
        ["import-sdk", options @ ..] => import_sdk(options),
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

/// `import-sdk`: `--zh` and `--en` are required; `--common` and `--seeds` default to the
/// files `import ../shared` reads.
fn import_sdk(options: &[&str]) -> Result<String, String> {
    let shared = catalog_gen::workspace_root().join("../shared");
    let (mut zh, mut en) = (None, None);
    let mut common = shared.join("catalog-data/common-codes.tsv");
    let mut seeds = shared.join("seeds");
    let mut rest = options.iter();
    while let Some(&option) = rest.next() {
        let value = rest.next().map(PathBuf::from).ok_or_else(|| format!("{option} needs a value\n{USAGE}"))?;
        match option {
            "--zh" => zh = Some(value),
            "--en" => en = Some(value),
            "--common" => common = value,
            "--seeds" => seeds = value,
            _ => return Err(format!("unknown option {option}\n{USAGE}")),
        }
    }
    let (Some(zh), Some(en)) = (zh, en) else { return Err(format!("--zh and --en are required\n{USAGE}")) };
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
