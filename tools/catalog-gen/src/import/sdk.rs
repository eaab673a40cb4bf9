//! The SDK extracts in `shared/catalog-data/`: common codes, every product's codes and the
//! codes each API action may return. The merging rules also serve `import-sdk`, which reads
//! the same rows out of Go SDK checkouts (`sdk_go.rs`).

use super::seeds::Seeds;
use crate::data::{ActionCode, Alternate, Catalog, DataError, Family, Record, read_tsv};
use crate::text::normalize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Source id of the common-code table (`common-codes.tsv`, transcribed by teco-project).
const COMMON_SOURCE: &str = "common-codes";
/// Source id of the English Go SDK (`tencentcloud-sdk-go-intl-en`).
const SDK_EN_SOURCE: &str = "sdk-intl-en";

/// Adds the 38 common codes; seed 004's English wins where it words a code.
pub fn add_common(path: &Path, seeds: &Seeds, catalog: &mut Catalog) -> Result<(), DataError> {
    let header = ["code", "description_en", "description_zh", "in_seed_004", "sdk_product_count"];
    for row in read_tsv(path, &header)? {
        let (code, sdk_en) = (normalize(&row[0]), normalize(&row[1]));
        let message_en = match seeds.api3_common.get(&code) {
            Some(seed_en) => {
                keep_alternate(catalog, Family::Common, "", &code, COMMON_SOURCE, &sdk_en, seed_en);
                seed_en.clone()
            }
            None => sdk_en,
        };
        catalog.common.push(Record {
            family: Some(Family::Common),
            code,
            message_en,
            message_zh: normalize(&row[2]),
            ..Record::default()
        });
    }
    if let Some(code) = seeds.api3_common.keys().find(|c| !catalog.common.iter().any(|r| &r.code == *c)) {
        return Err(DataError(format!("seed 004 common code {code} is missing from common-codes.tsv")));
    }
    catalog.common.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(())
}

/// Adds every (product, code) pair, merging API versions: each language takes the text of
/// the newest version that has one. For VOD, seed 004's English wins.
pub fn add_products(path: &Path, seeds: &Seeds, catalog: &mut Catalog) -> Result<(), DataError> {
    let header = ["product", "version", "code", "description_en", "description_zh"];
    merge_products(read_tsv(path, &header)?, seeds, catalog);
    Ok(())
}

/// [`add_products`] on rows `product, version, code, description_en, description_zh` of the
/// Go SDKs, the only SDK family.
pub fn merge_products(rows: Vec<Vec<String>>, seeds: &Seeds, catalog: &mut Catalog) {
    let go = SdkFamily { rows, en_source: SDK_EN_SOURCE, listed_zh: String::new(), listed_en: String::new() };
    merge_families(vec![go], seeds, catalog);
}

/// The code rows of one SDK family (the Go SDKs, the Python SDKs), each family a Chinese
/// and an English package.
pub struct SdkFamily {
    /// `product, version, code, description_en, description_zh`.
    pub rows: Vec<Vec<String>>,
    /// Source id of the family's English package (`sdk-intl-en`), for alternates.
    pub en_source: &'static str,
    /// `last_listed` of a pair that this family lists, no newer family does, and whose
    /// Chinese text this family has: the Chinese package's source id and release.
    pub listed_zh: String,
    /// The same for a pair that only the English package lists.
    pub listed_en: String,
}

/// What `merge_families` found.
#[derive(Debug, Default)]
pub struct MergeReport {
    /// Pairs whose English of an older family was replaced by a different newer one (before
    /// seed 004 replaces VOD's).
    pub english_replaced: usize,
    /// The same for Chinese.
    pub chinese_replaced: usize,
}

/// Merges the code rows of SDK families, oldest family first, into `catalog.products`:
/// * the pairs are the union of all families;
/// * each language takes the text of the newest family that has one, and within a family
///   the text of the newest API version (by name, a date) that has one;
/// * `versions` lists every API version, of any family, that lists the code;
/// * `last_listed` is empty when the newest family lists the pair, else `listed_zh` (or
///   `listed_en`) of the newest family that does;
/// * for VOD, seed 004's English wins over all (the SDK English is kept as an alternate).
pub fn merge_families(families: Vec<SdkFamily>, seeds: &Seeds, catalog: &mut Catalog) -> MergeReport {
    struct Merged {
        record: Record,
        versions: BTreeSet<String>,
        /// The families whose English and Chinese the record holds.
        en_family: Option<usize>,
        zh_family: Option<usize>,
        /// The text of an older family that a newer family's replaced.
        older_en: String,
        older_zh: String,
        /// The newest family listing the pair, and whether that family has its Chinese.
        family: usize,
        has_zh: bool,
    }
    let newest = families.len().saturating_sub(1);
    let mut rows: Vec<(usize, Vec<String>)> =
        families.iter().enumerate().flat_map(|(f, family)| family.rows.iter().map(move |r| (f, r.clone()))).collect();
    // Sorted by family, then version, within a (product, code): later rows are newer.
    rows.sort_by(|(fa, a), (fb, b)| (&a[0], &a[2], fa, &a[1]).cmp(&(&b[0], &b[2], fb, &b[1])));
    let mut report = MergeReport::default();
    let mut merged: BTreeMap<(String, String), Merged> = BTreeMap::new();
    for (f, row) in rows {
        let key = (row[0].clone(), row[2].clone());
        let entry = merged.entry(key).or_insert_with(|| Merged {
            record: Record {
                family: Some(Family::Product),
                product: row[0].clone(),
                code: row[2].clone(),
                ..Record::default()
            },
            versions: BTreeSet::new(),
            en_family: None,
            zh_family: None,
            older_en: String::new(),
            older_zh: String::new(),
            family: f,
            has_zh: false,
        });
        let (en, zh) = (normalize(&row[3]), normalize(&row[4]));
        if f != entry.family {
            entry.family = f;
            entry.has_zh = false;
        }
        entry.has_zh |= !zh.is_empty();
        if !en.is_empty() {
            let old = std::mem::replace(&mut entry.record.message_en, en);
            if entry.en_family.is_some_and(|g| g != f) {
                entry.older_en = old;
            }
            entry.en_family = Some(f);
        }
        if !zh.is_empty() {
            let old = std::mem::replace(&mut entry.record.message_zh, zh);
            if entry.zh_family.is_some_and(|g| g != f) {
                entry.older_zh = old;
            }
            entry.zh_family = Some(f);
        }
        entry.versions.insert(row[1].clone());
    }
    for m in merged.values() {
        report.english_replaced += usize::from(!m.older_en.is_empty() && m.older_en != m.record.message_en);
        report.chinese_replaced += usize::from(!m.older_zh.is_empty() && m.older_zh != m.record.message_zh);
    }
    for (code, seed_en) in &seeds.api3_vod {
        let entry = merged.entry(("vod".to_owned(), code.clone())).or_insert_with(|| Merged {
            record: Record {
                family: Some(Family::Product),
                product: "vod".to_owned(),
                code: code.clone(),
                ..Record::default()
            },
            versions: BTreeSet::new(),
            en_family: None,
            zh_family: None,
            older_en: String::new(),
            older_zh: String::new(),
            family: newest,
            has_zh: false,
        });
        let sdk_en = std::mem::replace(&mut entry.record.message_en, seed_en.clone());
        let source = entry.en_family.map_or(SDK_EN_SOURCE, |f| families[f].en_source);
        keep_alternate(catalog, Family::Product, "vod", code, source, &sdk_en, seed_en);
    }
    catalog.products = merged
        .into_values()
        .map(|mut m| {
            m.record.versions = m.versions.into_iter().collect::<Vec<_>>().join(",");
            if m.family != newest {
                let family = &families[m.family];
                m.record.last_listed = if m.has_zh { family.listed_zh.clone() } else { family.listed_en.clone() };
            }
            m.record
        })
        .collect();
    report
}

/// Adds the codes each API action may return (`api3-actions.tsv`), merging API versions.
pub fn add_actions(path: &Path, catalog: &mut Catalog) -> Result<(), DataError> {
    merge_actions(read_tsv(path, &["product", "version", "action", "code"])?, catalog);
    Ok(())
}

/// [`add_actions`] on rows `product, version, action, code`: one row per (product, action,
/// code), listing every version whose SDK lists the code for the action, in version order.
pub fn merge_actions(rows: Vec<Vec<String>>, catalog: &mut Catalog) {
    let mut merged: BTreeMap<(String, String, String), Vec<String>> = BTreeMap::new();
    for row in rows {
        let [product, version, action, code] = <[String; 4]>::try_from(row).expect("rows of four fields");
        merged.entry((product, action, code)).or_default().push(version);
    }
    catalog.actions = merged
        .into_iter()
        .map(|((product, action, code), mut versions)| {
            versions.sort();
            versions.dedup();
            ActionCode { product, action, code, versions: versions.join(",") }
        })
        .collect();
}

/// Records `losing` as an alternate wording when it is a real, different text.
fn keep_alternate(
    catalog: &mut Catalog,
    family: Family,
    product: &str,
    code: &str,
    source: &str,
    losing: &str,
    winning: &str,
) {
    if !losing.is_empty() && losing != winning {
        catalog.alternates.push(Alternate {
            family,
            product: product.to_owned(),
            code: code.to_owned(),
            source: source.to_owned(),
            message_en: losing.to_owned(),
            description_en: String::new(),
        });
    }
}
