//! `import-sdk`: the rows of the SDK extracts, read straight out of checkouts of Tencent's
//! official Go SDKs (`tencentcloud-sdk-go`, Chinese comments, and
//! `tencentcloud-sdk-go-intl-en`, English comments).
//!
//! Each SDK has `tencentcloud/<product>/<version>/` (versions are `v` and a date) with
//! * `errors.go`: one `const ( ... )` block; each constant `NAME = "Code.String"` has one
//!   `//` comment line above it, the code's description;
//! * `client.go`: one method `func (c *Client) <Action>(request *<Action>Request) ...` per
//!   API action, whose doc comment has a block headed `// 可能返回的错误码:` (Chinese) or
//!   `// error code that may be returned:` (English) listing `//  NAME = "Code.String"`.
//!   The `<Action>WithContext` twins repeat the block and are skipped.
//!
//! Only code strings and their one-line comments are read. Input that does not have these
//! shapes is an error naming the file and line.

use crate::data::DataError;
use crate::text::normalize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Headers of the error-code block in a method's doc comment (Chinese, English).
const CODE_BLOCK_HEADERS: [&str; 2] = ["可能返回的错误码", "error code that may be returned"];

/// What both SDKs hold, as rows shaped like the extracts' `api3-codes.tsv` and
/// `api3-actions.tsv`.
#[derive(Debug, Default)]
pub struct SdkRows {
    /// `product, version, code, description_en, description_zh`, sorted.
    pub codes: Vec<Vec<String>>,
    /// `product, version, action, code`, sorted, each once (the union of both SDKs).
    pub actions: Vec<Vec<String>>,
    /// `errors.go` files read, over both SDKs.
    pub errors_files: usize,
    /// `client.go` files read, over both SDKs.
    pub client_files: usize,
    /// Listed "codes" that are not code-shaped (fragments of doc examples), dropped.
    pub dropped: Vec<String>,
}

/// Reads both SDK checkouts.
pub fn read(zh: &Path, en: &Path) -> Result<SdkRows, DataError> {
    let mut rows = SdkRows::default();
    // (product, version, code) -> (en, zh)
    let mut codes: BTreeMap<(String, String, String), (String, String)> = BTreeMap::new();
    let mut actions: BTreeSet<(String, String, String, String)> = BTreeSet::new();
    for (root, english) in [(zh, false), (en, true)] {
        for (product, version, dir) in version_dirs(root)? {
            let errors = dir.join("errors.go");
            if errors.is_file() {
                rows.errors_files += 1;
                for (code, description) in parse_errors(&errors, &read_text(&errors)?)? {
                    let texts = codes.entry((product.clone(), version.clone(), code)).or_default();
                    if english {
                        texts.0 = description;
                    } else {
                        texts.1 = description;
                    }
                }
            }
            let client = dir.join("client.go");
            if client.is_file() {
                rows.client_files += 1;
                let parsed = parse_client(&client, &read_text(&client)?)?;
                rows.dropped.extend(parsed.dropped);
                for (action, listed) in parsed.actions {
                    for code in listed {
                        actions.insert((product.clone(), version.clone(), action.clone(), code));
                    }
                }
            }
        }
    }
    rows.codes = codes.into_iter().map(|((p, v, c), (en, zh))| vec![p, v, c, en, zh]).collect();
    rows.actions = actions.into_iter().map(|(p, v, a, c)| vec![p, v, a, c]).collect();
    Ok(rows)
}

/// `(product, version, directory)` of every `tencentcloud/<product>/<version>/`, sorted.
fn version_dirs(root: &Path) -> Result<Vec<(String, String, PathBuf)>, DataError> {
    let base = root.join("tencentcloud");
    let mut found = Vec::new();
    for product in list_dirs(&base)? {
        for version in list_dirs(&base.join(&product))? {
            if is_version(&version) {
                let dir = base.join(&product).join(&version);
                found.push((product.clone(), version, dir));
            }
        }
    }
    if found.is_empty() {
        return Err(DataError(format!("{}: no tencentcloud/<product>/v<date>/ directories", root.display())));
    }
    found.sort();
    Ok(found)
}

pub(super) fn list_dirs(dir: &Path) -> Result<Vec<String>, DataError> {
    let entries = fs::read_dir(dir).map_err(|e| DataError(format!("{}: {e}", dir.display())))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| DataError(format!("{}: {e}", dir.display())))?;
        if entry.path().is_dir()
            && let Some(name) = entry.file_name().to_str()
        {
            names.push(name.to_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// `v` followed by digits: `v20180717`.
pub(super) fn is_version(name: &str) -> bool {
    name.strip_prefix('v').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

fn read_text(path: &Path) -> Result<String, DataError> {
    fs::read_to_string(path).map_err(|e| DataError(format!("{}: {e}", path.display())))
}

fn error_at(path: &Path, line: usize, message: impl std::fmt::Display) -> DataError {
    DataError(format!("{}:{line}: {message}", path.display()))
}

/// `(code, description)` of every constant of an `errors.go`, in file order. A file without
/// a `const` block (Tencent ships some empty ones) has none.
pub fn parse_errors(path: &Path, text: &str) -> Result<Vec<(String, String)>, DataError> {
    let mut constants = Vec::new();
    let mut seen = BTreeSet::new();
    // The line where the open `const (` block starts, and the comment lines directly above
    // the next constant (joined if there are several).
    let mut open: Option<usize> = None;
    let mut comment: Vec<&str> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let line = raw.trim();
        if open.is_none() {
            if line == "const (" {
                open = Some(number);
            } else if line.starts_with("const ") || line.starts_with("const(") {
                return Err(error_at(path, number, format!("expected `const (`, found `{line}`")));
            }
            continue;
        }
        if line == ")" {
            open = None;
            comment.clear();
        } else if let Some(text) = line.strip_prefix("//") {
            comment.push(text);
        } else if line.is_empty() {
            // A comment followed by a blank line heads a group (`// 此产品的特有错误码`).
            comment.clear();
        } else {
            let (name, value) = constant(line).ok_or_else(|| {
                error_at(path, number, format!("expected `NAME = \"Code\"` in the const block, found `{line}`"))
            })?;
            if comment.is_empty() {
                return Err(error_at(path, number, format!("constant {name} has no `//` comment above it")));
            }
            if !is_code(value) {
                return Err(error_at(
                    path,
                    number,
                    format!("constant {name} has the value {value:?}, not an error code"),
                ));
            }
            if !seen.insert(value.to_owned()) {
                return Err(error_at(path, number, format!("code {value} is defined twice")));
            }
            constants.push((value.to_owned(), normalize(&comment.join(" "))));
            comment.clear();
        }
    }
    if let Some(start) = open {
        return Err(error_at(path, start, "this `const (` block is never closed"));
    }
    Ok(constants)
}

/// What a `client.go` lists.
#[derive(Debug, Default)]
pub struct ClientCodes {
    /// `(action, codes)` in file order; codes in listed order, each once.
    pub actions: Vec<(String, Vec<String>)>,
    /// Listed values that are not code-shaped.
    pub dropped: Vec<String>,
}

/// The error codes each action method of a `client.go` documents. Methods without an
/// error-code block list no codes and are left out.
pub fn parse_client(path: &Path, text: &str) -> Result<ClientCodes, DataError> {
    let mut parsed = ClientCodes::default();
    let mut seen_actions = BTreeSet::new();
    // The doc comment directly above the current line: (line number, text after `//`).
    let mut doc: Vec<(usize, &str)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let line = raw.trim_end();
        if let Some(comment) = line.trim_start().strip_prefix("//") {
            doc.push((number, comment));
            continue;
        }
        if let Some(rest) = line.strip_prefix("func (c *Client) ") {
            let name_end = rest.find('(').ok_or_else(|| error_at(path, number, "method without a parameter list"))?;
            let name = &rest[..name_end];
            if !is_identifier(name) {
                return Err(error_at(path, number, format!("cannot read the method name in `{line}`")));
            }
            let is_action = rest[name_end..].starts_with(&format!("(request *{name}Request)"));
            if is_action && !name.ends_with("WithContext") {
                if !seen_actions.insert(name.to_owned()) {
                    return Err(error_at(path, number, format!("action {name} is defined twice")));
                }
                let codes = code_block(path, &doc, &mut parsed.dropped)?;
                if !codes.is_empty() {
                    parsed.actions.push((name.to_owned(), codes));
                }
            }
        }
        doc.clear();
    }
    Ok(parsed)
}

/// The codes listed under the error-code header of a doc comment, each once.
fn code_block(path: &Path, doc: &[(usize, &str)], dropped: &mut Vec<String>) -> Result<Vec<String>, DataError> {
    let Some(header) = doc.iter().position(|(_, text)| {
        let text = text.trim().trim_end_matches([':', '：']).trim_end();
        CODE_BLOCK_HEADERS.contains(&text)
    }) else {
        return Ok(Vec::new());
    };
    let mut codes: Vec<String> = Vec::new();
    for &(number, text) in &doc[header + 1..] {
        // Listed lines are indented (`//  NAME = "Code"`); anything else ends the block.
        if !text.starts_with(char::is_whitespace) || text.trim().is_empty() {
            break;
        }
        let item = text.trim();
        let Some((name, value)) = item.split_once('=') else { break };
        let (name, value) = (name.trim(), value.trim());
        let inner = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).filter(|v| !v.is_empty());
        let (true, Some(inner)) = (is_identifier(name), inner) else {
            let expected = "expected `NAME = \"Code\"` in the error-code list";
            return Err(error_at(path, number, format!("{expected}, found `{item}`")));
        };
        if !is_code(inner) {
            // A fragment of a doc example that happens to follow the list (`{\`).
            dropped.push(format!("{}:{number}: {item}", path.display()));
        } else if !codes.iter().any(|c| c == inner) {
            codes.push(inner.to_owned());
        }
    }
    Ok(codes)
}

/// `NAME = "value"` (a Go constant with a plain string literal) as `(NAME, value)`.
fn constant(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once('=')?;
    let name = name.trim();
    let value = value.trim().strip_prefix('"')?.strip_suffix('"')?;
    (is_identifier(name) && !value.contains(['"', '\\'])).then_some((name, value))
}

pub(super) fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `[A-Za-z][A-Za-z0-9_.]*`, the shape of every code in Tencent's SDKs.
pub(super) fn is_code(code: &str) -> bool {
    code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::{parse_client, parse_errors};
    use std::path::Path;

    fn errors(text: &str) -> Result<Vec<(String, String)>, String> {
        parse_errors(Path::new("x/errors.go"), text).map_err(|e| e.to_string())
    }

    #[test]
    fn errors_go_shapes() {
        let ok = "package x\n\nconst (\n\t// 此产品的特有错误码\n\n\t// 操作失败。\n\tFAILEDOPERATION = \"FailedOperation\"\n\n\t//\n\tA_B = \"A.B\"\n)\n";
        assert_eq!(
            errors(ok).unwrap(),
            [("FailedOperation".to_owned(), "操作失败。".to_owned()), ("A.B".to_owned(), String::new())]
        );
        assert_eq!(errors("package x\n").unwrap(), []);
        assert_eq!(
            errors("const (\n\tA = \"A\"\n)\n").unwrap_err(),
            "x/errors.go:2: constant A has no `//` comment above it"
        );
        assert_eq!(
            errors("const (\n\t// a\n\tA = \"A\"\n").unwrap_err(),
            "x/errors.go:1: this `const (` block is never closed"
        );
        assert!(errors("const (\n\t// a\n\tA = \"A\n)\n").unwrap_err().starts_with("x/errors.go:3: expected `NAME"));
        assert!(errors("const (\n\t// a\n\tA = \"{x\"\n)\n").unwrap_err().contains("not an error code"));
        assert!(
            errors("const (\n\t// a\n\tA = \"A\"\n\t// b\n\tB = \"A\"\n)\n").unwrap_err().contains("defined twice")
        );
        assert_eq!(errors("const (\n\t// a\n)\n").unwrap(), []);
        assert!(errors("const (\n\t// a\n\n\tA = \"A\"\n)\n").unwrap_err().contains("no `//` comment"));
        assert!(errors("const X = \"A\"\n").unwrap_err().starts_with("x/errors.go:1: expected `const (`"));
    }

    #[test]
    fn client_go_shapes() {
        let text = "// Foo does.\n//\n// 可能返回的错误码:\n//  A = \"A\"\n//  B_C = \"B.C\"\n//  X = \"{\\\"\n\
                    func (c *Client) Foo(request *FooRequest) (response *FooResponse, err error) {\n}\n\
                    // 可能返回的错误码:\n//  A = \"A\"\n\
                    func (c *Client) FooWithContext(ctx context.Context, request *FooRequest) (response *FooResponse, err error) {\n}\n\
                    // Bar lists nothing.\nfunc (c *Client) Bar(request *BarRequest) (response *BarResponse, err error) {\n}\n";
        let parsed = parse_client(Path::new("c.go"), text).unwrap();
        assert_eq!(parsed.actions, [("Foo".to_owned(), vec!["A".to_owned(), "B.C".to_owned()])]);
        assert_eq!(parsed.dropped.len(), 1);
        let bad = "// error code that may be returned:\n//  A = \"A\n\
                   func (c *Client) Foo(request *FooRequest) (response *FooResponse, err error) {\n";
        let error = parse_client(Path::new("c.go"), bad).unwrap_err().to_string();
        assert!(error.starts_with("c.go:2: expected `NAME = \"Code\"`"), "{error}");
    }
}
