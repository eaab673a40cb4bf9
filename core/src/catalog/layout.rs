//! The byte layout of the catalog's generated tables: every record's fields and sizes, how each
//! is written ([`to_bytes`](EntryRecord::to_bytes)) and read ([`read`](EntryRecord::read)).
//!
//! `tools/catalog-gen` compiles this very file (`#[path]`, like `hash.rs`) to write the tables,
//! and core compiles it to read them, so the two sides cannot disagree about a byte. Keep it
//! free of `crate::` paths and of anything that needs `std` or `alloc`. A round-trip test of
//! every record type runs in both crates.
//!
//! # The files
//!
//! All of them are in `core/src/catalog/generated/`, next to `tables.rs`, which names them with
//! `include_str!`/`include_bytes!` and gives the counts. Integers are little-endian.
//!
//! * `strings.txt`: every distinct text of the catalog once, each followed by a newline (texts
//!   never contain one). A text's id ([`StrId`]) is its byte offset. The blob starts with a
//!   newline, so id 0 ([`NO_TEXT`]) reads as the empty string, which means "Tencent does not
//!   document this text". Offsets rather than a table of string ends keep the catalog within
//!   a few percent of its raw text bytes. `action-names.txt` is a second blob laid out the
//!   same way, so that programs which never look at actions do not link it.
//! * `entries.bin`: one [`EntryRecord`] per entry. Legacy entries come first, sorted by code;
//!   then API 3.0 entries sorted by code, and within one code the common entry before the
//!   products' in name order, so every code's entries form one run; then, from `COS_START`
//!   on, the COS entries ([`family::COS`]), one per code, sorted by code. COS codes are kept
//!   apart because they share spellings with API 3.0 codes (`InternalError`) but not their
//!   meaning: the code index and the code trie hold API 3.0 codes only, and a COS code is
//!   found by binary search over its section. An entry's id ([`EntryId`]) is its position.
//! * `details.bin`: one [`DetailsRecord`] per entry that has a description, an API 3.0
//!   equivalent (legacy entries), an HTTP status (COS entries: all of them) or is no longer
//!   listed by the newest SDK, in entry order.
//! * `alternates.bin`: one [`AlternateRecord`] per other documented wording, sorted by entry.
//! * `index.bin`: the code index, an open-addressing hash table of `u32` slots (see
//!   [`index`]) from an API 3.0 code to the first entry of its run.
//! * `code-trie.bin`: one [`TrieRecord`] per distinct API 3.0 code, in code order; walked in
//!   order it is the codes' trie laid flat, which `suggest` searches.
//! * `actions.bin`: one [`ActionRecord`] per API action, sorted by (product, name).
//! * `PRODUCT_DOCS` (in `tables.rs`, beside `PRODUCTS`): each product's documentation id,
//!   its page being `https://cloud.tencent.com/document/product/<id>`, or 0 for none.
//! * `action-codes.bin`: `u16` entry ids ([`read_entry_id`]); an action's run lists, in code
//!   order (so ascending), the entry `lookup_in(product, code)` returns for each code it may
//!   return.
//!
//! The tables are bytes behind `include_bytes!` rather than Rust array literals: rustc
//! compiles a byte blob in no time, where one struct expression per entry would cost every
//! user's build noticeably (`docs/perf.md`).

/// A text: its byte offset in `strings.txt` (or in `action-names.txt`, for action names).
pub type StrId = u32;

/// An entry: its position in `entries.bin`. Entry ids fit in 16 bits, with
/// [`index::EMPTY`]'s low half kept free, so that an index slot holds a tag and an id.
pub type EntryId = u16;

/// The id of the empty text, which marks a text Tencent does not document.
pub const NO_TEXT: StrId = 0;

/// The most entries the tables can hold.
pub const MAX_ENTRIES: usize = 0xFFFF;

/// What ends every text of a blob.
pub const TEXT_END: u8 = b'\n';

/// Text `id` of `blob`: from offset `id` to the next newline. An id that is out of range or
/// splits a character (the generator never writes one) reads as "".
pub fn text(blob: &str, id: StrId) -> &str {
    let rest = blob.get(id as usize..).unwrap_or("");
    let end = rest.bytes().position(|b| b == TEXT_END).unwrap_or(rest.len());
    &rest[..end]
}

/// Whether text `id` of `blob` is exactly `wanted`, without scanning for its end.
pub fn text_is(blob: &str, id: StrId, wanted: &str) -> bool {
    let rest = blob.as_bytes().get(id as usize..).unwrap_or(&[]);
    rest.starts_with(wanted.as_bytes()) && rest.get(wanted.len()) == Some(&TEXT_END)
}

/// The `family` byte of an [`EntryRecord`].
pub mod family {
    /// API 2.0 access-layer codes.
    pub const ACCESS: u8 = 0;
    /// API 2.0 video-cloud codes.
    pub const VIDEO: u8 = 1;
    /// Cloud Monitor module codes.
    pub const MODULE: u8 = 2;
    /// API 3.0 common codes.
    pub const COMMON: u8 = 3;
    /// API 3.0 business codes of one product.
    pub const PRODUCT: u8 = 4;
    /// Codes Tencent's SDKs raise on the client side.
    pub const CLIENT: u8 = 5;
    /// COS (Cloud Object Storage) codes of its XML error bodies; the record's `code` is a text
    /// id, as for API 3.0 codes, but the entries are a section of their own.
    pub const COS: u8 = 6;

    /// Whether the family's codes are integers (the record's `code` holds the code's `i32`
    /// bits rather than a text id).
    pub const fn is_legacy(family: u8) -> bool {
        family <= MODULE
    }
}

/// The `details` byte of an entry without a [`DetailsRecord`].
pub const NO_DETAILS: u8 = u8::MAX;

/// The `product` field of an entry that belongs to no product.
pub const NO_PRODUCT: u16 = 0;

/// Reads `N` bytes at `at`; a table shorter than that (never written) reads as zeros.
fn bytes<const N: usize>(table: &[u8], at: usize) -> [u8; N] {
    let mut out = [0; N];
    if let Some(src) = table.get(at..at + N) {
        out.copy_from_slice(src);
    }
    out
}

fn u16_at(table: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(bytes(table, at))
}

fn u32_at(table: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes(table, at))
}

/// Copies `value` into `out` at `at` (the `to_bytes` functions' one writer).
fn put<const N: usize>(out: &mut [u8], at: usize, value: [u8; N]) {
    out[at..at + N].copy_from_slice(&value);
}

/// An entry of `entries.bin`: 16 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EntryRecord {
    /// Bytes 0..4: a [`StrId`] for API 3.0 codes, the code itself (its `i32` bits) for legacy
    /// ones.
    pub code: u32,
    /// Bytes 4..8.
    pub message_en: StrId,
    /// Bytes 8..12.
    pub message_zh: StrId,
    /// Bytes 12..14: the product's index in `PRODUCTS` plus one, or [`NO_PRODUCT`].
    pub product: u16,
    /// Byte 14: one of [`family`]'s constants.
    pub family: u8,
    /// Byte 15: the entry's index in `details.bin`, or [`NO_DETAILS`].
    pub details: u8,
}

impl EntryRecord {
    /// Size of a record.
    pub const BYTES: usize = 16;

    /// The record as stored.
    pub fn to_bytes(self) -> [u8; Self::BYTES] {
        let mut out = [0; Self::BYTES];
        put(&mut out, 0, self.code.to_le_bytes());
        put(&mut out, 4, self.message_en.to_le_bytes());
        put(&mut out, 8, self.message_zh.to_le_bytes());
        put(&mut out, 12, self.product.to_le_bytes());
        out[14] = self.family;
        out[15] = self.details;
        out
    }

    /// Record `id` of `table`.
    pub fn read(table: &[u8], id: EntryId) -> EntryRecord {
        let at = usize::from(id) * Self::BYTES;
        let b: [u8; Self::BYTES] = bytes(table, at);
        EntryRecord {
            code: u32_at(&b, 0),
            message_en: u32_at(&b, 4),
            message_zh: u32_at(&b, 8),
            product: u16_at(&b, 12),
            family: b[14],
            details: b[15],
        }
    }

    /// The `code` field of record `id` alone: a lookup reads it on every probe.
    pub fn read_code(table: &[u8], id: EntryId) -> u32 {
        u32_at(table, usize::from(id) * Self::BYTES)
    }
}

/// What few entries have, in `details.bin`: 20 bytes. Any text may be [`NO_TEXT`], any status
/// [`NO_HTTP_STATUS`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct DetailsRecord {
    /// Bytes 0..4.
    pub description_en: StrId,
    /// Bytes 4..8.
    pub description_zh: StrId,
    /// Bytes 8..12.
    pub api3_equivalent: StrId,
    /// Bytes 12..16: for a code the newest SDK no longer lists, the last source that did
    /// (`sdk-go v1.3.166`).
    pub last_listed: StrId,
    /// Bytes 16..18: the HTTP status the code's document gives it (COS codes); the
    /// first-listed one when it gives two.
    pub http_status: u16,
    /// Bytes 18..20: a second documented HTTP status (COS's `InvalidObjectState` is listed
    /// under 403 and 409).
    pub http_status_also: u16,
}

/// The `http_status` of an entry whose document gives it none.
pub const NO_HTTP_STATUS: u16 = 0;

impl DetailsRecord {
    /// Size of a record.
    pub const BYTES: usize = 20;

    /// The record as stored.
    pub fn to_bytes(self) -> [u8; Self::BYTES] {
        let mut out = [0; Self::BYTES];
        put(&mut out, 0, self.description_en.to_le_bytes());
        put(&mut out, 4, self.description_zh.to_le_bytes());
        put(&mut out, 8, self.api3_equivalent.to_le_bytes());
        put(&mut out, 12, self.last_listed.to_le_bytes());
        put(&mut out, 16, self.http_status.to_le_bytes());
        put(&mut out, 18, self.http_status_also.to_le_bytes());
        out
    }

    /// Record `i` of `table`.
    pub fn read(table: &[u8], i: usize) -> DetailsRecord {
        let at = i * Self::BYTES;
        DetailsRecord {
            description_en: u32_at(table, at),
            description_zh: u32_at(table, at + 4),
            api3_equivalent: u32_at(table, at + 8),
            last_listed: u32_at(table, at + 12),
            http_status: u16_at(table, at + 16),
            http_status_also: u16_at(table, at + 18),
        }
    }
}

/// Another documented wording of an entry, in `alternates.bin`: 14 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct AlternateRecord {
    /// Bytes 0..2: the entry it words.
    pub entry: EntryId,
    /// Bytes 2..6: the source's id, as named in `core/data/SOURCES.md`.
    pub source: StrId,
    /// Bytes 6..10.
    pub message: StrId,
    /// Bytes 10..14, or [`NO_TEXT`].
    pub description: StrId,
}

impl AlternateRecord {
    /// Size of a record.
    pub const BYTES: usize = 14;

    /// The record as stored.
    pub fn to_bytes(self) -> [u8; Self::BYTES] {
        let mut out = [0; Self::BYTES];
        put(&mut out, 0, self.entry.to_le_bytes());
        put(&mut out, 2, self.source.to_le_bytes());
        put(&mut out, 6, self.message.to_le_bytes());
        put(&mut out, 10, self.description.to_le_bytes());
        out
    }

    /// Record `i` of `table`.
    pub fn read(table: &[u8], i: usize) -> AlternateRecord {
        let at = i * Self::BYTES;
        AlternateRecord {
            entry: u16_at(table, at),
            source: u32_at(table, at + 2),
            message: u32_at(table, at + 6),
            description: u32_at(table, at + 10),
        }
    }
}

/// The code index, `index.bin`: `1 << bits` little-endian `u32` slots, filled by linear
/// probing from [`hash::slot`](super::hash::slot). A slot is [`EMPTY`] or holds the code's
/// 16-bit hash tag above the id of the first entry of its run, so most probes are rejected
/// without comparing texts.
pub mod index {
    use super::EntryId;

    /// A free slot. Its low half is never an entry id ([`MAX_ENTRIES`](super::MAX_ENTRIES)).
    pub const EMPTY: u32 = u32::MAX;

    /// Size of a slot.
    pub const SLOT_BYTES: usize = 4;

    /// The smallest table size (in bits) that keeps `codes` codes at most four-fifths full:
    /// a free slot then always ends a probe, and probes stay short.
    pub const fn bits_for(codes: usize) -> u32 {
        let mut bits = 4;
        while codes * 5 > (1usize << bits) * 4 {
            bits += 1;
        }
        bits
    }

    /// The slot of a code with hash tag `tag` whose run starts at `entry`.
    pub const fn slot(tag: u32, entry: EntryId) -> u32 {
        (tag << 16) | entry as u32
    }

    /// The tag of a full slot.
    pub const fn tag(slot: u32) -> u32 {
        slot >> 16
    }

    /// The entry of a full slot.
    pub const fn entry(slot: u32) -> EntryId {
        (slot & 0xFFFF) as EntryId
    }

    /// Slot `i` of `table`.
    pub fn read(table: &[u8], i: usize) -> u32 {
        super::u32_at(table, i * SLOT_BYTES)
    }
}

/// A distinct API 3.0 code, in `code-trie.bin`: 4 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TrieRecord {
    /// Bytes 0..2: the first entry of the code's run.
    pub entry: EntryId,
    /// Byte 2: how many bytes of the code, ASCII-lowercased, equal the previous code's from
    /// the start.
    pub shared: u8,
    /// Byte 3: the code's length in bytes (codes are ASCII).
    pub len: u8,
}

impl TrieRecord {
    /// Size of a record.
    pub const BYTES: usize = 4;

    /// The record as stored.
    pub fn to_bytes(self) -> [u8; Self::BYTES] {
        let [a, b] = self.entry.to_le_bytes();
        [a, b, self.shared, self.len]
    }

    /// Record `i` of `table`.
    pub fn read(table: &[u8], i: usize) -> TrieRecord {
        let b: [u8; Self::BYTES] = bytes(table, i * Self::BYTES);
        TrieRecord { entry: u16::from_le_bytes([b[0], b[1]]), shared: b[2], len: b[3] }
    }
}

/// An API action, in `actions.bin`: 20 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ActionRecord {
    /// Bytes 0..4: the name's id in `action-names.txt`.
    pub name: StrId,
    /// Bytes 4..8: where the action's run of `action-codes.bin` starts.
    pub start: u32,
    /// Bytes 8..10: the product's index in `PRODUCTS`.
    pub product: u16,
    /// Bytes 10..12: how many codes the run has.
    pub len: u16,
    /// Bytes 12..16: the newest API version that has the action, as written in requests
    /// (`2017-03-12`), an id in `action-names.txt`.
    pub version: StrId,
    /// Bytes 16..18: the default request-rate limit the SDK documents, in requests per
    /// second, or [`NO_RATE_LIMIT`].
    pub rate_limit: u16,
    /// Byte 18: [`action_flags`].
    pub flags: u8,
}

/// The `rate_limit` of an action whose SDK documents none.
pub const NO_RATE_LIMIT: u16 = 0;

/// The bits of an [`ActionRecord`]'s `flags`.
pub mod action_flags {
    /// The action's request takes a `ClientToken`, which makes a retry idempotent.
    pub const CLIENT_TOKEN: u8 = 1;
}

impl ActionRecord {
    /// Size of a record (byte 19 is unused and zero).
    pub const BYTES: usize = 20;

    /// The record as stored.
    pub fn to_bytes(self) -> [u8; Self::BYTES] {
        let mut out = [0; Self::BYTES];
        put(&mut out, 0, self.name.to_le_bytes());
        put(&mut out, 4, self.start.to_le_bytes());
        put(&mut out, 8, self.product.to_le_bytes());
        put(&mut out, 10, self.len.to_le_bytes());
        put(&mut out, 12, self.version.to_le_bytes());
        put(&mut out, 16, self.rate_limit.to_le_bytes());
        out[18] = self.flags;
        out
    }

    /// Record `i` of `table`.
    pub fn read(table: &[u8], i: usize) -> ActionRecord {
        let b: [u8; Self::BYTES] = bytes(table, i * Self::BYTES);
        ActionRecord {
            name: u32_at(&b, 0),
            start: u32_at(&b, 4),
            product: u16_at(&b, 8),
            len: u16_at(&b, 10),
            version: u32_at(&b, 12),
            rate_limit: u16_at(&b, 16),
            flags: b[18],
        }
    }
}

/// Size of an entry id in `action-codes.bin`.
pub const ENTRY_ID_BYTES: usize = 2;

/// Entry id `i` of a table of ids (`action-codes.bin`).
pub fn read_entry_id(table: &[u8], i: usize) -> EntryId {
    u16_at(table, i * ENTRY_ID_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `records` one after another with `to_bytes`, as the generator does.
    fn table<const N: usize>(records: &[[u8; N]]) -> [u8; 64] {
        let mut out = [0; 64];
        assert!(records.len() * N <= out.len());
        for (i, record) in records.iter().enumerate() {
            out[i * N..(i + 1) * N].copy_from_slice(record);
        }
        out
    }

    #[test]
    fn records_read_back_as_written() {
        let entries = [
            EntryRecord {
                code: (-514i32) as u32,
                message_en: 7,
                message_zh: 0,
                product: 3,
                family: family::MODULE,
                details: 0,
            },
            EntryRecord {
                code: 0x0102_0304,
                message_en: u32::MAX,
                message_zh: 9,
                product: NO_PRODUCT,
                family: family::PRODUCT,
                details: NO_DETAILS,
            },
        ];
        let t = table(&entries.map(|e| e.to_bytes()));
        for (i, entry) in entries.iter().enumerate() {
            assert_eq!(EntryRecord::read(&t, i as EntryId), *entry);
            assert_eq!(EntryRecord::read_code(&t, i as EntryId), entry.code);
        }
        let details = [DetailsRecord {
            description_en: 1,
            description_zh: 2,
            api3_equivalent: 0x0A0B_0C0D,
            last_listed: 9,
            http_status: 409,
            http_status_also: 0xFEDC,
        }];
        assert_eq!(DetailsRecord::read(&table(&details.map(|d| d.to_bytes())), 0), details[0]);
        let alternates = [
            AlternateRecord { entry: 13, source: 5, message: 6, description: 0 },
            AlternateRecord { entry: 0xFFFE, source: 1, message: 2, description: 3 },
        ];
        let t = table(&alternates.map(|a| a.to_bytes()));
        assert_eq!(AlternateRecord::read(&t, 1), alternates[1]);
        let tries = [TrieRecord { entry: 300, shared: 4, len: 89 }];
        assert_eq!(TrieRecord::read(&table(&tries.map(|r| r.to_bytes())), 0), tries[0]);
        let actions = [ActionRecord {
            name: 70_000,
            start: 12,
            product: 260,
            len: 170,
            version: 99,
            rate_limit: 20,
            flags: action_flags::CLIENT_TOKEN,
        }];
        assert_eq!(ActionRecord::read(&table(&actions.map(|a| a.to_bytes())), 0), actions[0]);
        assert_eq!(read_entry_id(&[1, 0, 0x34, 0x12], 1), 0x1234);
    }

    #[test]
    fn index_slots_keep_tag_and_entry_apart() {
        let slot = index::slot(0xBEEF, 0x1234);
        assert_eq!((index::tag(slot), index::entry(slot)), (0xBEEF, 0x1234));
        assert_ne!(index::slot(0xFFFF, (MAX_ENTRIES - 1) as EntryId), index::EMPTY);
        assert_eq!(index::read(&slot.to_le_bytes(), 0), slot);
        assert_eq!(index::bits_for(0), 4);
        assert_eq!(index::bits_for(13), 5); // 13 * 5 > 16 * 4
        assert!(12_500 * 5 <= (1usize << index::bits_for(12_500)) * 4);
    }

    #[test]
    fn texts_end_at_newlines() {
        let blob = "\nvod\nInternalError\n";
        assert_eq!(text(blob, NO_TEXT), "");
        assert_eq!(text(blob, 1), "vod");
        assert!(text_is(blob, 5, "InternalError"));
        assert!(!text_is(blob, 5, "Internal"));
        assert_eq!(text(blob, 99), "", "out of range reads as empty");
        assert!(family::is_legacy(family::MODULE) && !family::is_legacy(family::COMMON));
        assert!(!family::is_legacy(family::COS));
    }

    #[test]
    fn short_tables_read_as_zeros() {
        assert_eq!(EntryRecord::read(&[1, 2], 0).code, 0);
        assert_eq!(TrieRecord::read(&[], 5), TrieRecord { entry: 0, shared: 0, len: 0 });
    }
}
