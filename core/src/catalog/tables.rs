//! The catalog's compact tables, written by `tools/catalog-gen` into `generated/`, and the
//! small accessors over them.
//!
//! Layout:
//! * `STRINGS` (`generated/strings.txt`) holds every distinct text once, each followed by a
//!   newline (texts never contain one). A text's id is its byte offset. The blob starts with
//!   a newline, so id 0 reads as the empty string, which means "absent". Storing offsets
//!   rather than a table of string ends keeps the catalog within 1.15x its raw text bytes.
//! * `ENTRIES` holds legacy entries first (sorted by code), then API 3.0 entries sorted by
//!   code, and within one code the common entry before the products in name order, so every
//!   code's entries form one run.
//! * `INDEX` is an open-addressing table of `1 << INDEX_BITS` slots: `tag << 16 | entry`,
//!   where `entry` starts a code's run; `EMPTY_SLOT` marks a free slot.
//! * `ACTIONS` (`generated/actions.bin`) holds a 12-byte record per API action, sorted by
//!   (product, name): its name (an id in `ACTION_NAMES`, a second blob laid out like
//!   `STRINGS`, so that programs which never look at actions do not link it), its product (an
//!   index into `PRODUCTS`) and its run of `ACTION_CODES`. `ACTION_CODES`
//!   (`generated/action-codes.bin`, little-endian `u16`s) holds, for each code an action may
//!   return, the index of the entry `lookup_in(product, code)` returns; a run is in code
//!   order, so its indexes ascend. Both are included as bytes rather than as array literals,
//!   which would add a third to the crate's compile time.

use super::hash;
use crate::entry::{Entry, Family, NO_DETAILS};

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

/// A free slot of `INDEX`.
pub(crate) const EMPTY_SLOT: u32 = u32::MAX;

// Short names keep the generated file small.
use Family::{Access as A, Common as C, Module as M, Product as P, Video as V};
const fn e(family: Family, code: u32, product: u16, en: StrId, zh: StrId) -> Entry {
    Entry::new(family, code, product, en, zh, NO_DETAILS)
}
const fn d(family: Family, code: u32, product: u16, en: StrId, zh: StrId, details: u8) -> Entry {
    Entry::new(family, code, product, en, zh, details)
}
const fn x(description_en: StrId, description_zh: StrId, api3_equivalent: StrId) -> Details {
    Details { description_en, description_zh, api3_equivalent }
}
const fn a(entry: u32, source: StrId, message: StrId, description: StrId) -> RawAlternate {
    RawAlternate { entry, source, message, description }
}

include!("generated/tables.rs");

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
    let offset = (entry as *const Entry as usize).wrapping_sub(ENTRIES.as_ptr() as usize);
    (offset / size_of::<Entry>()) as u32
}

/// The first entry of `code`'s run, found through `INDEX`.
pub(crate) fn find_api3(code: &str) -> Option<usize> {
    let h = hash::hash(code.as_bytes());
    let tag = hash::tag(h);
    let mask = INDEX.len() - 1;
    let mut slot = hash::slot(h, INDEX_BITS);
    // The generator keeps the table at most three-quarters full, so a free slot always ends
    // the probe; the bound only guards against a corrupted table.
    for _ in 0..INDEX.len() {
        let value = INDEX[slot];
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
