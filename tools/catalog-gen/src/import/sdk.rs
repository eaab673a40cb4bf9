//! The SDK extracts in `shared/catalog-data/`: common codes, every product's codes and the
//! codes each API action may return. The merging rules also serve `import-sdk`, which reads
//! the same rows out of Go SDK checkouts (`sdk_go.rs`).

use super::seeds::Seeds;
use crate::data::{ActionCode, Alternate, Catalog, DataError, Family, Record, read_tsv};
use crate::text::normalize;
use std::collections::BTreeMap;
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

/// [`add_products`] on rows `product, version, code, description_en, description_zh`.
pub fn merge_products(mut rows: Vec<Vec<String>>, seeds: &Seeds, catalog: &mut Catalog) {
    let mut merged: BTreeMap<(String, String), Record> = BTreeMap::new();
    // Sorted by version within a (product, code), so later rows are newer.
    rows.sort_by(|a, b| (&a[0], &a[2], &a[1]).cmp(&(&b[0], &b[2], &b[1])));
    for row in rows {
        let key = (row[0].clone(), row[2].clone());
        let record = merged.entry(key).or_insert_with(|| Record {
            family: Some(Family::Product),
            product: row[0].clone(),
            code: row[2].clone(),
            ..Record::default()
        });
        let (en, zh) = (normalize(&row[3]), normalize(&row[4]));
        if !en.is_empty() {
            record.message_en = en;
        }
        if !zh.is_empty() {
            record.message_zh = zh;
        }
        if !record.versions.is_empty() {
            record.versions.push(',');
        }
        record.versions.push_str(&row[1]);
    }
    for (code, seed_en) in &seeds.api3_vod {
        let record = merged.entry(("vod".to_owned(), code.clone())).or_insert_with(|| Record {
            family: Some(Family::Product),
            product: "vod".to_owned(),
            code: code.clone(),
            ..Record::default()
        });
        let sdk_en = std::mem::replace(&mut record.message_en, seed_en.clone());
        keep_alternate(catalog, Family::Product, "vod", code, SDK_EN_SOURCE, &sdk_en, seed_en);
    }
    catalog.products = merged.into_values().collect();
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
