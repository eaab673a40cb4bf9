//! The catalog's compact tables, written by `tools/catalog-gen` into `generated/`, and the
//! small accessors over them.
//!
//! Layout:
//! * `STRINGS` (`generated/strings.txt`) holds every distinct text once, each followed by a
//!   newline (texts never contain one). A text's id is its byte offset. The blob starts with
//!   a newline, so id 0 reads as the empty string, which means "absent". Storing offsets
//!   rather than a table of string ends keeps the catalog within 1.15x its raw text bytes.
//! * `ENTRY_BYTES` (`generated/entries.bin`) holds a 16-byte record per entry (see
//!   [`raw_entry`]): legacy entries first (sorted by code), then API 3.0 entries sorted by
//!   code, and within one code the common entry before the products in name order, so every
//!   code's entries form one run. `ENTRIES` holds the `Entry` handles that point at them.
//! * `INDEX_BYTES` (`generated/index.bin`, little-endian `u32`s) is an open-addressing table
//!   of `1 << INDEX_BITS` slots: `tag << 16 | entry`, where `entry` starts a code's run;
//!   `EMPTY_SLOT` marks a free slot.
//! * `CODE_TRIE` (`generated/code-trie.bin`) holds a 4-byte record per distinct API 3.0
//!   code, in code order (see [`trie_node`]): the code's first entry, how many bytes of its
//!   ASCII-lowercased text it shares with the previous code's, and its length. Walked in
//!   order it is a trie laid flat, which `suggest` searches; `LONGEST_CODE` bounds its depth.
//! * The big tables are bytes behind `include_bytes!` rather than array literals: rustc
//!   compiles a byte blob in no time, where 17,000 struct expressions cost every user's
//!   build about half a second.
//! * `ACTIONS` (`generated/actions.bin`) holds a 12-byte record per API action, sorted by
//!   (product, name): its name (an id in `ACTION_NAMES`, a second blob laid out like
//!   `STRINGS`, so that programs which never look at actions do not link it), its product (an
//!   index into `PRODUCTS`) and its run of `ACTION_CODES`. `ACTION_CODES`
//!   (`generated/action-codes.bin`, little-endian `u16`s) holds, for each code an action may
//!   return, the index of the entry `lookup_in(product, code)` returns; a run is in code
//!   order, so its indexes ascend. Both are included as bytes rather than as array literals,
//!   which would add a third to the crate's compile time.

use super::hash;
use crate::entry::{Entry, Family, RawEntry};

/// Id of a string: its byte offset in `STRINGS`.
pub(crate) type StrId = u32;

/// Descriptions and API 3.0 equivalents: only legacy entries have them.
#[derive(Debug)]
pub(crate) struct Details {
    pub(crate) description_en: StrId,
    pub(crate) description_zh: StrId,
    pub(crate) api3_equivalent: StrId,
}

/// Another documented wording of entry `entry`; sorted by `entry`.
#[derive(Debug)]
pub(crate) struct RawAlternate {
    pub(crate) entry: u32,
    pub(crate) source: StrId,
    pub(crate) message: StrId,
    pub(crate) description: StrId,
}

/// An API action, decoded from `ACTIONS`: `name` in `ACTION_NAMES`, `product` an index into
/// `PRODUCTS`, and its codes `ACTION_CODES[start..start + len]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RawAction {
    pub(crate) name: StrId,
    pub(crate) start: u32,
    pub(crate) product: u16,
    pub(crate) len: u16,
}

/// A free slot of the code index.
pub(crate) const EMPTY_SLOT: u32 = u32::MAX;

// Short names keep the generated file small.
const fn x(description_en: StrId, description_zh: StrId, api3_equivalent: StrId) -> Details {
    Details { description_en, description_zh, api3_equivalent }
}
const fn a(entry: u32, source: StrId, message: StrId, description: StrId) -> RawAlternate {
    RawAlternate { entry, source, message, description }
}

include!("generated/tables.rs");

/// The entries, each only its position: what `&'static Entry` points at. Built by a loop at
/// compile time; the fields are read from `ENTRY_BYTES` by [`raw_entry`].
pub(crate) static ENTRIES: [Entry; ENTRY_COUNT] = {
    const UNSET: Entry = Entry::at(0);
    let mut entries = [UNSET; ENTRY_COUNT];
    let mut i = 0;
    while i < ENTRY_COUNT {
        // The generator keeps the count below `u16::MAX`.
        entries[i] = Entry::at(i as u16);
        i += 1;
    }
    entries
};

/// Size of an `ENTRY_BYTES` record: `code: u32, message_en: u32, message_zh: u32,
/// product: u16, family: u8, details: u8`, little-endian.
const ENTRY_RECORD: usize = 16;

/// The fields of entry `i`.
pub(crate) fn raw_entry(i: usize) -> RawEntry {
    let b = &ENTRY_BYTES[i * ENTRY_RECORD..(i + 1) * ENTRY_RECORD];
    RawEntry {
        code: u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        message_en: u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
        message_zh: u32::from_le_bytes([b[8], b[9], b[10], b[11]]),
        product: u16::from_le_bytes([b[12], b[13]]),
        family: match b[14] {
            0 => Family::Access,
            1 => Family::Video,
            2 => Family::Module,
            3 => Family::Common,
            _ => Family::Product,
        },
        details: b[15],
    }
}

/// The code field of entry `i` alone (a string id, or the legacy code's bits).
pub(crate) fn entry_code(i: usize) -> u32 {
    let b = &ENTRY_BYTES[i * ENTRY_RECORD..i * ENTRY_RECORD + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// A `CODE_TRIE` record: a distinct API 3.0 code.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TrieNode {
    /// The first entry of the code's run.
    pub(crate) entry: u16,
    /// Bytes of the code, lower-cased, that equal the previous node's from the start.
    pub(crate) shared: u8,
    /// The code's length in bytes (all ASCII).
    pub(crate) len: u8,
}

/// Size of a `CODE_TRIE` record.
const TRIE_NODE: usize = 4;

/// The number of distinct API 3.0 codes, nodes of `CODE_TRIE`.
pub(crate) const fn trie_len() -> usize {
    CODE_TRIE.len() / TRIE_NODE
}

/// Node `i` of `CODE_TRIE`.
pub(crate) fn trie_node(i: usize) -> TrieNode {
    let b = &CODE_TRIE[i * TRIE_NODE..(i + 1) * TRIE_NODE];
    TrieNode { entry: u16::from_le_bytes([b[0], b[1]]), shared: b[2], len: b[3] }
}

/// The code of a trie node, as bytes, without scanning for its end.
pub(crate) fn trie_code(node: TrieNode) -> &'static [u8] {
    let start = entry_code(usize::from(node.entry)) as usize;
    STRINGS.as_bytes().get(start..start + usize::from(node.len)).unwrap_or(&[])
}

/// Whether entry `i` has the API 3.0 code `text`.
pub(crate) fn entry_code_is(i: usize, text: &str) -> bool {
    i >= LEGACY_COUNT && string_is(entry_code(i), text)
}

/// The number of `INDEX_BYTES` slots.
const INDEX_SLOTS: usize = 1 << INDEX_BITS;

/// Slot `i` of the code index.
fn index_slot(i: usize) -> u32 {
    u32::from_le_bytes([INDEX_BYTES[4 * i], INDEX_BYTES[4 * i + 1], INDEX_BYTES[4 * i + 2], INDEX_BYTES[4 * i + 3]])
}

/// Name `id` of the action-name blob, read like [`string`].
pub(crate) fn action_name(id: StrId) -> &'static str {
    let rest = ACTION_NAMES.get(id as usize..).unwrap_or("");
    let end = rest.find('\n').unwrap_or(rest.len());
    &rest[..end]
}

/// Size of an `ACTIONS` record.
const ACTION_BYTES: usize = 12;

/// The number of actions.
pub(crate) const fn action_count() -> usize {
    ACTIONS.len() / ACTION_BYTES
}

/// Action `i` of `ACTIONS`.
pub(crate) fn raw_action(i: usize) -> RawAction {
    let b = &ACTIONS[i * ACTION_BYTES..(i + 1) * ACTION_BYTES];
    RawAction {
        name: u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        start: u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
        product: u16::from_le_bytes([b[8], b[9]]),
        len: u16::from_le_bytes([b[10], b[11]]),
    }
}

/// Entry index `i` of `ACTION_CODES`.
pub(crate) fn action_code(i: usize) -> u16 {
    u16::from_le_bytes([ACTION_CODES[2 * i], ACTION_CODES[2 * i + 1]])
}

/// String `id` of the blob: the text from offset `id` to the next newline. Ids come from the
/// generator; one that is out of range or splits a character (never written) reads as "".
pub(crate) fn string(id: StrId) -> &'static str {
    let rest = STRINGS.get(id as usize..).unwrap_or("");
    let end = rest.find('\n').unwrap_or(rest.len());
    &rest[..end]
}

/// Whether string `id` is exactly `text`, without scanning for its end.
fn string_is(id: StrId, text: &str) -> bool {
    let rest = STRINGS.as_bytes().get(id as usize..).unwrap_or(&[]);
    rest.starts_with(text.as_bytes()) && rest.get(text.len()) == Some(&b'\n')
}

/// String `id`, or `None` for id 0, which marks text Tencent does not document.
pub(crate) fn optional_string(id: StrId) -> Option<&'static str> {
    (id != 0).then(|| string(id))
}

/// The position of `entry` in `ENTRIES`.
pub(crate) fn entry_index(entry: &'static Entry) -> u32 {
    entry.index() as u32
}

/// The first entry of `code`'s run, found through the code index.
pub(crate) fn find_api3(code: &str) -> Option<usize> {
    let h = hash::hash(code.as_bytes());
    let tag = hash::tag(h);
    let mask = INDEX_SLOTS - 1;
    let mut slot = hash::slot(h, INDEX_BITS);
    // The generator keeps the table at most three-quarters full, so a free slot always ends
    // the probe; the bound only guards against a corrupted table.
    for _ in 0..INDEX_SLOTS {
        let value = index_slot(slot);
        if value == EMPTY_SLOT {
            return None;
        }
        let index = (value & 0xFFFF) as usize;
        if value >> 16 == tag && string_is(ENTRIES[index].raw_code(), code) {
            return Some(index);
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// The entry of a legacy code, by binary search over the legacy prefix of `ENTRIES`.
pub(crate) fn find_legacy(code: i32) -> Option<usize> {
    let legacy = &ENTRIES[..LEGACY_COUNT];
    legacy.binary_search_by_key(&code, |entry| entry.code().as_legacy().unwrap_or(i32::MIN)).ok()
}
