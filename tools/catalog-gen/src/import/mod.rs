//! Import: Tencent's sources in `shared/` become the data files of `core/data/`.
//!
//! `shared/seeds/` holds the five documents the project started from, `shared/catalog-data/`
//! the SDK extracts described in its `SOURCES.md`. Where sources disagree, the rules of
//! `core/data/SOURCES.md` decide and the losing English wording is kept as an alternate.

mod sdk;
mod seeds;
mod tables;

use crate::data::{Catalog, DataError};
use std::path::Path;

/// Builds the whole catalog from a `shared/` directory.
pub fn import(shared: &Path) -> Result<Catalog, DataError> {
    let seeds = seeds::Seeds::read(&shared.join("seeds"))?;
    let mut catalog = Catalog::default();
    seeds.add_legacy(&mut catalog)?;
    sdk::add_common(&shared.join("catalog-data/common-codes.tsv"), &seeds, &mut catalog)?;
    sdk::add_products(&shared.join("catalog-data/api3-codes.tsv"), &seeds, &mut catalog)?;
    catalog.alternates.sort();
    Ok(catalog)
}
