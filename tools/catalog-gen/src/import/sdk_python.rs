//! `import-python`: error codes and action traits read out of the unpacked wheels of
//! Tencent's official Python SDKs, `tencentcloud-sdk-python` (Chinese comments) and
//! `tencentcloud-sdk-python-intl-en` (English comments).
//!
//! An unpacked wheel has `<name>-<release>.dist-info/METADATA` (with `Name:` and `Version:`
//! lines) and `tencentcloud/<package>/<version>/` (versions are `v` and a date) with
//! * `errorcodes.py`: after the file's license header (a run of `#` lines from line 1), one
//!   constant per code, `NAME = 'Code.String'`, with a `#` comment above it, the code's
//!   description. Blank lines may stand between the comment and its constant (Tencent's
//!   generator leaves one where a description ended in a newline); a run of several `#`
//!   lines is joined.
//! * `<package>_client.py`: the client class, whose `_service = '<product>'` names the API
//!   product, and one method `def <Action>(self, request...)` per API action, with an
//!   `r"""..."""` docstring (the action's description). The `_async` twin is not read.
//! * `models.py`: one class `<Action>Request(AbstractModel)` per action; a request that takes
//!   a `ClientToken` has the property `def ClientToken(self):`.
//!
//! Only code strings, their one-line comments, action names and those two facts are read.
//! Input that does not have these shapes is an error naming the file and line.

use super::sdk_go::{is_code, is_identifier, is_version, list_dirs};
use crate::data::DataError;
use crate::text::normalize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Python package names that differ from the API product name, as `(package, product)`.
/// Python cannot name a package `as` (a keyword), so Auto Scaling is `autoscaling`. This is
/// the only rename in the 2026-10 wheels; the importer checks every package against its
/// client's `_service` and fails on a rename missing here.
pub const PACKAGE_RENAMES: [(&str, &str); 1] = [("autoscaling", "as")];

/// The distribution names of the two wheels: Chinese, English.
pub const DISTRIBUTIONS: [&str; 2] = ["tencentcloud-sdk-python", "tencentcloud-sdk-python-intl-en"];

/// The API product a Python package serves.
pub fn product_of(package: &str) -> &str {
    PACKAGE_RENAMES.iter().find(|(p, _)| *p == package).map_or(package, |(_, product)| product)
}

/// What one API version of a package says of one action.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ActionFacts {
    pub product: String,
    pub version: String,
    pub action: String,
    /// From the English wheel.
    pub english: bool,
    pub client_token: bool,
    /// The default request-rate limit the docstring states, per second.
    pub rate_limit: Option<u32>,
}

/// What both wheels hold.
#[derive(Debug, Default)]
pub struct PythonRows {
    /// The wheels' releases (`Version:` of their METADATA): Chinese, English.
    pub releases: [String; 2],
    /// `product, version, code, description_en, description_zh`, sorted.
    pub codes: Vec<Vec<String>>,
    /// One per (wheel, product, version, action), sorted.
    pub actions: Vec<ActionFacts>,
    /// `errorcodes.py` files read, over both wheels.
    pub errors_files: usize,
    /// `<package>_client.py` files read, over both wheels.
    pub client_files: usize,
}

/// Reads both unpacked wheels.
pub fn read(zh: &Path, en: &Path) -> Result<PythonRows, DataError> {
    let mut rows = PythonRows::default();
    // (product, version, code) -> (en, zh)
    let mut codes: BTreeMap<(String, String, String), (String, String)> = BTreeMap::new();
    for (index, root) in [zh, en].into_iter().enumerate() {
        let english = index == 1;
        rows.releases[index] = release(root, DISTRIBUTIONS[index])?;
        for (package, version, dir) in version_dirs(root)? {
            let product = product_of(&package).to_owned();
            let errors = dir.join("errorcodes.py");
            if errors.is_file() {
                rows.errors_files += 1;
                for (code, description) in parse_errorcodes(&errors, &read_text(&errors)?)? {
                    let texts = codes.entry((product.clone(), version.clone(), code)).or_default();
                    if english {
                        texts.0 = description;
                    } else {
                        texts.1 = description;
                    }
                }
            }
            let client = dir.join(format!("{package}_client.py"));
            if !client.is_file() {
                continue;
            }
            rows.client_files += 1;
            let parsed = parse_client(&client, &read_text(&client)?)?;
            if parsed.service.1 != product {
                return Err(error_at(
                    &client,
                    parsed.service.0,
                    format!(
                        "package `{package}` serves `{}`, not `{product}`: add the rename to PACKAGE_RENAMES",
                        parsed.service.1
                    ),
                ));
            }
            if parsed.actions.is_empty() {
                continue;
            }
            let models = dir.join("models.py");
            let with_token = client_token_requests(&models, &read_text(&models)?)?;
            for (line, action, rate_limit) in parsed.actions {
                let Some(&client_token) = with_token.get(&action) else {
                    return Err(error_at(&client, line, format!("{} has no class {action}Request", models.display())));
                };
                let (product, version) = (product.clone(), version.clone());
                rows.actions.push(ActionFacts { product, version, action, english, client_token, rate_limit });
            }
        }
    }
    rows.codes = codes.into_iter().map(|((p, v, c), (en, zh))| vec![p, v, c, en, zh]).collect();
    rows.actions.sort_by(|a, b| {
        (&a.product, &a.action, &a.version, a.english).cmp(&(&b.product, &b.action, &b.version, b.english))
    });
    Ok(rows)
}

/// The `Version:` of the one `*.dist-info/METADATA` in `root`, whose `Name:` must be `name`.
fn release(root: &Path, name: &str) -> Result<String, DataError> {
    let infos: Vec<String> = list_dirs(root)?.into_iter().filter(|d| d.ends_with(".dist-info")).collect();
    let [info] = infos.as_slice() else {
        let found = if infos.is_empty() { "none".to_owned() } else { infos.join(", ") };
        return Err(DataError(format!(
            "{}: expected one unpacked wheel of {name} (one *.dist-info directory), found {found}",
            root.display()
        )));
    };
    let metadata = root.join(info).join("METADATA");
    let text = read_text(&metadata)?;
    let field = |key: &str| text.lines().take_while(|l| !l.is_empty()).find_map(|l| l.strip_prefix(key)).map(str::trim);
    match (field("Name:"), field("Version:")) {
        (Some(found), Some(version)) if found == name && !version.is_empty() => Ok(version.to_owned()),
        (Some(found), _) if found != name => {
            Err(DataError(format!("{}: this is a wheel of {found}, expected {name}", metadata.display())))
        }
        _ => Err(DataError(format!("{}: no `Name:` and `Version:` lines", metadata.display()))),
    }
}

/// `(package, version, directory)` of every `tencentcloud/<package>/<version>/`, sorted.
fn version_dirs(root: &Path) -> Result<Vec<(String, String, PathBuf)>, DataError> {
    let base = root.join("tencentcloud");
    let mut found = Vec::new();
    for package in list_dirs(&base)? {
        for version in list_dirs(&base.join(&package))? {
            if is_version(&version) {
                let dir = base.join(&package).join(&version);
                found.push((package.clone(), version, dir));
            }
        }
    }
    if found.is_empty() {
        return Err(DataError(format!("{}: no tencentcloud/<package>/v<date>/ directories", root.display())));
    }
    Ok(found)
}

fn read_text(path: &Path) -> Result<String, DataError> {
    fs::read_to_string(path).map_err(|e| DataError(format!("{}: {e}", path.display())))
}

fn error_at(path: &Path, line: usize, message: impl std::fmt::Display) -> DataError {
    DataError(format!("{}:{line}: {message}", path.display()))
}

/// `(code, description)` of every constant of an `errorcodes.py`, in file order.
pub fn parse_errorcodes(path: &Path, text: &str) -> Result<Vec<(String, String)>, DataError> {
    let mut constants = Vec::new();
    let mut seen = BTreeSet::new();
    // The current run of `#` lines and the line it starts on; `None` before the first run
    // after the header and after each constant. The run that starts on line 1 is the
    // license header.
    let mut comment: Option<(usize, Vec<&str>)> = None;
    let mut in_header = false;
    let mut previous_was_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let line = raw.trim_end();
        if let Some(text) = line.trim_start().strip_prefix('#') {
            if number == 1 {
                in_header = true;
            } else if !previous_was_comment {
                in_header = false;
                if let Some((start, _)) = comment.replace((number, Vec::new())) {
                    return Err(error_at(path, start, "this comment belongs to no constant"));
                }
            }
            if !in_header && let Some((_, run)) = comment.as_mut() {
                run.push(text);
            }
            previous_was_comment = true;
            continue;
        }
        previous_was_comment = false;
        in_header = false;
        if line.trim().is_empty() {
            continue;
        }
        let (name, value) = constant(line).ok_or_else(|| {
            error_at(path, number, format!("expected `NAME = 'Code'` or a `#` comment, found `{}`", line.trim()))
        })?;
        let Some((_, run)) = comment.take() else {
            return Err(error_at(path, number, format!("constant {name} has no `#` comment above it")));
        };
        if !is_code(value) {
            return Err(error_at(path, number, format!("constant {name} has the value {value:?}, not an error code")));
        }
        if !seen.insert(value.to_owned()) {
            return Err(error_at(path, number, format!("code {value} is defined twice")));
        }
        constants.push((value.to_owned(), normalize(&run.join(" "))));
    }
    if let Some((start, _)) = comment {
        return Err(error_at(path, start, "this comment belongs to no constant"));
    }
    Ok(constants)
}

/// `NAME = 'value'` (a module-level Python constant with a plain string literal).
fn constant(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once('=')?;
    let name = name.trim_end();
    let value = value.trim();
    let value = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')).or_else(|| {
        value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) //
    })?;
    (is_identifier(name) && !value.contains(['\'', '"', '\\'])).then_some((name, value))
}

/// What a `<package>_client.py` holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ClientActions {
    /// The line and value of `_service = '...'`.
    pub service: (usize, String),
    /// `(line of the def, action, rate limit stated in its docstring)`, in file order.
    pub actions: Vec<(usize, String, Option<u32>)>,
}

/// The actions of a client file and the rate limits their docstrings state.
pub fn parse_client(path: &Path, text: &str) -> Result<ClientActions, DataError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut parsed = ClientActions::default();
    let mut seen = BTreeSet::new();
    let mut i = 0;
    while i < lines.len() {
        let number = i + 1;
        let line = lines[i];
        i += 1;
        if let Some(value) = line.trim().strip_prefix("_service = ") {
            let service = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\''));
            let service = service.ok_or_else(|| error_at(path, number, format!("cannot read `{}`", line.trim())))?;
            parsed.service = (number, service.to_owned());
            continue;
        }
        // Action methods sit at one indent in the class: `    def Name(self, request):`.
        let Some(rest) = line.strip_prefix("    def ") else { continue };
        let name = &rest[..rest.find('(').unwrap_or(rest.len())];
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if !is_identifier(name) || !rest[name.len()..].starts_with("(self, request") {
            return Err(error_at(path, number, format!("cannot read the action method `{}`", line.trim())));
        }
        if !seen.insert(name.to_owned()) {
            return Err(error_at(path, number, format!("action {name} is defined twice")));
        }
        // The docstring: from the line opening `"""` to the one closing it.
        let mut doc = String::new();
        if let Some(first) = lines.get(i).map(|l| l.trim_start())
            && let Some(open) = first.strip_prefix("r\"\"\"").or_else(|| first.strip_prefix("\"\"\""))
        {
            let mut current = open;
            let mut closed = false;
            loop {
                i += 1;
                if let Some(end) = current.find("\"\"\"") {
                    doc.push_str(&current[..end]);
                    closed = true;
                    break;
                }
                doc.push_str(current);
                doc.push('\n');
                // The next method starting inside a docstring means it is never closed.
                match lines.get(i) {
                    Some(next) if !next.starts_with("    def ") => current = next,
                    _ => break,
                }
            }
            if !closed {
                return Err(error_at(path, number + 1, format!("the docstring of {name} is never closed")));
            }
        }
        parsed.actions.push((number, name.to_owned(), rate_limit(&doc)));
    }
    if parsed.service.0 == 0 {
        return Err(DataError(format!("{}: no `_service = '...'` line", path.display())));
    }
    Ok(parsed)
}

/// The default request-rate limit a docstring states, in requests per second: the number in
/// `默认接口请求频率限制：N次/秒` (Chinese) or `Default API request rate limit: N requests/s`
/// (English, also `requests/sec` and `requests/second`), optionally in `**bold**`. Other
/// wordings and other units (`N次/10秒`) give none.
pub fn rate_limit(doc: &str) -> Option<u32> {
    const PHRASES: [(&str, &[&str]); 2] = [
        ("默认接口请求频率限制", &["次/秒"]),
        ("Default API request rate limit", &["requests/second", "requests/sec", "requests/s"]),
    ];
    for (phrase, units) in PHRASES {
        for (at, _) in doc.match_indices(phrase) {
            let rest = doc[at + phrase.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':')) else { continue };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("**").unwrap_or(rest);
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let unit = rest[digits..].trim_start();
            if digits > 0 && units.iter().any(|u| unit.starts_with(u)) {
                return rest[..digits].parse().ok();
            }
        }
    }
    None
}

/// Every `<Action>Request` class of a `models.py`, as action -> whether it has a
/// `ClientToken` property.
pub fn client_token_requests(path: &Path, text: &str) -> Result<BTreeMap<String, bool>, DataError> {
    let mut requests = BTreeMap::new();
    let mut current: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("class ") {
            let name = &rest[..rest.find(['(', ':']).unwrap_or(rest.len())];
            if !is_identifier(name) {
                return Err(error_at(path, i + 1, format!("cannot read the class name in `{line}`")));
            }
            current = name.strip_suffix("Request").filter(|a| !a.is_empty()).map(str::to_owned);
            if let Some(action) = &current
                && requests.insert(action.clone(), false).is_some()
            {
                return Err(error_at(path, i + 1, format!("class {name} is defined twice")));
            }
        } else if let Some(action) = &current
            && line.trim() == "def ClientToken(self):"
        {
            requests.insert(action.clone(), true);
        }
    }
    Ok(requests)
}

#[cfg(test)]
mod tests {
    use super::{client_token_requests, parse_client, parse_errorcodes, rate_limit};
    use std::path::Path;

    const HEADER: &str = "# -*- coding: utf8 -*-\n# Copyright (c) 2017-2025 Tencent. All Rights Reserved.\n#\n\n\n";

    fn errors(body: &str) -> Result<Vec<(String, String)>, String> {
        parse_errorcodes(Path::new("x/errorcodes.py"), &format!("{HEADER}{body}")).map_err(|e| e.to_string())
    }

    #[test]
    fn errorcodes_py_shapes() {
        let ok =
            "# 操作失败。\nFAILEDOPERATION = 'FailedOperation'\n\n# \nA_B = 'A.B'\n\n# Ends in a newline.\n\nC = 'C'\n";
        let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        assert_eq!(
            errors(ok).unwrap(),
            pairs(&[("FailedOperation", "操作失败。"), ("A.B", ""), ("C", "Ends in a newline.")])
        );
        assert_eq!(errors("").unwrap(), []);
        assert_eq!(
            errors("# a\n\n# b\nB = 'B'\n").unwrap_err(),
            "x/errorcodes.py:6: this comment belongs to no constant"
        );
        assert_eq!(
            errors("# a\nA = 'A'\n\n# b\n").unwrap_err(),
            "x/errorcodes.py:9: this comment belongs to no constant"
        );
        assert_eq!(errors("# a\n# b\nA = 'A'\n").unwrap(), pairs(&[("A", "a b")]));
        assert_eq!(errors("A = 'A'\n").unwrap_err(), "x/errorcodes.py:6: constant A has no `#` comment above it");
        assert_eq!(
            errors("# a\nA = 'A'\nB = 'B'\n").unwrap_err(),
            "x/errorcodes.py:8: constant B has no `#` comment above it"
        );
        assert!(errors("# a\nA = 'A\n").unwrap_err().starts_with("x/errorcodes.py:7: expected `NAME = 'Code'`"));
        assert!(errors("import os\n").unwrap_err().starts_with("x/errorcodes.py:6: expected"));
        assert!(errors("# a\nA = '{x'\n").unwrap_err().contains("not an error code"));
        assert!(
            errors("# a\nA = 'A'\n# b\nB = 'A'\n").unwrap_err().contains("x/errorcodes.py:9: code A is defined twice")
        );
        // Without a header, a comment on line 1 is still the license header.
        let error = parse_errorcodes(Path::new("e.py"), "# header\nA = 'A'\n").unwrap_err().to_string();
        assert_eq!(error, "e.py:2: constant A has no `#` comment above it");
    }

    #[test]
    fn client_py_shapes() {
        let text = "class DemoClient(AbstractClient):\n    _apiVersion = '2021-01-01'\n    _service = 'demo'\n\n\
                    \x20   def CreateThing(self, request):\n        r\"\"\"Creates.\n        默认接口请求频率限制：**20次/秒**。\n\n        \"\"\"\n        pass\n\n\
                    \x20   def Upload(self, request, body):\n        r\"\"\"Uploads.\"\"\"\n\n\
                    \x20   def _helper(self):\n        pass\n";
        let parsed = parse_client(Path::new("c.py"), text).unwrap();
        assert_eq!(parsed.service, (3, "demo".to_owned()));
        assert_eq!(parsed.actions, [(5, "CreateThing".to_owned(), Some(20)), (12, "Upload".to_owned(), None)]);
        let bad = "    _service = 'demo'\n    def Foo(self, request):\n        r\"\"\"never closed\n";
        assert_eq!(
            parse_client(Path::new("c.py"), bad).unwrap_err().to_string(),
            "c.py:3: the docstring of Foo is never closed"
        );
        let bad = "    _service = 'demo'\n    def Foo(self):\n";
        assert!(parse_client(Path::new("c.py"), bad).unwrap_err().to_string().starts_with("c.py:2: cannot read"));
        let error = parse_client(Path::new("c.py"), "    def Foo(self, request):\n").unwrap_err().to_string();
        assert_eq!(error, "c.py: no `_service = '...'` line");
    }

    #[test]
    fn rate_limits() {
        assert_eq!(rate_limit("a\n默认接口请求频率限制：20次/秒。"), Some(20));
        assert_eq!(rate_limit("默认接口请求频率限制: 5 次/秒"), Some(5));
        assert_eq!(rate_limit("<p>默认接口请求频率限制：**100次/秒**，如您</p>"), Some(100));
        assert_eq!(rate_limit("Default API request rate limit: **20 requests/sec**."), Some(20));
        assert_eq!(rate_limit("Default API request rate limit: 20 requests/s."), Some(20));
        assert_eq!(rate_limit("默认接口请求频率限制：1次/10秒。"), None);
        assert_eq!(rate_limit("该接口除受默认接口请求频率限制外，并发数不能超过15。"), None);
        assert_eq!(rate_limit("默认接口请求频率限制：5 页并发"), None);
        assert_eq!(rate_limit("默认接口请求频率限制外，默认接口请求频率限制：3次/秒"), Some(3));
    }

    #[test]
    fn models_py_shapes() {
        let text = "class A(AbstractModel):\n    def ClientToken(self):\n\
                    class CreateThingRequest(AbstractModel):\n    def __init__(self):\n    @property\n    def ClientToken(self):\n\
                    class CreateThingResponse(AbstractModel):\n\
                    class DescribeThingsRequest(AbstractModel):\n    def Limit(self):\n";
        let found = client_token_requests(Path::new("m.py"), text).unwrap();
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [("CreateThing".to_owned(), true), ("DescribeThings".to_owned(), false)]
        );
        let twice = "class ARequest(AbstractModel):\nclass ARequest(AbstractModel):\n";
        assert_eq!(
            client_token_requests(Path::new("m.py"), twice).unwrap_err().to_string(),
            "m.py:2: class ARequest is defined twice"
        );
    }
}
