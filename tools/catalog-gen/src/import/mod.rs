//! Import: Tencent's sources become the data files of `core/data/`.
//!
//! [`import`] reads `shared/`: `shared/seeds/` holds the five documents the project started
//! from, `shared/catalog-data/` the SDK extracts described in its `SOURCES.md`.
//! [`import_sdk`] reads the SDK-derived tables straight out of checkouts of Tencent's Go SDKs
//! instead of the extracts. [`import_python`] reads the extracts as [`import`] does and merges
//! the unpacked wheels of Tencent's newer Python SDKs into them (`sdk_python.rs`), and also
//! derives `action-traits.tsv`. Where sources disagree, the rules of `core/data/SOURCES.md`
//! decide and the losing English wording of another source is kept as an alternate.

mod sdk;
pub mod sdk_go;
pub mod sdk_python;
mod seeds;
mod tables;

use crate::data::{ActionTrait, Catalog, DataError};
pub use sdk::MergeReport;
use std::collections::BTreeMap;
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

/// `last_listed` of a pair that only the Go SDKs list: the releases of the extracts in
/// `shared/catalog-data/` (see its `SOURCES.md`), Chinese SDK and English SDK.
pub const GO_RELEASES: [&str; 2] = ["sdk-go v1.3.166", "sdk-intl-en v3.0.1474"];

/// Source ids of the Python wheels, Chinese and English.
pub const PYTHON_SOURCES: [&str; 2] = ["sdk-python", "sdk-python-intl-en"];

/// Where [`import_python`] reads from.
pub struct PythonSources<'a> {
    /// Unpacked wheel of `tencentcloud-sdk-python` (Chinese comments).
    pub zh: &'a Path,
    /// Unpacked wheel of `tencentcloud-sdk-python-intl-en` (English comments).
    pub en: &'a Path,
    /// The Go SDKs' codes (`shared/catalog-data/api3-codes.tsv`).
    pub go_codes: &'a Path,
    /// The codes each action may return, from the Go SDKs (`shared/catalog-data/api3-actions.tsv`):
    /// the Python SDKs do not list them.
    pub go_actions: &'a Path,
    /// The common-code table (`shared/catalog-data/common-codes.tsv`).
    pub common: &'a Path,
    /// The seed documents (`shared/seeds/`), as for [`import_sdk`].
    pub seeds: Option<&'a Path>,
}

impl<'a> PythonSources<'a> {
    /// The Go extracts, common codes and seeds of a `shared/` directory, as [`import`] reads them.
    pub fn go_paths(shared: &Path) -> [std::path::PathBuf; 4] {
        [
            shared.join("catalog-data/api3-codes.tsv"),
            shared.join("catalog-data/api3-actions.tsv"),
            shared.join("catalog-data/common-codes.tsv"),
            shared.join("seeds"),
        ]
    }
}

/// What [`import_python`] makes.
pub struct PythonImport {
    pub catalog: Catalog,
    /// One row per action of either wheel, sorted (`action-traits.tsv`).
    pub traits: Vec<ActionTrait>,
    pub rows: sdk_python::PythonRows,
    pub merge: MergeReport,
    /// The (product, code) pairs of the Go extracts alone.
    pub go_pairs: Vec<(String, String)>,
    /// Actions whose `ClientToken` differs between the API versions or the two wheels (the
    /// newest version, Chinese wheel first, decides).
    pub client_token_disagreements: Vec<(String, String)>,
}

/// Builds the catalog like [`import`] and merges the Python SDKs' codes into
/// `products.tsv` (the rules of `core/data/SOURCES.md`: union, newest text per language,
/// `last_listed` for pairs the Python SDKs no longer list); also derives the action traits.
pub fn import_python(sources: &PythonSources<'_>) -> Result<PythonImport, DataError> {
    let python = sdk_python::read(sources.zh, sources.en)?;
    let seeds = match sources.seeds {
        Some(dir) => seeds::Seeds::read(dir)?,
        None => seeds::Seeds::default(),
    };
    let mut catalog = Catalog::default();
    seeds.add_legacy(&mut catalog)?;
    sdk::add_common(sources.common, &seeds, &mut catalog)?;
    let header = ["product", "version", "code", "description_en", "description_zh"];
    let go_rows = crate::data::read_tsv(sources.go_codes, &header)?;
    let mut go_pairs: Vec<(String, String)> = go_rows.iter().map(|r| (r[0].clone(), r[2].clone())).collect();
    go_pairs.sort();
    go_pairs.dedup();
    let go = sdk::SdkFamily {
        rows: go_rows,
        en_source: "sdk-intl-en",
        listed_zh: GO_RELEASES[0].to_owned(),
        listed_en: GO_RELEASES[1].to_owned(),
    };
    let py = sdk::SdkFamily {
        rows: python.codes.clone(),
        en_source: PYTHON_SOURCES[1],
        listed_zh: format!("{} {}", PYTHON_SOURCES[0], python.releases[0]),
        listed_en: format!("{} {}", PYTHON_SOURCES[1], python.releases[1]),
    };
    let merge = sdk::merge_families(vec![go, py], &seeds, &mut catalog);
    sdk::add_actions(sources.go_actions, &mut catalog)?;
    catalog.check_actions()?;
    catalog.alternates.sort();
    let (traits, client_token_disagreements) = action_traits(&python.actions);
    catalog.action_traits = traits.clone();
    Ok(PythonImport { catalog, traits, rows: python, merge, go_pairs, client_token_disagreements })
}

/// One trait row per (product, action): `client_token` from the newest API version that has
/// the action (the Chinese wheel's if both have it); the rate limit from the newest version
/// whose docstring states one (Chinese first). Also the actions whose facts disagree.
fn action_traits(facts: &[sdk_python::ActionFacts]) -> (Vec<ActionTrait>, Vec<(String, String)>) {
    let mut grouped: BTreeMap<(&str, &str), Vec<&sdk_python::ActionFacts>> = BTreeMap::new();
    for fact in facts {
        grouped.entry((&fact.product, &fact.action)).or_default().push(fact);
    }
    let mut traits = Vec::new();
    let mut disagreements = Vec::new();
    for ((product, action), mut group) in grouped {
        // Newest version first, then the Chinese wheel.
        group.sort_by(|a, b| b.version.cmp(&a.version).then(a.english.cmp(&b.english)));
        let client_token = group[0].client_token;
        if group.iter().any(|f| f.client_token != client_token) {
            disagreements.push((product.to_owned(), action.to_owned()));
        }
        traits.push(ActionTrait {
            product: product.to_owned(),
            action: action.to_owned(),
            client_token,
            rate_limit_per_second: group.iter().find_map(|f| f.rate_limit),
        });
    }
    (traits, disagreements)
}
