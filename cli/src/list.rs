//! `tcerr list`: the catalog, or part of it, one entry per line, as text or JSON.

use std::io::{self, Write};

use serde::ser::{Serialize, SerializeStruct, Serializer};
use tencent_errors::{Entry, Family, Lang, catalog};

use crate::output::{self, Status};

/// Which entries to list.
pub struct Filter<'a> {
    /// Only entries this product documents.
    pub product: Option<&'a str>,
    /// Only entries of this family.
    pub family: Option<Family>,
}

impl Filter<'_> {
    /// Whether `entry` passes the filter.
    fn keeps(&self, entry: Entry) -> bool {
        self.product.is_none_or(|product| entry.product() == Some(product))
            && self.family.is_none_or(|family| entry.family() == family)
    }

    /// The catalog entries that pass, in catalog order.
    fn entries(&self) -> impl Iterator<Item = Entry> + Clone + '_ {
        catalog::iter().filter(|&entry| self.keeps(entry))
    }
}

/// Writes the entries as aligned text: code, product, message in `lang`.
pub fn run_plain(out: &mut dyn Write, filter: &Filter<'_>, lang: Lang) -> io::Result<Status> {
    let entries = filter.entries();
    let (code_width, product_width) = output::column_widths(entries.clone());
    for entry in entries {
        output::write_entry_line(out, entry, lang, code_width, product_width)?;
    }
    Ok(Status::Success)
}

/// Writes the entries as JSON Lines, one object per entry; see [`EntryJson`].
pub fn run_json(out: &mut dyn Write, filter: &Filter<'_>) -> io::Result<Status> {
    output::write_json_lines(out, filter.entries().map(EntryJson))
}

/// The JSON form of an entry, with exactly these keys in this order: `code` (a number for
/// legacy codes, a string for API 3.0 ones), `family`, `product`, `message_en`, `message_zh`,
/// `description_en`, `description_zh`, `api3_equivalent` and `retry` (the keys the `list --json`
/// format started with), then `documented` (`false` for a code the newest SDK no longer lists)
/// and `http_status` (COS codes: the documented status, the first listed where there are two;
/// `null` for the other families).
///
/// A COS code's `code` is a string like an API 3.0 code's: its `family` (`cos`) tells them apart.
///
/// Texts are as the catalog stores them, `null` where a language is missing, so that a
/// consumer can tell a real translation from a fallback.
///
/// Written by hand rather than through `serde_json::Value`, whose map sorts its keys (without
/// serde_json's `preserve_order`, a feature that would change every `Value` in the build), and
/// rather than a derived struct, which would build `serde_derive` for one impl.
struct EntryJson(Entry);

impl Serialize for EntryJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.0;
        let mut object = serializer.serialize_struct("Entry", 11)?;
        // `Code`'s own `Serialize`: a number for legacy codes, a string for API 3.0 and COS.
        object.serialize_field("code", &entry.code())?;
        object.serialize_field("family", &entry.family().to_string())?;
        object.serialize_field("product", &entry.product())?;
        object.serialize_field("message_en", &entry.message_in(Lang::En))?;
        object.serialize_field("message_zh", &entry.message_in(Lang::Zh))?;
        object.serialize_field("description_en", &entry.description_in(Lang::En))?;
        object.serialize_field("description_zh", &entry.description_in(Lang::Zh))?;
        object.serialize_field("api3_equivalent", &entry.api3_equivalent())?;
        object.serialize_field("retry", &entry.retry().to_string())?;
        object.serialize_field("documented", &entry.is_documented())?;
        object.serialize_field("http_status", &entry.http_status())?;
        object.end()
    }
}
