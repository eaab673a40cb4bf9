//! The COS family of the catalog: every row of `core/data/cos.tsv` in the tables, and COS codes
//! kept apart from the API 3.0 codes of the same spelling.

use std::collections::BTreeSet;
use tencent_errors_core::{Code, Family, Lang, Retry, catalog};

/// `core/data/cos.tsv`, the COS family's source of truth: (code, statuses, message_en,
/// message_zh, description_en, description_zh).
fn data_rows() -> Vec<(String, Vec<u16>, [String; 4])> {
    let text = include_str!("../data/cos.tsv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("code\thttp_status\tmessage_en\tmessage_zh\tdescription_en\tdescription_zh"));
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 6, "{line}");
            let statuses = fields[1].split(',').map(|s| s.parse().unwrap()).collect();
            let texts = [fields[2], fields[3], fields[4], fields[5]].map(str::to_owned);
            (fields[0].to_owned(), statuses, texts)
        })
        .collect()
}

fn cos_entries() -> impl Iterator<Item = tencent_errors_core::Entry> {
    catalog::iter().filter(|e| e.family() == Family::Cos)
}

#[test]
fn every_row_of_the_data_file_is_an_entry() {
    let rows = data_rows();
    assert_eq!(cos_entries().count(), rows.len());
    let optional = |text: &str| (!text.is_empty()).then(|| text.to_owned());
    for (code, statuses, [en, zh, description_en, description_zh]) in &rows {
        let entry = catalog::lookup(Code::Cos(code)).unwrap_or_else(|| panic!("{code} not found"));
        assert_eq!(entry.code(), Code::Cos(code.as_str()));
        assert_eq!(entry.family(), Family::Cos);
        assert_eq!(entry.product(), Some("cos"));
        assert_eq!(entry.http_statuses().collect::<Vec<_>>(), *statuses, "{code}");
        assert_eq!(entry.http_status(), statuses.first().copied());
        assert_eq!(entry.message_in(Lang::En).map(str::to_owned), optional(en), "{code}");
        assert_eq!(entry.message_in(Lang::Zh).map(str::to_owned), optional(zh), "{code}");
        assert_eq!(entry.description_in(Lang::En).map(str::to_owned), optional(description_en), "{code}");
        assert_eq!(entry.description_in(Lang::Zh).map(str::to_owned), optional(description_zh), "{code}");
        assert_eq!(entry.doc_url().as_deref(), Some("https://cloud.tencent.com/document/product/436/7730"));
        assert_eq!(entry.actions().count(), 0, "COS codes belong to no API 3.0 action");
        assert_eq!(entry.also_documented_by().count(), 0);
        assert_eq!(catalog::lookup_in("cos", Code::Cos(code)), Some(entry));
        assert_eq!(catalog::lookup_in("vod", Code::Cos(code)), None, "a COS code is no other product's");
        assert_eq!(catalog::lookup_all(Code::Cos(code)).collect::<Vec<_>>(), [entry]);
    }
}

#[test]
fn known_rows() {
    let entry = catalog::lookup(Code::Cos("NoSuchBucket")).unwrap();
    assert_eq!(entry.http_status(), Some(404));
    assert_eq!(entry.message(Lang::En), "The specified Bucket does not exist");
    assert_eq!(entry.message(Lang::Zh), "指定的 Bucket 不存在");
    assert_eq!(catalog::lookup(Code::Cos("SlowDown")).unwrap().http_status(), Some(503));
    let state = catalog::lookup(Code::Cos("InvalidObjectState")).unwrap();
    assert_eq!(state.http_statuses().collect::<Vec<_>>(), [403, 409]);
    // A text in one language only falls back to it, as for the other families.
    let versioning = catalog::lookup(Code::Cos("BucketVersionNotOpen")).unwrap();
    assert_eq!(versioning.message_in(Lang::En), None);
    assert_eq!(versioning.message(Lang::En), "存储桶未启用版本控制");
    // Documented in neither language: an empty message, a status all the same.
    // The counts the README's catalog table gives.
    assert_eq!(cos_entries().filter(|e| e.message_in(Lang::En).is_some()).count(), 47);
    assert_eq!(cos_entries().filter(|e| e.message_in(Lang::Zh).is_some()).count(), 68);
    let bare = catalog::lookup(Code::Cos("KmsInternalException")).unwrap();
    assert_eq!(bare.message(Lang::En), "");
    assert_eq!(bare.http_status(), Some(500));
}

#[test]
fn other_families_have_no_status() {
    for entry in catalog::iter().filter(|e| e.family() != Family::Cos).step_by(97) {
        assert_eq!(entry.http_status(), None, "{}", entry.code());
    }
}

/// `InternalError`, `ServiceUnavailable`, `RequestTimeout`... are both COS and API 3.0 codes:
/// each lookup finds its own kind only.
#[test]
fn cos_and_api3_codes_of_one_spelling_stay_apart() {
    let api3: BTreeSet<&str> = catalog::iter().filter_map(|e| e.code().as_api3()).collect();
    let shared: Vec<&str> =
        cos_entries().filter_map(|e| e.code().as_cos()).filter(|code| api3.contains(code)).collect();
    assert!(shared.contains(&"InternalError"), "{shared:?}");
    for code in &shared {
        let cos = catalog::lookup(Code::Cos(code)).unwrap();
        let api = catalog::lookup(Code::Api3(code)).unwrap();
        assert_ne!(cos, api);
        assert_eq!(cos.family(), Family::Cos);
        assert!(catalog::lookup_all(Code::Api3(code)).all(|e| e.family() != Family::Cos), "{code}");
        for lang in [Lang::En, Lang::Zh] {
            assert_ne!(catalog::lookup_for(Code::Api3(code), lang).unwrap().family(), Family::Cos);
        }
        assert_eq!(catalog::lookup_in("cos", Code::Api3(code)).map(|e| e.family() == Family::Cos), Some(false));
    }
    // And no API 3.0 code finds a COS entry, no COS spelling of an API 3.0-only code an entry.
    for entry in catalog::iter().filter(|e| e.code().as_api3().is_some()).step_by(41) {
        let code = entry.code().as_api3().unwrap();
        assert!(catalog::lookup_all(entry.code()).all(|e| e.family() != Family::Cos));
        if !shared.contains(&code) {
            assert_eq!(catalog::lookup(Code::Cos(code)), None, "{code}");
        }
    }
    assert_eq!(catalog::lookup(Code::Cos("AuthFailure.SignatureFailure")), None);
    assert_eq!(catalog::lookup(Code::Cos("nosuchbucket")), None, "codes are case-sensitive");
    assert_eq!(catalog::lookup(Code::Cos("")), None);
}

/// A COS entry's retry class is the COS rule's (`Code::Cos(..).retry()`), not the API 3.0
/// code's of the same spelling; the rule names only catalogued COS codes.
#[test]
fn retry_classes_come_from_the_cos_rule() {
    let mut counts = std::collections::BTreeMap::new();
    for entry in cos_entries() {
        assert_eq!(entry.retry(), entry.code().retry());
        *counts.entry(format!("{:?}", entry.retry())).or_insert(0) += 1;
    }
    let cos = |code| catalog::lookup(Code::Cos(code)).unwrap().retry();
    assert_eq!(cos("SlowDown"), Retry::Throttling);
    for code in ["InternalError", "ServiceUnavailable", "RequestTimeout", "KmsInternalException"] {
        assert_eq!(cos(code), Retry::Transient, "{code}");
    }
    assert_eq!(cos("NoSuchBucket"), Retry::Never);
    // API 3.0's `RequestLimitExceeded` rule does not reach COS: `PathConflict` is no throttle.
    assert_eq!(cos("PathConflict"), Retry::Never);
    let total = cos_entries().count();
    assert_eq!(counts.get("Throttling"), Some(&1));
    assert_eq!(counts.get("Transient"), Some(&4), "every code of the rule is catalogued");
    assert_eq!(counts.get("Never"), Some(&(total - 5)));
    assert_eq!(counts.get("Busy"), None);
}

#[test]
fn suggestions_mark_cos_codes_as_such() {
    let found = catalog::suggest("NoSuchBuckt", 3);
    assert_eq!(found[0].code(), Code::Cos("NoSuchBucket"));
    assert_eq!(found[0].family(), Family::Cos);
    let found = catalog::suggest("InternalError", 10);
    assert!(found.iter().any(|e| e.code() == Code::Api3("InternalError") && e.family() == Family::Common));
    assert!(found.iter().any(|e| e.code() == Code::Cos("InternalError") && e.family() == Family::Cos));
    let case = catalog::suggest("nosuchkey", 3);
    assert_eq!(case[0].code(), Code::Cos("NoSuchKey"));
    for entry in catalog::suggest("SlowDow", 5) {
        assert_eq!(Some(entry), catalog::lookup(entry.code()), "suggest gives lookup's entries");
    }
}

/// `cos-provenance.tsv` names a source for each text of `cos.tsv`, and only for those: one row
/// per (code, status) of the page, so a code listed under two statuses has two rows, the texts
/// being the first-listed status's.
#[test]
fn provenance_covers_every_text() {
    let rows = data_rows();
    let text = include_str!("../data/cos-provenance.tsv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("code\thttp_status\trow_source\tmessage_en_source\tmessage_zh_source"));
    let mut pairs = 0;
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        let status: u16 = fields[1].parse().unwrap();
        let (_, statuses, [en, zh, ..]) = rows.iter().find(|(code, ..)| code == fields[0]).expect(line);
        assert!(statuses.contains(&status), "{line}");
        assert!(!fields[2].is_empty(), "every row has a source: {line}");
        if statuses[0] == status {
            assert_eq!(fields[3].is_empty(), en.is_empty(), "{line}");
            assert_eq!(fields[4].is_empty(), zh.is_empty(), "{line}");
        }
        pairs += 1;
    }
    assert_eq!(pairs, rows.iter().map(|(_, statuses, _)| statuses.len()).sum::<usize>());
}
