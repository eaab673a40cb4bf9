//! Every row of the five seed documents (copied verbatim into `tests/seeds/`) is in the
//! catalog, with the texts the seed gives. The tables are read here with a deliberately
//! simple reader of their own, so an importer bug cannot hide behind itself.

use tencent_errors_core::{Code, Entry, Family, Lang, catalog};

fn seed(name: &str) -> String {
    let path = format!("{}/tests/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Collapses whitespace (including the zero-width space that seed 003 shows mis-decoded).
fn clean(text: &str) -> String {
    text.replace("\u{e2}\u{20ac}\u{2039}", " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Table rows of a Markdown part whose first cell parses with `is_code`.
fn markdown(part: &str, is_code: fn(&str) -> bool) -> Vec<Vec<String>> {
    part.lines()
        .map(|line| line.trim().trim_matches('|').split('|').map(clean).collect::<Vec<_>>())
        .filter(|cells| is_code(&cells[0]))
        .collect()
}

/// Rows of `<td>` cells of an HTML table.
fn html(part: &str) -> Vec<Vec<String>> {
    part.split("</tr>")
        .map(|row| row.split("<td>").skip(1).map(|cell| clean(cell.split("</td>").next().unwrap())).collect::<Vec<_>>())
        .filter(|cells| cells.len() == 3)
        .collect()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect(start) + start.len();
    let rest = &text[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

fn number(cell: &str) -> bool {
    cell.parse::<i32>().is_ok()
}

fn api3_code(cell: &str) -> bool {
    cell.starts_with(|c: char| c.is_ascii_uppercase()) && !cell.contains(' ')
}

fn legacy(cell: &str) -> Entry {
    let code = cell.parse().unwrap();
    catalog::lookup(Code::Legacy(code)).unwrap_or_else(|| panic!("legacy code {code} is missing"))
}

#[test]
fn seed_000_and_001_access_layer_codes() {
    let en = markdown(between(&seed("000_14a2ffbbc9905134.txt"), "## Access Layer", "## Video"), number);
    let zh = markdown(between(&seed("001_fb4a536a088a590d.txt"), "## 接入层错误码", "## 视频云"), number);
    assert_eq!((en.len(), zh.len()), (16, 16));
    for row in &en {
        let entry = legacy(&row[0]);
        assert_eq!(entry.family(), Family::Access, "{}", row[0]);
        assert_eq!(entry.product(), None);
        assert_eq!(entry.message_in(Lang::En), Some(row[1].as_str()), "{}", row[0]);
        assert_eq!(entry.description_in(Lang::En), Some(row[2].as_str()), "{}", row[0]);
    }
    for row in &zh {
        let entry = legacy(&row[0]);
        assert_eq!(entry.message_in(Lang::Zh), Some(row[1].as_str()), "{}", row[0]);
        assert_eq!(entry.description_in(Lang::Zh), Some(row[2].as_str()), "{}", row[0]);
    }
}

#[test]
fn seed_000_and_001_video_cloud_codes() {
    let en = markdown(between(&seed("000_14a2ffbbc9905134.txt"), "## Video Cloud", "\u{0}"), number);
    let zh = markdown(between(&seed("001_fb4a536a088a590d.txt"), "## 视频云错误码", "\u{0}"), number);
    assert_eq!((en.len(), zh.len()), (39, 39));
    for (row_en, row_zh) in en.iter().zip(&zh) {
        assert_eq!(row_en[0], row_zh[0]);
        let entry = legacy(&row_en[0]);
        assert_eq!(entry.family(), Family::Video, "{}", row_en[0]);
        assert_eq!(entry.message_in(Lang::En), Some(row_en[1].as_str()));
        assert_eq!(entry.message_in(Lang::Zh), Some(row_zh[1].as_str()));
        assert_eq!(entry.description(Lang::En), None);
    }
}

#[test]
fn seed_002_and_003_wordings_are_kept_as_alternates() {
    let seed_002 = html(&seed("002_dbb4366fd353d900.txt"));
    let seed_003_text = seed("003_1633d12039613af4.txt");
    let seed_003 = html(between(&seed_003_text, "## 1. Common", "## 2. Module"));
    assert_eq!((seed_002.len(), seed_003.len()), (16, 16));
    for row in seed_002.iter().chain(&seed_003) {
        let entry = legacy(&row[0]);
        let primary = (entry.message(Lang::En), entry.description(Lang::En));
        let wording = (row[1].as_str(), Some(row[2].as_str()));
        let kept = primary == wording || entry.alternates().any(|alt| (alt.message(), alt.description()) == wording);
        assert!(kept, "{} {wording:?} is lost", row[0]);
    }
    // Seed 000 keeps the primary message: 5500 is worded three ways.
    let entry = legacy("5500");
    assert_eq!(entry.message(Lang::En), "User failed to pass qualification verification");
    assert!(!seed_003_text.contains("valuesâ€‹are") || entry.alternates().count() > 0);
    let repaired = legacy("4000").alternates().find(|alt| alt.source() == "seed-003").unwrap();
    assert!(repaired.description().unwrap().contains("parameter values are not"), "{repaired:?}");
}

#[test]
fn seed_003_module_codes() {
    let rows = markdown(between(&seed("003_1633d12039613af4.txt"), "## 2. Module", "\u{0}"), number);
    assert_eq!(rows.len(), 8);
    for row in &rows {
        let entry = legacy(&row[0]);
        assert_eq!(entry.family(), Family::Module);
        assert_eq!(entry.product(), Some("monitor"));
        assert_eq!(entry.message_in(Lang::En), Some(row[1].as_str()));
        assert_eq!(entry.message_in(Lang::Zh), None, "the seed has no Chinese");
        assert_eq!(entry.api3_equivalent(), Some(row[2].as_str()));
    }
    assert_eq!(legacy("-514").api3_equivalent(), Some("OperationDenied.SourceAlreadyExists"));
}

#[test]
fn seed_004_common_codes_win_in_english() {
    let text = seed("004_1a49b65bb6a47f1a.txt");
    let rows = markdown(between(&text, "### Common Error Codes", "###"), api3_code);
    assert_eq!(rows.len(), 26);
    for row in &rows {
        let entry = catalog::lookup(Code::Api3(&row[0])).unwrap_or_else(|| panic!("{} is missing", row[0]));
        assert_eq!(entry.family(), Family::Common, "{}", row[0]);
        assert_eq!(entry.message_in(Lang::En), Some(row[1].as_str()), "{}", row[0]);
        assert!(entry.message_in(Lang::Zh).is_some(), "{} has Chinese", row[0]);
    }
}

#[test]
fn seed_004_vod_codes_win_in_english() {
    let text = seed("004_1a49b65bb6a47f1a.txt");
    let rows = markdown(between(&text, "### Business Error Codes", "\u{0}"), api3_code);
    assert_eq!(rows.len(), 87);
    for row in &rows {
        let entry = catalog::lookup_in("vod", Code::Api3(&row[0])).unwrap_or_else(|| panic!("{} is missing", row[0]));
        assert_eq!(entry.product(), Some("vod"), "{}", row[0]);
        assert_eq!(entry.message_in(Lang::En), Some(row[1].as_str()), "{}", row[0]);
    }
    // The newest SDK's wording (the Python intl-en SDK's since the 2026-10 import) survives
    // as an alternate.
    let entry = catalog::lookup_in("vod", Code::Api3("FailedOperation.ClassNoFound")).unwrap();
    assert!(entry.alternates().any(|alt| alt.source() == "sdk-python-intl-en"));
}
