//! `catalog::suggest` and `catalog::suggest_products`.
//!
//! The first byte sets `limit = byte % 8`; with its bit 3 set, the next two bytes pick a
//! catalog entry and the text is that entry's code wrapped in whitespace taken from the rest
//! of the input (so the exact-code rule is checked across the whole catalog, which the
//! fuzzer could not find by mutation alone); otherwise the rest of the input is the text.
//! Checks: at most `limit` results; no code twice; every result is the entry `lookup` returns
//! for its code; when the (trimmed) text is a catalog code the first result has that code (a
//! text that is both an API 3.0 and a COS code, such as `InternalError`, gives the API 3.0 one
//! first, as ties go in catalog order); the same for products, case-insensitively.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_errors_core::{Code, catalog};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let limit = usize::from(first % 8);
    let text = if first & 8 != 0 && rest.len() >= 2 {
        let index = usize::from(u16::from_le_bytes([rest[0], rest[1]])) % catalog::iter().len();
        let code = catalog::iter().nth(index).unwrap().code().to_string();
        let pad: String = String::from_utf8_lossy(&rest[2..]).chars().filter(|c| c.is_whitespace()).collect();
        format!("{pad}{code}{pad}")
    } else {
        String::from_utf8_lossy(rest).into_owned()
    };

    let found = catalog::suggest(&text, limit);
    assert!(found.len() <= limit, "{} results for limit {limit}", found.len());
    for (i, entry) in found.iter().enumerate() {
        let looked_up = catalog::lookup(entry.code()).expect("a suggested code is in the catalog");
        assert!(looked_up == *entry, "suggest returned a non-first entry of {}", entry.code());
        assert!(found[..i].iter().all(|other| other.code() != entry.code()), "{} suggested twice", entry.code());
    }
    let trimmed = text.trim();
    let code = Code::parse(trimmed);
    // Text has no COS marker: a COS code is the text's code when API 3.0 has no such code.
    let code = if catalog::lookup(code).is_none() && catalog::lookup(Code::Cos(trimmed)).is_some() {
        Code::Cos(trimmed)
    } else {
        code
    };
    if limit > 0 && catalog::lookup(code).is_some() {
        assert_eq!(found.first().map(|entry| entry.code()), Some(code), "suggest({text:?}, {limit})");
    }

    let products = catalog::suggest_products(&text, limit);
    assert!(products.len() <= limit);
    if limit > 0 && catalog::is_product(trimmed) {
        assert!(products[0].eq_ignore_ascii_case(trimmed), "suggest_products({text:?}) gave {products:?}");
    }
});
