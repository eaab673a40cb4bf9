//! The five seed documents in `shared/seeds/` and what each contributes.
//!
//! * 000 (English) and 001 (Chinese): access-layer codes (message and description) and
//!   video-cloud codes (message). They are the primary texts of both families.
//! * 002 and 003: other English wordings of the access-layer table, kept as alternates;
//!   003 also has the Cloud Monitor module codes with their API 3.0 equivalents.
//! * 004: API 3.0 common codes and VOD business codes in English; its wording wins over the
//!   SDK extracts (applied in `sdk.rs`).

use super::tables::{html_rows, markdown_rows, section};
use crate::data::{Alternate, Catalog, DataError, Family, Record};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const SEED_EN: &str = "000_14a2ffbbc9905134.txt";
const SEED_ZH: &str = "001_fb4a536a088a590d.txt";
const SEED_ACCESS_HTML: &str = "002_dbb4366fd353d900.txt";
const SEED_MODULE: &str = "003_1633d12039613af4.txt";
const SEED_API3: &str = "004_1a49b65bb6a47f1a.txt";

/// Table rows keyed by code.
type Rows = BTreeMap<String, Vec<String>>;

/// The tables of the seed documents, parsed; `Seeds::default()` stands for no seeds at all.
#[derive(Default)]
pub struct Seeds {
    access_en: Rows,
    access_zh: Rows,
    video_en: Rows,
    video_zh: Rows,
    /// Other wordings of the access table: (source id, rows).
    access_alternates: Vec<(&'static str, Rows)>,
    module: Rows,
    /// Seed 004's common codes: code -> English text.
    pub api3_common: BTreeMap<String, String>,
    /// Seed 004's VOD business codes: code -> English text.
    pub api3_vod: BTreeMap<String, String>,
}

impl Seeds {
    pub fn read(dir: &Path) -> Result<Seeds, DataError> {
        let en = read(dir, SEED_EN)?;
        let zh = read(dir, SEED_ZH)?;
        let access_html = read(dir, SEED_ACCESS_HTML)?;
        let module = read(dir, SEED_MODULE)?;
        let api3 = read(dir, SEED_API3)?;
        let module_html = part(SEED_MODULE, &module, "## 1. Common Error Code", Some("## 2. Module Error Code"))?;
        Ok(Seeds {
            access_en: keyed(markdown_rows(part(SEED_EN, &en, "## Access Layer Error Codes", Some("## Video"))?), 3)?,
            access_zh: keyed(markdown_rows(part(SEED_ZH, &zh, "## 接入层错误码", Some("## 视频云"))?), 3)?,
            video_en: keyed(markdown_rows(part(SEED_EN, &en, "## Video Cloud Error Codes", None)?), 2)?,
            video_zh: keyed(markdown_rows(part(SEED_ZH, &zh, "## 视频云错误码", None)?), 2)?,
            access_alternates: vec![
                ("seed-002", keyed(html_rows(&access_html), 3)?),
                ("seed-003", keyed(html_rows(module_html), 3)?),
            ],
            module: keyed(markdown_rows(part(SEED_MODULE, &module, "## 2. Module Error Code", None)?), 3)?,
            api3_common: texts(markdown_rows(part(SEED_API3, &api3, "### Common Error Codes", Some("###"))?))?,
            api3_vod: texts(markdown_rows(part(SEED_API3, &api3, "### Business Error Codes", None)?))?,
        })
    }

    /// Adds the access-layer, video-cloud and module codes, and the alternates of the
    /// access-layer table.
    pub fn add_legacy(&self, catalog: &mut Catalog) -> Result<(), DataError> {
        let mut records = Vec::new();
        for (code, en) in &self.access_en {
            let zh = counterpart(&self.access_zh, code, "access")?;
            records.push(legacy(Family::Access, code, &en[1], &zh[1], &en[2], &zh[2], ""));
            for (source, rows) in &self.access_alternates {
                let alt = rows.get(code).ok_or_else(|| DataError(format!("{source} lacks access code {code}")))?;
                if alt[1] != en[1] || alt[2] != en[2] {
                    catalog.alternates.push(Alternate {
                        family: Family::Access,
                        product: String::new(),
                        code: code.clone(),
                        source: (*source).to_owned(),
                        message_en: alt[1].clone(),
                        description_en: alt[2].clone(),
                    });
                }
            }
        }
        for (code, en) in &self.video_en {
            let zh = counterpart(&self.video_zh, code, "video")?;
            records.push(legacy(Family::Video, code, &en[1], &zh[1], "", "", ""));
        }
        for (code, row) in &self.module {
            records.push(legacy(Family::Module, code, &row[1], "", "", "", &row[2]));
        }
        check_same_codes(&self.access_en, &self.access_zh, "access")?;
        check_same_codes(&self.video_en, &self.video_zh, "video")?;
        records.sort_by_key(|r| (r.family, r.code.parse::<i32>().unwrap_or(i32::MAX)));
        catalog.legacy = records;
        Ok(())
    }
}

fn part<'a>(name: &str, text: &'a str, start: &str, end: Option<&str>) -> Result<&'a str, DataError> {
    section(text, start, end).ok_or_else(|| DataError(format!("seed {name}: no section `{start}`")))
}

/// Keys rows by their first cell, checking each has `width` cells and no code repeats.
fn keyed(rows: Vec<Vec<String>>, width: usize) -> Result<Rows, DataError> {
    let mut keyed = Rows::new();
    for mut row in rows {
        // Trailing empty cells come from rows ending in `|` plus a tab.
        while row.len() > width && row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        if row.len() != width {
            return Err(DataError(format!("seed row {row:?}: expected {width} cells")));
        }
        if let Some(old) = keyed.insert(row[0].clone(), row) {
            return Err(DataError(format!("seed code {} appears twice", old[0])));
        }
    }
    Ok(keyed)
}

fn texts(rows: Vec<Vec<String>>) -> Result<BTreeMap<String, String>, DataError> {
    Ok(keyed(rows, 2)?.into_iter().map(|(code, row)| (code, row[1].clone())).collect())
}

fn counterpart<'a>(rows: &'a Rows, code: &str, table: &str) -> Result<&'a Vec<String>, DataError> {
    rows.get(code).ok_or_else(|| DataError(format!("the Chinese {table} table lacks code {code}")))
}

fn check_same_codes(en: &Rows, zh: &Rows, table: &str) -> Result<(), DataError> {
    match zh.keys().find(|code| !en.contains_key(*code)) {
        Some(code) => Err(DataError(format!("the English {table} table lacks code {code}"))),
        None => Ok(()),
    }
}

fn legacy(
    family: Family,
    code: &str,
    message_en: &str,
    message_zh: &str,
    description_en: &str,
    description_zh: &str,
    api3_equivalent: &str,
) -> Record {
    Record {
        family: Some(family),
        code: code.to_owned(),
        product: if family == Family::Module { "monitor".to_owned() } else { String::new() },
        message_en: message_en.to_owned(),
        message_zh: message_zh.to_owned(),
        description_en: description_en.to_owned(),
        description_zh: description_zh.to_owned(),
        api3_equivalent: api3_equivalent.to_owned(),
        versions: String::new(),
        last_listed: String::new(),
        http_status: Vec::new(),
    }
}

fn read(dir: &Path, name: &str) -> Result<String, DataError> {
    fs::read_to_string(dir.join(name)).map_err(|e| DataError(format!("seed {name}: {e}")))
}
