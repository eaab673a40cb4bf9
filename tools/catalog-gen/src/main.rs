//! `catalog-gen`: the maintainer's command for refreshing the catalog.
//!
//! ```text
//! cargo run -p catalog-gen -- import ../shared   # shared/ sources -> core/data/*.tsv
//! cargo run -p catalog-gen -- generate           # core/data -> core/src/catalog/generated
//! cargo run -p catalog-gen -- stats              # the figures of the tables, writing nothing
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["import", shared] => import(PathBuf::from(shared)),
        ["generate"] => generate(true),
        ["stats"] => generate(false),
        _ => Err("usage: catalog-gen import <shared-dir> | catalog-gen generate | catalog-gen stats".to_owned()),
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
    Ok(format!(
        "imported {} legacy, {} common, {} product codes and {} alternates into core/data",
        catalog.legacy.len(),
        catalog.common.len(),
        catalog.products.len(),
        catalog.alternates.len()
    ))
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
