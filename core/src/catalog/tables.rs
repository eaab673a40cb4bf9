//! The catalog's generated tables (`generated/`, written by `tools/catalog-gen`) and the
//! accessors the rest of the catalog reads them through. The byte layout of every table, and
//! the code that writes and reads it, is in [`layout`](super::layout).

use super::hash;
use super::layout::{
    self, ActionRecord, AlternateRecord, DetailsRecord, EntryRecord, NO_DETAILS, NO_TEXT, TrieRecord, index,
};
pub(crate) use super::layout::{EntryId, StrId};

include!("generated/tables.rs");

/// The number of entries.
pub(crate) const fn entry_count() -> usize {
    ENTRIES.len() / EntryRecord::BYTES
}

/// The record of entry `id`.
pub(crate) fn entry(id: EntryId) -> EntryRecord {
    EntryRecord::read(ENTRIES, id)
}

/// The code field of entry `id` alone (a string id, or the legacy code's bits).
pub(crate) fn entry_code(id: EntryId) -> u32 {
    EntryRecord::read_code(ENTRIES, id)
}

/// Whether entry `id` has the API 3.0 code `text` (a COS entry of that spelling does not).
pub(crate) fn entry_code_is(id: EntryId, text: &str) -> bool {
    (LEGACY_COUNT..COS_START).contains(&usize::from(id)) && layout::text_is(STRINGS, entry_code(id), text)
}

/// The entry of a COS code, by binary search over the COS section (sorted by code, one entry
/// per code).
pub(crate) fn find_cos(code: &str) -> Option<EntryId> {
    let (mut low, mut high) = (COS_START, entry_count());
    while low < high {
        let mid = low + (high - low) / 2;
        // Entry ids fit in 16 bits (`layout::MAX_ENTRIES`).
        let id = mid as EntryId;
        match string(entry_code(id)).cmp(code) {
            core::cmp::Ordering::Less => low = mid + 1,
            core::cmp::Ordering::Greater => high = mid,
            core::cmp::Ordering::Equal => return Some(id),
        }
    }
    None
}

/// The ids of the COS entries, in code order.
pub(crate) fn cos_ids() -> core::ops::Range<usize> {
    COS_START..entry_count()
}

/// The details of an entry, from its record's `details` byte.
pub(crate) fn details(details: u8) -> Option<DetailsRecord> {
    let i = usize::from(details);
    (details != NO_DETAILS && i < DETAILS.len() / DetailsRecord::BYTES).then(|| DetailsRecord::read(DETAILS, i))
}

/// The other wordings of entry `id` (the table is sorted by entry).
pub(crate) fn alternates(id: EntryId) -> impl Iterator<Item = AlternateRecord> + Clone + 'static {
    let count = ALTERNATES.len() / AlternateRecord::BYTES;
    let read = |i| AlternateRecord::read(ALTERNATES, i);
    let (mut low, mut high) = (0, count);
    while low < high {
        let mid = low + (high - low) / 2;
        if read(mid).entry < id {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    (low..count).map(read).take_while(move |alt| alt.entry == id)
}

/// String `id` of the catalog's text blob.
pub(crate) fn string(id: StrId) -> &'static str {
    layout::text(STRINGS, id)
}

/// String `id`, or `None` for the empty text, which marks text Tencent does not document.
pub(crate) fn optional_string(id: StrId) -> Option<&'static str> {
    (id != NO_TEXT).then(|| string(id))
}

/// The name of product `index` (an index into `PRODUCTS`).
pub(crate) fn product(index: usize) -> Option<&'static str> {
    PRODUCTS.get(index).map(|&id| string(id))
}

/// The documentation id of product `index`, if the catalog has one.
pub(crate) fn product_doc(index: usize) -> Option<u16> {
    PRODUCT_DOCS.get(index).copied().filter(|&id| id != 0)
}

/// The number of distinct API 3.0 codes, records of `CODE_TRIE`.
pub(crate) const fn trie_len() -> usize {
    CODE_TRIE.len() / TrieRecord::BYTES
}

/// Record `i` of `CODE_TRIE`.
pub(crate) fn trie_node(i: usize) -> TrieRecord {
    TrieRecord::read(CODE_TRIE, i)
}

/// The code of a trie record, as bytes, without scanning for its end.
pub(crate) fn trie_code(node: TrieRecord) -> &'static [u8] {
    let start = entry_code(node.entry) as usize;
    STRINGS.as_bytes().get(start..start + usize::from(node.len)).unwrap_or(&[])
}

/// The first entry of `code`'s run, found through the code index.
pub(crate) fn find_api3(code: &str) -> Option<EntryId> {
    let h = hash::hash(code.as_bytes());
    let tag = hash::tag(h);
    let slots = 1usize << INDEX_BITS;
    let mut slot = hash::slot(h, INDEX_BITS);
    // The generator keeps the table at most four-fifths full (`index::bits_for`), so a free
    // slot always ends the probe; the bound only guards against a corrupted table.
    for _ in 0..slots {
        let value = index::read(INDEX, slot);
        if value == index::EMPTY {
            return None;
        }
        let entry = index::entry(value);
        if index::tag(value) == tag && entry_code_is(entry, code) {
            return Some(entry);
        }
        slot = (slot + 1) & (slots - 1);
    }
    None
}

/// The entry of a legacy code, by binary search over the legacy entries (sorted by code).
pub(crate) fn find_legacy(code: i32) -> Option<EntryId> {
    let (mut low, mut high) = (0, LEGACY_COUNT);
    while low < high {
        let mid = low + (high - low) / 2;
        // Entry ids fit in 16 bits (`layout::MAX_ENTRIES`).
        let id = mid as EntryId;
        match (entry_code(id) as i32).cmp(&code) {
            core::cmp::Ordering::Less => low = mid + 1,
            core::cmp::Ordering::Greater => high = mid,
            core::cmp::Ordering::Equal => return Some(id),
        }
    }
    None
}

/// Name `id` of the action-name blob.
pub(crate) fn action_name(id: StrId) -> &'static str {
    layout::text(ACTION_NAMES, id)
}

/// The number of actions.
pub(crate) const fn action_count() -> usize {
    ACTIONS.len() / ActionRecord::BYTES
}

/// Action `i` of `ACTIONS`.
pub(crate) fn action(i: usize) -> ActionRecord {
    ActionRecord::read(ACTIONS, i)
}

/// Entry id `i` of `ACTION_CODES`.
pub(crate) fn action_code(i: usize) -> EntryId {
    layout::read_entry_id(ACTION_CODES, i)
}
