//! Generate: the data files become `core/src/catalog/generated/`: `tables.rs` (which names
//! the others and gives their counts), the text blobs `strings.txt` and `action-names.txt`,
//! and the binary tables `entries.bin`, `details.bin`, `alternates.bin`, `index.bin`,
//! `code-trie.bin`, `actions.bin` and `action-codes.bin`.
//!
//! Every byte is laid out by `core/src/catalog/layout.rs`, which this module compiles as its
//! own (as it does the index's `hash.rs`): its docs describe each file, and its record types
//! write here what core reads. Everything is deterministic: the same data files always give
//! byte-identical output, which the freshness test relies on.

#[path = "../../../core/src/catalog/hash.rs"]
mod hash;
// Core's reading half of the layout is used by the round-trip tests only.
#[allow(dead_code)]
#[path = "../../../core/src/catalog/layout.rs"]
mod layout;

use crate::data::{ActionCode, ActionTrait, Catalog, DataError, Family, Record};
use layout::{
    ActionRecord, AlternateRecord, DetailsRecord, EntryId, EntryRecord, MAX_ENTRIES, NO_DETAILS, NO_HTTP_STATUS,
    NO_PRODUCT, NO_RATE_LIMIT, TrieRecord, action_flags, index,
};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

pub const TABLES_FILE: &str = "tables.rs";
pub const STRINGS_FILE: &str = "strings.txt";
pub const ACTION_NAMES_FILE: &str = "action-names.txt";
pub const ACTIONS_FILE: &str = "actions.bin";
pub const ACTION_CODES_FILE: &str = "action-codes.bin";
pub const ENTRIES_FILE: &str = "entries.bin";
pub const DETAILS_FILE: &str = "details.bin";
pub const ALTERNATES_FILE: &str = "alternates.bin";
pub const INDEX_FILE: &str = "index.bin";
pub const CODE_TRIE_FILE: &str = "code-trie.bin";
pub const RETRY_FILE: &str = "retry.rs";

/// An entry record's family byte.
fn family_byte(family: Family) -> u8 {
    match family {
        Family::Access => layout::family::ACCESS,
        Family::Video => layout::family::VIDEO,
        Family::Module => layout::family::MODULE,
        Family::Common => layout::family::COMMON,
        Family::Product => layout::family::PRODUCT,
        Family::Client => layout::family::CLIENT,
        Family::Cos => layout::family::COS,
    }
}

/// The generated files, and figures about them.
pub struct Generated {
    pub tables_rs: String,
    /// `RETRY_CODES`, the per-code retry classes of `retry.tsv`, for `core/src/retry.rs`.
    pub retry_rs: String,
    pub strings: String,
    /// `EntryRecord`s.
    pub entries: Vec<u8>,
    /// `DetailsRecord`s.
    pub details: Vec<u8>,
    /// `AlternateRecord`s.
    pub alternates: Vec<u8>,
    /// The code index's slots.
    pub index: Vec<u8>,
    /// `TrieRecord`s, one per distinct API 3.0 code.
    pub code_trie: Vec<u8>,
    /// The blob of action names, laid out like `strings`.
    pub action_names: String,
    /// `ActionRecord`s.
    pub actions: Vec<u8>,
    /// Entry ids, a run per action.
    pub action_codes: Vec<u8>,
    pub stats: Stats,
}

/// What the generated tables hold.
#[derive(Debug, Default)]
pub struct Stats {
    pub entries: usize,
    /// Entries of the COS section (one per COS code).
    pub cos_entries: usize,
    pub distinct_api3_codes: usize,
    pub strings: usize,
    /// Bytes of `strings.txt`: every distinct text once, newline-terminated.
    pub blob_bytes: usize,
    /// Bytes of all texts of all entries, counted per entry as a naive table would hold them.
    pub raw_text_bytes: usize,
    /// Bytes of the fixed-size tables (entries, index, ...).
    pub table_bytes: usize,
    pub index_slots: usize,
    pub longest_probe: usize,
    pub actions: usize,
    /// Rows of `ACTION_CODES`: (action, code) pairs.
    pub action_codes: usize,
    pub action_names: usize,
    /// Bytes of `action-names.txt`.
    pub action_name_bytes: usize,
    /// Bytes of `ACTIONS` and `ACTION_CODES`.
    pub action_table_bytes: usize,
    /// Bytes of `CODE_TRIE`, linked only by programs that ask for suggestions.
    pub code_trie_bytes: usize,
}

impl Generated {
    /// Every generated file: its name in `core/src/catalog/generated/` and its contents.
    pub fn files(&self) -> [(&'static str, &[u8]); 11] {
        [
            (TABLES_FILE, self.tables_rs.as_bytes()),
            (RETRY_FILE, self.retry_rs.as_bytes()),
            (STRINGS_FILE, self.strings.as_bytes()),
            (ENTRIES_FILE, &self.entries),
            (DETAILS_FILE, &self.details),
            (ALTERNATES_FILE, &self.alternates),
            (INDEX_FILE, &self.index),
            (CODE_TRIE_FILE, &self.code_trie),
            (ACTION_NAMES_FILE, self.action_names.as_bytes()),
            (ACTIONS_FILE, &self.actions),
            (ACTION_CODES_FILE, &self.action_codes),
        ]
    }

    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        for (name, contents) in self.files() {
            std::fs::write(dir.join(name), contents)?;
        }
        Ok(())
    }

    pub fn summary(&self) -> String {
        let s = &self.stats;
        format!(
            "{} entries ({} distinct API 3.0 codes, {} COS codes), {} strings in {} bytes (raw texts {} bytes), \
             tables {} bytes, total/raw {:.3}; index {} slots, longest probe {}; code trie {} bytes\n\
             {} actions returning {} codes: {} names in {} bytes, tables {} bytes, {} bytes in all",
            s.entries,
            s.distinct_api3_codes,
            s.cos_entries,
            s.strings,
            s.blob_bytes,
            s.raw_text_bytes,
            s.table_bytes,
            (s.blob_bytes + s.table_bytes) as f64 / s.raw_text_bytes as f64,
            s.index_slots,
            s.longest_probe,
            s.code_trie_bytes,
            s.actions,
            s.action_codes,
            s.action_names,
            s.action_name_bytes,
            s.action_table_bytes,
            s.action_name_bytes + s.action_table_bytes
        )
    }
}

/// Builds the generated files from the data files' contents.
pub fn generate(catalog: &Catalog) -> Result<Generated, DataError> {
    let entries = sorted_entries(catalog)?;
    let mut builder = Builder {
        cos_start: entries.iter().position(|r| r.family == Some(Family::Cos)).unwrap_or(entries.len()),
        ..Builder::default()
    };
    builder.strings.intern("")?;
    builder.products(&entries)?;
    builder.product_docs(catalog)?;
    for record in &entries {
        builder.entry(record)?;
    }
    builder.alternates(catalog, &entries)?;
    builder.index(&entries);
    builder.code_trie(&entries)?;
    builder.actions(catalog, &entries)?;
    let retry_rs = retry_codes(catalog, &entries)?;
    let mut generated = builder.finish(&entries);
    generated.retry_rs = retry_rs;
    Ok(generated)
}

/// Legacy entries by numeric code, then API 3.0 entries by code with the common entry first
/// and the products in name order, then COS entries by code; duplicates and malformed codes
/// are errors.
fn sorted_entries(catalog: &Catalog) -> Result<Vec<&Record>, DataError> {
    let mut legacy: Vec<(i32, &Record)> = Vec::new();
    for record in &catalog.legacy {
        let code = record
            .code
            .parse::<i32>()
            .map_err(|_| DataError(format!("legacy code `{}` is not an integer", record.code)))?;
        legacy.push((code, record));
    }
    legacy.sort_by_key(|(code, _)| *code);
    if let Some(pair) = legacy.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(DataError(format!("legacy code {} appears twice", pair[0].0)));
    }
    let mut api3: Vec<&Record> = catalog.common.iter().chain(&catalog.products).chain(&catalog.client).collect();
    for record in &api3 {
        if !is_api3_code(&record.code) {
            return Err(DataError(format!("`{}` ({}) is not an API 3.0 code", record.code, record.product)));
        }
    }
    api3.sort_by(|a, b| (&a.code, a.family, &a.product).cmp(&(&b.code, b.family, &b.product)));
    if let Some(pair) = api3.windows(2).find(|w| (&w[0].code, &w[0].product) == (&w[1].code, &w[1].product)) {
        return Err(DataError(format!("code {} appears twice for `{}`", pair[0].code, pair[0].product)));
    }
    let mut cos: Vec<&Record> = catalog.cos.iter().collect();
    for record in &cos {
        if !is_cos_code(&record.code) {
            return Err(DataError(format!("`{}` is not a COS code", record.code)));
        }
        if !(1..=2).contains(&record.http_status.len()) {
            return Err(DataError(format!("COS code {} needs one or two HTTP statuses", record.code)));
        }
    }
    cos.sort_by(|a, b| a.code.cmp(&b.code));
    if let Some(pair) = cos.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(DataError(format!("COS code {} appears twice: give its statuses in one row", pair[0].code)));
    }
    let all: Vec<&Record> = legacy.into_iter().map(|(_, r)| r).chain(api3).chain(cos).collect();
    if all.len() > MAX_ENTRIES {
        return Err(DataError(format!("{} entries do not fit the 16-bit index", all.len())));
    }
    Ok(all)
}

/// `[A-Za-z][A-Za-z0-9_.]*`, the shape of every code in Tencent's SDKs.
fn is_api3_code(code: &str) -> bool {
    code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// A letter, then ASCII letters and digits: the shape of COS's codes. Single spaces between
/// words are allowed too, because the page lists one code so (`Request has expired`).
fn is_cos_code(code: &str) -> bool {
    code.starts_with(|c: char| c.is_ascii_alphabetic())
        && !code.ends_with(' ')
        && !code.contains("  ")
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
}

/// The string blob: every distinct text once, each followed by a newline; a text's id is its
/// byte offset. The blob starts with the newline of "" so that id 0 reads as "".
#[derive(Default)]
struct Strings {
    ids: HashMap<String, u32>,
    blob: String,
}

impl Strings {
    fn intern(&mut self, text: &str) -> Result<u32, DataError> {
        if let Some(&id) = self.ids.get(text) {
            return Ok(id);
        }
        if text.contains('\n') {
            return Err(DataError(format!("text contains a newline: {text:?}")));
        }
        let id = u32::try_from(self.blob.len()).map_err(|_| DataError("string blob exceeds 4 GiB".to_owned()))?;
        self.ids.insert(text.to_owned(), id);
        self.blob.push_str(text);
        self.blob.push('\n');
        Ok(id)
    }
}

#[derive(Default)]
struct Builder {
    strings: Strings,
    products: Vec<String>,
    /// Each product's documentation id, or 0.
    product_docs: Vec<u16>,
    entries: Vec<u8>,
    details: Vec<u8>,
    detail_count: usize,
    /// Alternate records with their entry, sorted by entry before they are written.
    alternates: Vec<AlternateRecord>,
    index: Vec<u32>,
    index_bits: u32,
    /// The first entry of every API 3.0 code's run, in code order.
    run_starts: Vec<EntryId>,
    code_trie: Vec<u8>,
    longest_code: usize,
    longest_probe: usize,
    raw_text_bytes: usize,
    legacy_count: usize,
    /// The position of the first COS entry (the entry count if there is none).
    cos_start: usize,
    action_names: Strings,
    actions: Vec<u8>,
    action_count: usize,
    action_codes: Vec<EntryId>,
}

impl Builder {
    fn products(&mut self, entries: &[&Record]) -> Result<(), DataError> {
        let names: BTreeSet<&str> = entries.iter().map(|r| r.product.as_str()).filter(|p| !p.is_empty()).collect();
        self.products = names.into_iter().map(str::to_owned).collect();
        for name in &self.products {
            self.strings.intern(name)?;
        }
        Ok(())
    }

    /// `PRODUCT_DOCS`, beside `PRODUCTS`: a documentation id for a product the catalog does
    /// not have is an error (a typo in the data file would otherwise vanish).
    fn product_docs(&mut self, catalog: &Catalog) -> Result<(), DataError> {
        self.product_docs = vec![0; self.products.len()];
        for (product, id) in &catalog.product_docs {
            let index = self
                .products
                .binary_search(product)
                .map_err(|_| DataError(format!("product-docs.tsv: `{product}` is not a product of the catalog")))?;
            self.product_docs[index] = u16::try_from(*id)
                .map_err(|_| DataError(format!("product-docs.tsv: doc id {id} of `{product}` exceeds 16 bits")))?;
        }
        Ok(())
    }

    fn entry(&mut self, record: &Record) -> Result<(), DataError> {
        let family = record.family.ok_or_else(|| DataError(format!("code {} has no family", record.code)))?;
        let code = if family.is_legacy() {
            self.legacy_count += 1;
            let code: i32 =
                record.code.parse().map_err(|_| DataError(format!("legacy code {} is not an i32", record.code)))?;
            code as u32
        } else {
            self.strings.intern(&record.code)?
        };
        let product = match record.product.as_str() {
            "" => usize::from(NO_PRODUCT),
            name => self.products.binary_search_by(|p| p.as_str().cmp(name)).map_or(0, |i| i + 1),
        };
        let product = u16::try_from(product).map_err(|_| DataError("more than 65,535 products".to_owned()))?;
        let message_en = self.strings.intern(&record.message_en)?;
        let message_zh = self.strings.intern(&record.message_zh)?;
        let texts = [
            &record.code,
            &record.message_en,
            &record.message_zh,
            &record.description_en,
            &record.description_zh,
            &record.api3_equivalent,
        ];
        self.raw_text_bytes += texts.iter().map(|t| t.len()).sum::<usize>();
        let details = if record.description_en.is_empty()
            && record.description_zh.is_empty()
            && record.api3_equivalent.is_empty()
            && record.last_listed.is_empty()
            && record.http_status.is_empty()
        {
            NO_DETAILS
        } else {
            let details = DetailsRecord {
                description_en: self.strings.intern(&record.description_en)?,
                description_zh: self.strings.intern(&record.description_zh)?,
                api3_equivalent: self.strings.intern(&record.api3_equivalent)?,
                last_listed: self.strings.intern(&record.last_listed)?,
                http_status: record.http_status.first().copied().unwrap_or(NO_HTTP_STATUS),
                http_status_also: record.http_status.get(1).copied().unwrap_or(NO_HTTP_STATUS),
            };
            self.details.extend(details.to_bytes());
            self.detail_count += 1;
            u8::try_from(self.detail_count - 1)
                .ok()
                .filter(|&d| d != NO_DETAILS)
                .ok_or_else(|| DataError("more than 254 entries have details: widen the details byte".to_owned()))?
        };
        let record = EntryRecord { code, message_en, message_zh, product, family: family_byte(family), details };
        self.entries.extend(record.to_bytes());
        Ok(())
    }

    fn alternates(&mut self, catalog: &Catalog, entries: &[&Record]) -> Result<(), DataError> {
        for alt in &catalog.alternates {
            let position = entries.iter().position(|r| {
                r.family == Some(alt.family)
                    && r.code == alt.code
                    && (alt.family.is_legacy() || r.product == alt.product)
            });
            let entry = position
                .ok_or_else(|| DataError(format!("alternate for unknown entry {} {}", alt.product, alt.code)))?;
            self.alternates.push(AlternateRecord {
                // `sorted_entries` keeps positions below `MAX_ENTRIES`.
                entry: entry as EntryId,
                source: self.strings.intern(&alt.source)?,
                message: self.strings.intern(&alt.message_en)?,
                description: self.strings.intern(&alt.description_en)?,
            });
        }
        self.alternates.sort_by_key(|alt| (alt.entry, alt.source, alt.message, alt.description));
        Ok(())
    }

    /// Open addressing with linear probing, sized by `index::bits_for`; API 3.0 codes only.
    fn index(&mut self, entries: &[&Record]) {
        let starts: Vec<EntryId> = (self.legacy_count..self.cos_start)
            .filter(|&i| i == self.legacy_count || entries[i - 1].code != entries[i].code)
            // `sorted_entries` keeps positions below `MAX_ENTRIES`.
            .map(|i| i as EntryId)
            .collect();
        self.index_bits = index::bits_for(starts.len());
        self.index = vec![index::EMPTY; 1 << self.index_bits];
        let mask = self.index.len() - 1;
        for &start in &starts {
            let h = hash::hash(entries[usize::from(start)].code.as_bytes());
            let mut slot = hash::slot(h, self.index_bits);
            let mut probe = 1;
            while self.index[slot] != index::EMPTY {
                slot = (slot + 1) & mask;
                probe += 1;
            }
            self.longest_probe = self.longest_probe.max(probe);
            self.index[slot] = index::slot(hash::tag(h), start);
        }
        self.run_starts = starts;
    }

    /// The code trie: a `TrieRecord` per distinct API 3.0 code, in code order. Read in order
    /// it is a trie laid flat: `suggest` walks it keeping one edit-distance row per depth,
    /// and skips every code whose `shared` is at least a depth where the distance can no
    /// longer come within reach.
    fn code_trie(&mut self, entries: &[&Record]) -> Result<(), DataError> {
        let mut previous: &[u8] = &[];
        for &start in &self.run_starts {
            let code = entries[usize::from(start)].code.as_bytes();
            let len = u8::try_from(code.len()).map_err(|_| {
                DataError(format!("code {} is longer than 255 bytes", entries[usize::from(start)].code))
            })?;
            let shared = previous.iter().zip(code).take_while(|(a, b)| a.eq_ignore_ascii_case(b)).count();
            // `shared <= len`, which fits.
            self.code_trie.extend(TrieRecord { entry: start, shared: shared as u8, len }.to_bytes());
            self.longest_code = self.longest_code.max(code.len());
            previous = code;
        }
        Ok(())
    }

    /// `ACTIONS`, sorted by (product, name), each a run of `ACTION_CODES`: the entries
    /// `lookup_in(product, code)` returns for its codes, in code order (so ascending).
    fn actions(&mut self, catalog: &Catalog, entries: &[&Record]) -> Result<(), DataError> {
        catalog.check_actions()?;
        let mut own: HashMap<(&str, &str), EntryId> = HashMap::new();
        let mut common: HashMap<&str, EntryId> = HashMap::new();
        for (i, record) in entries[..self.cos_start].iter().enumerate().skip(self.legacy_count) {
            // `sorted_entries` keeps the count below `MAX_ENTRIES`.
            let i = i as EntryId;
            match record.family {
                Some(Family::Common) => common.insert(&record.code, i),
                _ => own.insert((&record.product, &record.code), i),
            };
        }
        self.action_names.intern("")?;
        let traits: HashMap<(&str, &str), &ActionTrait> =
            catalog.action_traits.iter().map(|t| ((t.product.as_str(), t.action.as_str()), t)).collect();
        let mut rows = catalog.actions.iter().peekable();
        while let Some(first) = rows.next() {
            let mut run: Vec<&ActionCode> = vec![first];
            while let Some(next) = rows.next_if(|r| (&r.product, &r.action) == (&first.product, &first.action)) {
                run.push(next);
            }
            let product = self
                .products
                .binary_search(&first.product)
                .map_err(|_| DataError(format!("action {} of unknown product {}", first.action, first.product)))?;
            let start = self.action_codes.len();
            for row in &run {
                let key = (row.product.as_str(), row.code.as_str());
                let entry = own.get(&key).or_else(|| common.get(row.code.as_str())).copied().ok_or_else(|| {
                    DataError(format!("{} {} may return {}, which has no entry", row.product, row.action, row.code))
                })?;
                if self.action_codes.len() > start && self.action_codes.last() >= Some(&entry) {
                    return Err(DataError(format!("{} {}: codes are not in entry order", row.product, row.action)));
                }
                self.action_codes.push(entry);
            }
            let version = newest_version(&run)
                .ok_or_else(|| DataError(format!("{} {} has no API version", first.product, first.action)))?;
            let found = traits.get(&(first.product.as_str(), first.action.as_str()));
            let rate_limit = match found.and_then(|t| t.rate_limit_per_second) {
                None => NO_RATE_LIMIT,
                Some(rate) => u16::try_from(rate).ok().filter(|&r| r != NO_RATE_LIMIT).ok_or_else(|| {
                    DataError(format!("{} {}: rate limit {rate} does not fit", first.product, first.action))
                })?,
            };
            let record = ActionRecord {
                version: self.action_names.intern(&version)?,
                rate_limit,
                flags: if found.is_some_and(|t| t.client_token) { action_flags::CLIENT_TOKEN } else { 0 },
                name: self.action_names.intern(&first.action)?,
                start: u32::try_from(start).map_err(|_| DataError("more than 4 billion action codes".to_owned()))?,
                product: u16::try_from(product).map_err(|_| DataError("more than 65535 products".to_owned()))?,
                len: u16::try_from(run.len())
                    .map_err(|_| DataError(format!("{} {} has more than 65535 codes", first.product, first.action)))?,
            };
            self.actions.extend(record.to_bytes());
            self.action_count += 1;
        }
        Ok(())
    }

    fn finish(self, entries: &[&Record]) -> Generated {
        let product_ids: Vec<String> = self.products.iter().map(|p| self.strings.ids[p].to_string()).collect();
        let alternates: Vec<u8> = self.alternates.iter().flat_map(|alt| alt.to_bytes()).collect();
        let index: Vec<u8> = self.index.iter().flat_map(|slot| slot.to_le_bytes()).collect();
        let action_codes: Vec<u8> = self.action_codes.iter().flat_map(|id| id.to_le_bytes()).collect();
        let mut out = String::new();
        out.push_str("// @generated by `cargo run -p catalog-gen -- generate` from core/data/*.tsv.\n");
        out.push_str("// Do not edit: change the data files and regenerate. The layout of every table is\n");
        out.push_str("// documented in `core/src/catalog/layout.rs`.\n\n");
        out.push_str(&text_blob("STRINGS", STRINGS_FILE));
        out.push_str(&array("PRODUCTS", "StrId", &product_ids));
        let doc_ids: Vec<String> = self.product_docs.iter().map(u16::to_string).collect();
        out.push_str(&array("PRODUCT_DOCS", "u16", &doc_ids));
        writeln!(out, "pub(crate) const LEGACY_COUNT: usize = {};\n", self.legacy_count).ok();
        writeln!(out, "pub(crate) const COS_START: usize = {};\n", self.cos_start).ok();
        out.push_str(&byte_table("ENTRIES", ENTRIES_FILE, self.entries.len()));
        out.push_str(&byte_table("DETAILS", DETAILS_FILE, self.details.len()));
        out.push_str(&byte_table("ALTERNATES", ALTERNATES_FILE, alternates.len()));
        writeln!(out, "pub(crate) const INDEX_BITS: u32 = {};\n", self.index_bits).ok();
        out.push_str(&byte_table("INDEX", INDEX_FILE, index.len()));
        writeln!(out, "pub(crate) const LONGEST_CODE: usize = {};\n", self.longest_code).ok();
        out.push_str(&byte_table("CODE_TRIE", CODE_TRIE_FILE, self.code_trie.len()));
        out.push_str(&text_blob("ACTION_NAMES", ACTION_NAMES_FILE));
        out.push_str(&byte_table("ACTIONS", ACTIONS_FILE, self.actions.len()));
        out.push_str(byte_table("ACTION_CODES", ACTION_CODES_FILE, action_codes.len()).trim_end());
        out.push('\n');
        let table_bytes =
            4 * product_ids.len() + self.entries.len() + self.details.len() + alternates.len() + index.len();
        let stats = Stats {
            entries: entries.len(),
            cos_entries: entries.len() - self.cos_start,
            distinct_api3_codes: self.run_starts.len(),
            strings: self.strings.ids.len(),
            blob_bytes: self.strings.blob.len(),
            raw_text_bytes: self.raw_text_bytes,
            table_bytes,
            index_slots: self.index.len(),
            longest_probe: self.longest_probe,
            actions: self.action_count,
            action_codes: self.action_codes.len(),
            action_names: self.action_names.ids.len() - 1,
            action_name_bytes: self.action_names.blob.len(),
            action_table_bytes: self.actions.len() + action_codes.len(),
            code_trie_bytes: self.code_trie.len(),
        };
        Generated {
            tables_rs: out,
            retry_rs: String::new(),
            strings: self.strings.blob,
            entries: self.entries,
            details: self.details,
            alternates,
            index,
            code_trie: self.code_trie,
            action_names: self.action_names.blob,
            actions: self.actions,
            action_codes,
            stats,
        }
    }
}

/// The newest API version among an action's rows (`v20170312`), as requests write it
/// (`2017-03-12`); `None` if a row has no well-formed version.
fn newest_version(rows: &[&ActionCode]) -> Option<String> {
    let mut newest: Option<&str> = None;
    for row in rows {
        for version in row.versions.split(',') {
            let digits = version.strip_prefix('v').filter(|d| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()))?;
            newest = newest.max(Some(digits));
        }
    }
    newest.map(|d| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
}

/// `retry.rs`: `retry.tsv`'s rows as a sorted array that `Code::retry` searches. Every code
/// must be an API 3.0 code of the catalog (so a typo cannot silently classify nothing), and
/// every class one of `Retry`'s.
fn retry_codes(catalog: &Catalog, entries: &[&Record]) -> Result<String, DataError> {
    let known: std::collections::HashSet<&str> = entries
        .iter()
        .filter(|r| r.family.is_some_and(|f| !f.is_legacy() && f != Family::Cos))
        .map(|r| r.code.as_str())
        .collect();
    let mut rows: Vec<(&str, &str)> = Vec::new();
    let mut problems = Vec::new();
    for (code, class) in &catalog.retry {
        let variant = match class.as_str() {
            "throttling" => "Throttling",
            "busy" => "Busy",
            "transient" => "Transient",
            "never" => "Never",
            other => {
                problems.push(format!("{code}: unknown class `{other}`"));
                continue;
            }
        };
        if !known.contains(code.as_str()) {
            problems.push(format!("{code}: not an API 3.0 code of the catalog"));
        }
        rows.push((code, variant));
    }
    rows.sort_unstable();
    if let Some(pair) = rows.windows(2).find(|w| w[0].0 == w[1].0) {
        problems.push(format!("{}: listed twice", pair[0].0));
    }
    if !problems.is_empty() {
        return Err(DataError(format!("retry.tsv: {}", problems.join("; "))));
    }
    let mut out = String::from(
        "// @generated by `cargo run -p catalog-gen -- generate` from core/data/retry.tsv.\n\
         // Do not edit: change the data file and regenerate.\n\n",
    );
    writeln!(out, "pub(crate) static RETRY_CODES: [(&str, Retry); {}] = [", rows.len()).ok();
    for (code, variant) in rows {
        writeln!(out, "    (\"{code}\", Retry::{variant}),").ok();
    }
    out.push_str("];\n");
    Ok(out)
}

/// A text blob's `static`.
fn text_blob(name: &str, file: &str) -> String {
    format!("pub(crate) static {name}: &str = include_str!(\"{file}\");\n\n")
}

/// A byte table's `static`.
fn byte_table(name: &str, file: &str, len: usize) -> String {
    format!("pub(crate) static {name}: &[u8; {len}] = include_bytes!(\"{file}\");\n\n")
}

/// A static array, items wrapped several to a line.
fn array(name: &str, ty: &str, items: &[String]) -> String {
    let mut out = format!("pub(crate) static {name}: [{ty}; {}] = [\n", items.len());
    for chunk in items.chunks(12) {
        writeln!(out, "    {},", chunk.join(", ")).ok();
    }
    out.push_str("];\n\n");
    out
}
