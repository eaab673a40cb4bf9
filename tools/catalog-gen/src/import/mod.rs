//! Import: Tencent's sources become the data files of `core/data/`.
//!
//! [`import`] reads `shared/`: `shared/seeds/` holds the five documents the project started
//! from, `shared/catalog-data/` the SDK extracts described in its `SOURCES.md`.
//! [`import_sdk`] reads the SDK-derived tables straight out of checkouts of Tencent's Go SDKs
//! instead of the extracts. Where sources disagree, the rules of `core/data/SOURCES.md` decide
//! and the losing English wording is kept as an alternate.

mod sdk;
pub mod sdk_go;
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
    sdk::add_actions(&shared.join("catalog-data/api3-actions.tsv"), &mut catalog)?;
    catalog.check_actions()?;
    catalog.alternates.sort();
    Ok(catalog)
}

/// Where [`import_sdk`] reads from.
pub struct SdkSources<'a> {
    /// Checkout of github.com/TencentCloud/tencentcloud-sdk-go (Chinese comments).
    pub zh: &'a Path,
    /// Checkout of github.com/TencentCloud/tencentcloud-sdk-go-intl-en (English comments).
    pub en: &'a Path,
    /// The common-code table (`shared/catalog-data/common-codes.tsv`): the SDKs have none.
    pub common: &'a Path,
    /// The seed documents (`shared/seeds/`), for the legacy codes and the English that wins
    /// over the SDKs' (common and VOD codes). Without them the catalog has no legacy codes
    /// and every text is the SDKs'.
    pub seeds: Option<&'a Path>,
}

/// Builds the catalog like [`import`], but with `products.tsv` and `actions.tsv` read from Go
/// SDK checkouts rather than from the extracts. Also returns what was read.
pub fn import_sdk(sources: &SdkSources<'_>) -> Result<(Catalog, sdk_go::SdkRows), DataError> {
    let seeds = match sources.seeds {
        Some(dir) => seeds::Seeds::read(dir)?,
        None => seeds::Seeds::default(),
    };
    let rows = sdk_go::read(sources.zh, sources.en)?;
    let mut catalog = Catalog::default();
    seeds.add_legacy(&mut catalog)?;
    sdk::add_common(sources.common, &seeds, &mut catalog)?;
    sdk::merge_products(rows.codes.clone(), &seeds, &mut catalog);
    sdk::merge_actions(rows.actions.clone(), &mut catalog);
    catalog.check_actions()?;
    catalog.alternates.sort();
    Ok((catalog, rows))
}
