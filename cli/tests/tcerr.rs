//! End-to-end tests of the `tcerr` binary: each runs the built executable the way a user
//! would and checks its standard output, standard error and exit status.

use std::fmt;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use serde::Deserializer as _;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use tencent_errors::{Code, Lang, catalog};

const API3_BODY: &str = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
const API2_BODY: &str = r#"{"code":4000,"message":"(-514) Resource already exists","codeDesc":"InvalidParameter"}"#;

/// `tcerr` with an English locale, whatever the machine's, so that output is predictable.
fn tcerr() -> Command {
    locale(&[("LC_ALL", "C"), ("LANG", "C")])
}

/// `tcerr` with exactly the given locale variables set (the others removed).
fn locale(vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tcerr"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    command
}

/// Runs `command` with `args` and no input, returning its output.
fn run(mut command: Command, args: &[&str]) -> Output {
    command.args(args).stdin(Stdio::null()).output().expect("tcerr runs")
}

/// Runs `command` with `args`, writing `input` to its standard input.
fn run_with_input(mut command: Command, args: &[&str], input: &str) -> Output {
    let mut child =
        command.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Asserts the exit status, showing both streams when it is not the expected one.
#[track_caller]
fn assert_status(output: &Output, expected: i32) {
    assert_eq!(output.status.code(), Some(expected), "stdout:\n{}\nstderr:\n{}", stdout(output), stderr(output));
}

/// The value of the `label:` line of `tcerr CODE` output.
#[track_caller]
fn field<'a>(text: &'a str, label: &str) -> &'a str {
    let prefix = format!("{label}:");
    let line = text.lines().find(|line| line.starts_with(&prefix)).unwrap_or_else(|| panic!("no {label} in\n{text}"));
    line[prefix.len()..].trim()
}

/// Writes `body` to a fresh file in the test's temporary directory and returns its path.
fn body_file(name: &str, body: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tcerr-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

#[test]
fn show_legacy_code_in_english() {
    let output = run(tcerr(), &["4100"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let entry = catalog::lookup(Code::Legacy(4100)).unwrap();
    assert_eq!(field(&text, "code"), "4100");
    assert_eq!(field(&text, "family"), "access");
    assert_eq!(field(&text, "message"), "Authentication failed");
    assert_eq!(field(&text, "message (zh)"), "鉴权失败");
    assert_eq!(field(&text, "description"), entry.description(Lang::En).unwrap());
    assert_eq!(field(&text, "retry"), "never");
    // 4100's seed documents word it differently; those wordings are shown too.
    let alternate = entry.alternates().next().expect("4100 has alternates");
    assert!(text.contains(alternate.source()), "{text}");
}

#[test]
fn show_legacy_code_in_chinese() {
    let output = run(tcerr(), &["4100", "--lang", "zh"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "message"), "鉴权失败");
    assert_eq!(field(&text, "message (en)"), "Authentication failed");
    assert_eq!(field(&text, "description"), "签名鉴权失败，请参考文档中鉴权部分。");
}

#[test]
fn language_comes_from_the_locale() {
    // LC_ALL wins over LANG; an empty LC_ALL does not count.
    let zh = run(locale(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]), &["4100"]);
    assert_eq!(field(&stdout(&zh), "message"), "鉴权失败");
    let zh = run(locale(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")]), &["4100"]);
    assert_eq!(field(&stdout(&zh), "message"), "鉴权失败");
    let en = run(locale(&[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")]), &["4100"]);
    assert_eq!(field(&stdout(&en), "message"), "Authentication failed");
    // `--lang` beats the locale.
    let en = run(locale(&[("LC_ALL", "zh_CN.UTF-8")]), &["--lang", "en", "4100"]);
    assert_eq!(field(&stdout(&en), "message"), "Authentication failed");
}

#[test]
fn show_api3_code() {
    let output = run(tcerr(), &["AuthFailure.SignatureFailure"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let entry = catalog::lookup(Code::Api3("AuthFailure.SignatureFailure")).unwrap();
    assert_eq!(field(&text, "code"), "AuthFailure.SignatureFailure");
    assert_eq!(field(&text, "family"), "common");
    assert_eq!(field(&text, "message"), entry.message(Lang::En));
    assert_eq!(field(&text, "retry"), "never");
    // Products document the code too: they are listed.
    let products: Vec<&str> =
        catalog::lookup_all(Code::Api3("AuthFailure.SignatureFailure")).filter_map(|e| e.product()).collect();
    assert!(!products.is_empty());
    let defined_by = field(&text, "defined by");
    for product in products {
        assert!(defined_by.contains(product), "{text}");
    }
}

#[test]
fn show_module_code_and_its_api3_equivalent() {
    let output = run(tcerr(), &["-514"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "family"), "module");
    assert_eq!(field(&text, "product"), "monitor");
    assert_eq!(field(&text, "API 3.0 code"), "OperationDenied.SourceAlreadyExists");
}

#[test]
fn show_code_of_one_product() {
    let output = run(tcerr(), &["--product", "vod", "ResourceNotFound.FileNotExist"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "product"), "vod");
    assert_eq!(field(&text, "message"), "Resource does not exist: The file does not exist.");
    // The product may also come after the code.
    let after = run(tcerr(), &["ResourceNotFound.FileNotExist", "--product", "vod"]);
    assert_eq!(stdout(&after), text);
}

#[test]
fn code_missing_from_a_product_names_the_products_that_have_it() {
    let output = run(tcerr(), &["--product", "cvm", "FailedOperation.ClassNoFound"]);
    assert_status(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("`cvm`") && err.contains("vod"), "{err}");
}

#[test]
fn unknown_product_is_an_error_with_a_suggestion() {
    let output = run(tcerr(), &["--product", "vdo", "ResourceNotFound.FileNotExist"]);
    assert_status(&output, 2);
    let err = stderr(&output);
    assert!(err.contains("unknown product `vdo`"), "{err}");
    assert!(err.contains("did you mean") && err.contains("`vod`"), "{err}");
    assert!(stdout(&output).is_empty());
}

#[test]
fn unknown_code_suggests_close_codes() {
    let output = run(tcerr(), &["AuthFailure.SignatureFailur"]);
    assert_status(&output, 1);
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.contains("unknown Tencent Cloud error code `AuthFailure.SignatureFailur`"), "{err}");
    assert!(err.contains("did you mean"), "{err}");
    let suggestion = err.lines().find(|line| line.trim_start().starts_with("AuthFailure.SignatureFailure")).unwrap();
    let message = catalog::lookup(Code::Api3("AuthFailure.SignatureFailure")).unwrap().message(Lang::En);
    assert!(suggestion.ends_with(message), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_status(&run(tcerr(), &[]), 2);
    assert_status(&run(tcerr(), &["--lang", "fr", "4100"]), 2);
    assert_status(&run(tcerr(), &["4100", "list"]), 2);
    assert_status(&run(tcerr(), &["search"]), 2);
    assert_status(&run(tcerr(), &["list", "--family", "nope"]), 2);
}

#[test]
fn search_finds_signature_failure() {
    let output = run(tcerr(), &["search", "signaturefailure"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("AuthFailure.SignatureFailure "), "{text}");
    // One line per entry: every entry of the code, common and per product.
    let entries = catalog::lookup_all(Code::Api3("AuthFailure.SignatureFailure")).count();
    assert_eq!(text.lines().filter(|line| line.starts_with("AuthFailure.SignatureFailure ")).count(), entries);
}

#[test]
fn search_needs_every_word_and_ignores_case() {
    let output = run(tcerr(), &["search", "--product", "vod", "FILE", "not", "EXIST"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert!(text.lines().any(|line| line.starts_with("ResourceNotFound.FileNotExist ")), "{text}");
    for line in text.lines() {
        let lower = line.to_lowercase();
        assert!(lower.contains(" vod "), "{line}");
    }
}

#[test]
fn search_chinese_word() {
    let output = run(tcerr(), &["search", "鉴权失败", "--limit", "0"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert!(text.lines().any(|line| line.split_whitespace().next() == Some("4100")), "{text}");
    // Shown in the chosen language even though the match was in Chinese.
    let line = text.lines().find(|line| line.starts_with("4100 ")).unwrap();
    assert!(line.ends_with("Authentication failed"), "{line}");
}

#[test]
fn search_limit_reports_the_rest() {
    let output = run(tcerr(), &["search", "signature", "--limit", "2"]);
    assert_status(&output, 0);
    assert_eq!(stdout(&output).lines().count(), 2);
    let err = stderr(&output);
    assert!(err.contains("more") && err.contains("matched"), "{err}");
}

#[test]
fn search_without_hits_exits_1() {
    let output = run(tcerr(), &["search", "zzqqxxnothing"]);
    assert_status(&output, 1);
    assert!(stdout(&output).is_empty());
    assert!(stderr(&output).contains("zzqqxxnothing"));
}

#[test]
fn explain_api3_body_from_a_file() {
    let path = body_file("api3.json", API3_BODY);
    let output = run(tcerr(), &["explain", path.to_str().unwrap()]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "code"), "AuthFailure.SignatureFailure");
    assert_eq!(field(&text, "message"), "The provided credentials could not be validated.");
    assert_eq!(field(&text, "request id"), "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
    let message = catalog::lookup(Code::Api3("AuthFailure.SignatureFailure")).unwrap().message(Lang::En);
    assert_eq!(field(&text, "catalog"), message);
    assert_eq!(field(&text, "retry"), "never");
}

#[test]
fn explain_api3_body_from_stdin() {
    let output = run_with_input(tcerr(), &["explain", "-"], API3_BODY);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "code"), "AuthFailure.SignatureFailure");
    assert_eq!(field(&text, "request id"), "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
}

#[test]
fn explain_api2_body_from_stdin() {
    let output = run_with_input(tcerr(), &["explain", "-"], API2_BODY);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "code"), "4000");
    assert_eq!(field(&text, "message"), "(-514) Resource already exists");
    assert_eq!(field(&text, "code desc"), "InvalidParameter");
    assert_eq!(field(&text, "catalog"), "Invalid request parameter");
    assert_eq!(field(&text, "module code"), "-514");
    assert!(field(&text, "module catalog").starts_with("Resource already exists"), "{text}");
    assert_eq!(field(&text, "API 3.0 code"), "OperationDenied.SourceAlreadyExists");
    assert_eq!(field(&text, "retry"), "never");
}

#[test]
fn explain_api2_body_from_a_file_in_chinese() {
    let path = body_file("api2.json", API2_BODY);
    let output = run(tcerr(), &["explain", path.to_str().unwrap(), "--lang", "zh"]);
    assert_status(&output, 0);
    assert_eq!(field(&stdout(&output), "catalog"), "请求参数非法");
}

#[test]
fn explain_retry_weighs_the_module_code() {
    let output = run_with_input(tcerr(), &["explain", "-"], r#"{"code":4000,"message":"(-513) db error"}"#);
    assert_status(&output, 0);
    assert_eq!(field(&stdout(&output), "retry"), "transient");
}

#[test]
fn explain_success_body() {
    for body in [r#"{"Response":{"RequestId":"x"}}"#, r#"{"code":0,"message":""}"#] {
        let output = run_with_input(tcerr(), &["explain", "-"], body);
        assert_status(&output, 0);
        assert!(stdout(&output).contains("success"), "{body}");
    }
}

#[test]
fn explain_malformed_body_exits_2_with_position() {
    let output = run_with_input(tcerr(), &["explain", "-"], "{\"code\":4000,\n \"message\": oops}");
    assert_status(&output, 2);
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.contains("invalid Tencent Cloud response body"), "{err}");
    assert!(err.contains("line 2 column"), "{err}");
}

#[test]
fn explain_missing_file_exits_2() {
    let path = std::env::temp_dir().join("tcerr-test-no-such-dir/no-such-file.json");
    let output = run(tcerr(), &["explain", path.to_str().unwrap()]);
    assert_status(&output, 2);
    let err = stderr(&output);
    assert!(err.contains("cannot read") && err.contains("no-such-file.json"), "{err}");
}

#[test]
fn list_json_is_the_whole_catalog() {
    let output = run(tcerr(), &["list", "--json"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(text.lines().count(), catalog::iter().len());
    for (line, entry) in text.lines().zip(catalog::iter()) {
        assert_eq!(keys_in_order(line), LIST_KEYS, "{line}");
        let value: serde_json::Value = serde_json::from_str(line).expect(line);
        let object = value.as_object().expect(line);
        assert_eq!(object["family"], entry.family().to_string());
        assert_eq!(object["retry"], entry.retry().to_string());
        assert_eq!(object["documented"].as_bool(), Some(entry.is_documented()), "{line}");
        assert_eq!(object["http_status"].as_u64(), entry.http_status().map(u64::from), "{line}");
        assert_eq!(object["product"].as_str(), entry.product());
        assert_eq!(object["message_zh"].as_str(), entry.message_in(Lang::Zh));
        assert_eq!(object["description_en"].as_str(), entry.description_in(Lang::En));
        match entry.code() {
            Code::Legacy(n) => assert_eq!(object["code"].as_i64(), Some(i64::from(n)), "{line}"),
            Code::Api3(code) | Code::Cos(code) => assert_eq!(object["code"].as_str(), Some(code), "{line}"),
        }
    }
}

/// The keys of `tcerr list --json`'s objects, in the order they are written: the nine the
/// format started with, then the ones added later.
const LIST_KEYS: [&str; 11] = [
    "code",
    "family",
    "product",
    "message_en",
    "message_zh",
    "description_en",
    "description_zh",
    "api3_equivalent",
    "retry",
    "documented",
    "http_status",
];

/// The keys of the JSON object on `line`, in the order they are written (`serde_json::Value`
/// would sort them).
#[track_caller]
fn keys_in_order(line: &str) -> Vec<String> {
    struct Keys;
    impl<'de> Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            let mut keys = Vec::new();
            while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                keys.push(key);
            }
            Ok(keys)
        }
    }
    let mut reader = serde_json::Deserializer::from_str(line);
    (&mut reader).deserialize_map(Keys).unwrap_or_else(|err| panic!("{err}: {line}"))
}

#[test]
fn list_json_writes_its_keys_in_a_fixed_order() {
    let output = run(tcerr(), &["list", "--json", "--product", "vod"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let line = text.lines().find(|line| line.contains(r#""code":"FailedOperation.InvalidVodUser""#)).expect(&text);
    assert_eq!(keys_in_order(line), LIST_KEYS, "{line}");
    // The whole line, byte for byte, from the catalog's values in that order.
    let entry = catalog::lookup_in("vod", Code::Api3("FailedOperation.InvalidVodUser")).unwrap();
    let json = |value: Option<&str>| serde_json::to_string(&value).unwrap();
    let expected = format!(
        r#"{{"code":"FailedOperation.InvalidVodUser","family":"product","product":"vod","message_en":{},"message_zh":{},"description_en":{},"description_zh":{},"api3_equivalent":{},"retry":"{}","documented":true,"http_status":null}}"#,
        json(entry.message_in(Lang::En)),
        json(entry.message_in(Lang::Zh)),
        json(entry.description_in(Lang::En)),
        json(entry.description_in(Lang::Zh)),
        json(entry.api3_equivalent()),
        entry.retry(),
    );
    assert_eq!(line, expected);
}

#[test]
fn list_json_legacy_code_is_a_number_and_texts_are_raw() {
    let output = run(tcerr(), &["list", "--json", "--family", "module"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let line = text
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .find(|value| value["code"] == -514)
        .expect("-514 is listed");
    assert!(line["code"].is_number());
    assert_eq!(line["message_en"], "Resource already exists");
    // No Chinese text is documented: null, not the English fallback.
    assert!(line["message_zh"].is_null());
    assert_eq!(line["api3_equivalent"], "OperationDenied.SourceAlreadyExists");
}

#[test]
fn list_filters_by_product_and_family() {
    let output = run(tcerr(), &["list", "--product", "vod", "--family", "product"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let expected = catalog::iter().filter(|entry| entry.product() == Some("vod")).count();
    assert_eq!(text.lines().count(), expected);
    assert!(text.lines().any(|line| line.starts_with("ResourceNotFound.FileNotExist ")), "{text}");

    let access = run(tcerr(), &["list", "--family", "access", "--lang", "zh"]);
    let access = stdout(&access);
    assert_eq!(access.lines().count(), 16);
    assert!(access.lines().any(|line| line.starts_with("4100 ") && line.ends_with("鉴权失败")), "{access}");
}

/// Like `tcerr ARGS | head -1`: reads one line, then goes away while tcerr still has plenty
/// to write; tcerr must end quietly with status 0.
fn assert_exits_cleanly_into_a_closed_pipe(args: &[&str]) {
    let mut child = tcerr().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    assert!(!first.is_empty());
    drop(reader);
    let output = child.wait_with_output().unwrap();
    let err = stderr(&output);
    assert!(!err.contains("panicked"), "{err}");
    assert_status(&output, 0);
}

#[test]
fn list_into_a_closed_pipe_exits_cleanly() {
    assert_exits_cleanly_into_a_closed_pipe(&["list", "--json"]);
    assert_exits_cleanly_into_a_closed_pipe(&["list"]);
}

/// The lines of `tcerr actions PRODUCT ACTION` after its header, as (code, message) pairs.
fn action_code_lines(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .skip(1)
        .filter(|line| line.starts_with("  "))
        .map(|line| {
            let line = line.trim_start();
            let (code, message) = line.split_once(' ').unwrap_or((line, ""));
            (code, message.trim_start())
        })
        .collect()
}

#[test]
fn actions_of_one_action_lists_its_codes() {
    let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
    let output = run(tcerr(), &["actions", "vod", "DescribeMediaInfos"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let header = text.lines().next().unwrap();
    assert_eq!(header, format!("vod DescribeMediaInfos: {} error codes", action.codes().len()));
    let lines = action_code_lines(&text);
    assert_eq!(lines.len(), action.codes().len(), "{text}");
    let codes: Vec<&str> = lines.iter().map(|(code, _)| *code).collect();
    assert!(codes.contains(&"FailedOperation.InvalidVodUser"), "{text}");
    assert!(codes.contains(&"InvalidParameterValue.FileIds"), "{text}");
    for ((code, message), entry) in lines.iter().zip(action.codes()) {
        assert_eq!(*code, entry.code().to_string());
        assert_eq!(*message, entry.message(Lang::En));
    }

    // The texts follow `--lang`.
    let zh = stdout(&run(tcerr(), &["actions", "vod", "DescribeMediaInfos", "--lang", "zh"]));
    let invalid_vod_user = catalog::lookup_in("vod", Code::Api3("FailedOperation.InvalidVodUser")).unwrap();
    let line = action_code_lines(&zh).into_iter().find(|(code, _)| *code == "FailedOperation.InvalidVodUser").unwrap();
    assert_eq!(line.1, invalid_vod_user.message(Lang::Zh));

    // The product may come as `--product` instead.
    let option = run(tcerr(), &["--product", "vod", "actions", "DescribeMediaInfos"]);
    assert_status(&option, 0);
    assert_eq!(stdout(&option), text);
}

#[test]
fn actions_of_one_action_ends_with_its_version_traits_and_explorer_page() {
    let text = stdout(&run(tcerr(), &["actions", "cvm", "RunInstances"]));
    let tail: Vec<&str> = text.lines().rev().take(2).collect();
    assert_eq!(
        tail[0],
        "explorer: https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances"
    );
    assert!(tail[1].starts_with("api version: 2017-03-12 (writes; takes a ClientToken"), "{}", tail[1]);
    let describe = stdout(&run(tcerr(), &["actions", "vod", "DescribeMediaInfos"]));
    assert!(describe.contains("(read-only; no ClientToken"), "{describe}");
}

#[test]
fn actions_json_has_exactly_three_keys() {
    let action = catalog::action("cvm", "RunInstances").unwrap();
    let output = run(tcerr(), &["actions", "cvm", "RunInstances", "--json"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 170);
    assert_eq!(text.lines().count(), action.codes().len());
    for (line, entry) in text.lines().zip(action.codes()) {
        let value: serde_json::Value = serde_json::from_str(line).expect(line);
        let object = value.as_object().expect(line);
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["code", "message_en", "message_zh"], "{line}");
        assert_eq!(object["code"].as_str(), Some(entry.code().to_string().as_str()), "{line}");
        assert_eq!(object["message_en"].as_str(), entry.message_in(Lang::En), "{line}");
        assert_eq!(object["message_zh"].as_str(), entry.message_in(Lang::Zh), "{line}");
    }
}

#[test]
fn actions_of_a_product_lists_them_with_their_code_counts() {
    let actions: Vec<_> = catalog::actions("vod").collect();
    let output = run(tcerr(), &["actions", "vod"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(text.lines().next().unwrap(), format!("vod: {} actions documenting error codes", actions.len()));
    assert_eq!(text.lines().count(), actions.len() + 1);
    for (line, action) in text.lines().skip(1).zip(&actions) {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(words[0], action.name(), "{line}");
        assert_eq!(words[1], action.codes().len().to_string(), "{line}");
    }
    let describe = text.lines().find(|line| line.split_whitespace().next() == Some("DescribeMediaInfos")).unwrap();
    assert!(describe.ends_with(" 10 codes"), "{describe}");

    let json = stdout(&run(tcerr(), &["actions", "vod", "--json"]));
    assert_eq!(json.lines().count(), actions.len());
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(first["action"], actions[0].name());
    assert_eq!(first["codes"], actions[0].codes().len());
}

#[test]
fn actions_unknown_action_suggests_close_names() {
    let output = run(tcerr(), &["actions", "vod", "DescribeMediaInfo"]);
    assert_status(&output, 1);
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.contains("no action `DescribeMediaInfo`"), "{err}");
    assert!(err.contains("did you mean") && err.contains("`DescribeMediaInfos`"), "{err}");
    // Names are case-sensitive, but the right spelling is offered.
    let output = run(tcerr(), &["actions", "cvm", "runinstances"]);
    assert_status(&output, 1);
    assert!(stderr(&output).contains("`RunInstances`"));
}

#[test]
fn actions_unknown_product_is_an_error_with_a_suggestion() {
    for args in [&["actions", "vdo"][..], &["actions", "vdo", "DescribeMediaInfos"][..]] {
        let output = run(tcerr(), args);
        assert_status(&output, 2);
        assert!(stdout(&output).is_empty());
        let err = stderr(&output);
        assert!(err.contains("unknown product `vdo`") && err.contains("`vod`"), "{err}");
    }
    // Two different products are a usage error.
    assert_status(&run(tcerr(), &["--product", "cvm", "actions", "vod"]), 2);
}

#[test]
fn show_with_product_lists_the_actions_returning_the_code() {
    let output = run(tcerr(), &["--product", "vod", "FailedOperation.InvalidVodUser"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let expected: Vec<&str> =
        catalog::actions_returning("vod", Code::Api3("FailedOperation.InvalidVodUser")).map(|a| a.name()).collect();
    assert!(expected.contains(&"DescribeMediaInfos"));
    // The list is wrapped onto indented lines after the `actions:` one.
    let start = text.find("\nactions:").expect("an actions line") + 1;
    let listed: String = text[start..]
        .lines()
        .enumerate()
        .take_while(|(i, line)| *i == 0 || line.starts_with(' '))
        .map(|(_, line)| line)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(listed.contains(&format!("{} of vod:", expected.len())), "{listed}");
    let names: Vec<&str> = listed.split(':').nth(2).unwrap().split(',').map(str::trim).collect();
    assert_eq!(names, expected);

    // A common code: the actions of the given product that list it.
    let common = stdout(&run(tcerr(), &["--product", "vod", "UnauthorizedOperation"]));
    let count = catalog::actions_returning("vod", Code::Api3("UnauthorizedOperation")).count();
    assert!(field(&common, "actions").starts_with(&format!("{count} of vod:")), "{common}");
}

#[test]
fn show_says_when_no_action_returns_the_code() {
    // A product's own code that none of its (documented) actions lists.
    let entry = catalog::iter()
        .find(|entry| {
            matches!(entry.code(), Code::Api3(_))
                && entry.product().is_some_and(|product| catalog::actions(product).len() > 0)
                && entry.actions().next().is_none()
        })
        .expect("a product code none of its product's actions lists");
    let (code, product) = (entry.code().to_string(), entry.product().unwrap());
    let output = run(tcerr(), &["--product", product, &code]);
    assert_status(&output, 0);
    let actions = catalog::actions(product).len();
    let expected = format!("none of the {actions} actions of {product} lists this code");
    assert_eq!(field(&stdout(&output), "actions"), expected);
    // Legacy codes have no actions line at all.
    assert!(!stdout(&run(tcerr(), &["--product", "vod", "4100"])).contains("actions:"));
}

#[test]
fn show_without_product_caps_the_actions_of_the_entry() {
    // A product code shown without `--product` (no common entry, first product's wording)
    // that many actions list.
    let entry = catalog::iter()
        .find(|entry| {
            entry.product().is_some() && catalog::lookup(entry.code()) == Some(*entry) && entry.actions().count() > 20
        })
        .expect("a product code with many actions");
    let code = entry.code().to_string();
    let product = entry.product().unwrap();
    let text = stdout(&run(tcerr(), &[&code]));
    let total = entry.actions().count();
    let value = field(&text, "actions");
    assert!(value.starts_with(&format!("{total} of {product}: ")), "{text}");
    assert!(text.contains(&format!("and {} more", total - 12)), "{text}");
    assert!(text.contains(entry.actions().next().unwrap().name()), "{text}");
}

#[test]
fn actions_into_a_closed_pipe_exits_cleanly() {
    assert_exits_cleanly_into_a_closed_pipe(&["actions", "cvm", "RunInstances", "--json"]);
    assert_exits_cleanly_into_a_closed_pipe(&["actions", "vod"]);
}

/// A code that only products document, some of them in Chinese only: `aai` (first in name
/// order) has no English text, `asr` and `tmt` do.
const SHARED_CODE_BODY: &str =
    r#"{"Response":{"Error":{"Code":"FailedOperation.ServiceIsolate","Message":"isolated"},"RequestId":"r-1"}}"#;

#[test]
fn explain_shows_a_shared_code_in_the_readers_language_and_names_the_other_products() {
    let en = stdout(&run_with_input(tcerr(), &["explain", "-"], SHARED_CODE_BODY));
    let asr = catalog::lookup_in("asr", Code::Api3("FailedOperation.ServiceIsolate")).unwrap();
    let catalog_line = field(&en, "catalog");
    assert!(catalog_line.starts_with(&format!("{} (asr); also documented by aai, tmt", asr.message(Lang::En))), "{en}");
    let zh = stdout(&run_with_input(locale(&[("LANG", "zh_CN.UTF-8")]), &["explain", "-"], SHARED_CODE_BODY));
    assert!(field(&zh, "catalog").contains("(aai); also documented by asr, tmt"), "{zh}");
    // With --product, that product's wording and no list.
    let tmt = stdout(&run_with_input(tcerr(), &["explain", "-", "--product", "tmt"], SHARED_CODE_BODY));
    assert!(field(&tmt, "catalog").ends_with("(tmt)"), "{tmt}");
}

#[test]
fn show_says_when_a_code_is_no_longer_listed() {
    let output = run(tcerr(), &["InvalidParameter.ClientAffinityCLose"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert_eq!(field(&text, "documented"), "no longer listed by the newest SDK (last listed by sdk-go v1.3.166)");
    let listed = stdout(&run(tcerr(), &["InternalError"]));
    assert!(!listed.contains("documented:"), "{listed}");
}

#[test]
fn show_links_the_products_documentation() {
    let text = stdout(&run(tcerr(), &["ResourceNotFound.FileNotExist", "--product", "vod"]));
    assert_eq!(field(&text, "docs"), "https://cloud.tencent.com/document/product/266");
    let legacy = stdout(&run(tcerr(), &["4100"]));
    assert!(!legacy.contains("docs:"), "no page is known for access-layer codes: {legacy}");
}

/// A COS error body as COS sends it (the shape of the example on COS's error-code page).
const COS_BODY: &str = "<?xml version='1.0' encoding='utf-8' ?>
<Error>
\t<Code>NoSuchBucket</Code>
\t<Message>The specified bucket does not exist.</Message>
\t<Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com</Resource>
\t<RequestId>NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****</RequestId>
\t<TraceId>OGVmYzZiMmQ3YjExNTFkOGUzZmU4ZDc1ZTNmMjRmYjM3****</TraceId>
</Error>";

#[test]
fn show_cos_code_with_its_http_status() {
    let output = run(tcerr(), &["NoSuchBucket"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let entry = catalog::lookup(Code::Cos("NoSuchBucket")).unwrap();
    assert_eq!(field(&text, "code"), "NoSuchBucket");
    assert_eq!(field(&text, "family"), "cos");
    assert_eq!(field(&text, "product"), "cos");
    assert_eq!(field(&text, "HTTP status"), "404");
    assert_eq!(field(&text, "message"), entry.message(Lang::En));
    assert_eq!(field(&text, "retry"), "never");
    assert_eq!(field(&text, "docs"), "https://cloud.tencent.com/document/product/436/7730");
    assert!(!text.contains("actions:"), "no API 3.0 action returns a COS code:\n{text}");
    let two = stdout(&run(tcerr(), &["InvalidObjectState"]));
    assert_eq!(field(&two, "HTTP status"), "403, 409");
}

#[test]
fn a_spelling_of_both_shows_api3_and_points_to_cos() {
    let text = stdout(&run(tcerr(), &["InternalError"]));
    assert_eq!(field(&text, "family"), "common");
    assert_eq!(field(&text, "COS"), "COS has a code `InternalError` too: tcerr --product cos InternalError");
    let output = run(tcerr(), &["--product", "cos", "InternalError"]);
    assert_status(&output, 0);
    let cos = stdout(&output);
    assert_eq!(field(&cos, "family"), "cos");
    assert_eq!(field(&cos, "HTTP status"), "500");
    assert_eq!(field(&cos, "retry"), "transient");
    assert_eq!(field(&cos, "message"), catalog::lookup(Code::Cos("InternalError")).unwrap().message(Lang::En));
}

#[test]
fn unknown_cos_code_suggests_cos_codes() {
    let output = run(tcerr(), &["NoSuchBuckt"]);
    assert_status(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("unknown Tencent Cloud error code `NoSuchBuckt`"), "{err}");
    assert!(err.contains("NoSuchBucket (COS)"), "COS codes are marked: {err}");
    let output = run(tcerr(), &["--product", "cos", "InternalErorr"]);
    assert_status(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("unknown COS error code `InternalErorr`"), "{err}");
    let suggested: Vec<&str> = err.lines().skip_while(|l| !l.starts_with("did you mean")).skip(1).collect();
    assert!(!suggested.is_empty(), "{err}");
    for line in suggested {
        let code = line.split_whitespace().next().unwrap();
        assert!(catalog::lookup(Code::Cos(code)).is_some(), "only COS codes with --product cos: {line}");
    }
}

#[test]
fn explain_cos_xml_body() {
    for output in [
        run(tcerr(), &["explain", body_file("cos.xml", COS_BODY).to_str().unwrap()]),
        run_with_input(tcerr(), &["explain", "-"], COS_BODY),
    ] {
        assert_status(&output, 0);
        let text = stdout(&output);
        assert_eq!(field(&text, "code"), "NoSuchBucket");
        assert_eq!(field(&text, "message"), "The specified bucket does not exist.");
        assert_eq!(field(&text, "request id"), "NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****");
        assert_eq!(field(&text, "resource"), "examplebucket-1250000000.cos.ap-beijing.myqcloud.com");
        assert_eq!(field(&text, "trace id"), "OGVmYzZiMmQ3YjExNTFkOGUzZmU4ZDc1ZTNmMjRmYjM3****");
        let entry = catalog::lookup(Code::Cos("NoSuchBucket")).unwrap();
        assert_eq!(field(&text, "catalog"), format!("{} (cos); HTTP 404", entry.message(Lang::En)));
        assert_eq!(field(&text, "retry"), "never");
    }
    // COS's InternalError is COS's entry, with COS's retry class.
    let internal = COS_BODY.replace("NoSuchBucket", "InternalError");
    let text = stdout(&run_with_input(tcerr(), &["explain", "-"], &internal));
    assert!(field(&text, "catalog").ends_with("(cos); HTTP 500"), "{text}");
    assert_eq!(field(&text, "retry"), "transient");
}

#[test]
fn explain_truncated_xml_exits_2_with_position() {
    let output = run_with_input(tcerr(), &["explain", "-"], &COS_BODY[..COS_BODY.len() / 2]);
    assert_status(&output, 2);
    let err = stderr(&output);
    assert!(err.starts_with("tcerr: ") && err.contains("line"), "{err}");
}

#[test]
fn search_covers_cos_texts() {
    let output = run(tcerr(), &["search", "--product", "cos", "bucket", "exist"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    assert!(text.lines().any(|line| line.starts_with("NoSuchBucket ")), "{text}");
    assert!(text.lines().all(|line| line.split_whitespace().nth(1) == Some("cos")), "{text}");
    let zh = stdout(&run(tcerr(), &["search", "--product", "cos", "指定的", "不存在"]));
    assert!(zh.lines().any(|line| line.starts_with("NoSuchBucket ")), "{zh}");
    // The whole catalog's search finds COS entries among the others.
    let all = stdout(&run(tcerr(), &["search", "--limit", "0", "Bucket", "does", "not", "exist"]));
    assert!(all.lines().any(|line| line.starts_with("NoSuchBucket ")), "{all}");
}

#[test]
fn list_json_cos_family() {
    let output = run(tcerr(), &["list", "--json", "--family", "cos"]);
    assert_status(&output, 0);
    let text = stdout(&output);
    let cos: Vec<_> = catalog::iter().filter(|entry| entry.family() == tencent_errors::Family::Cos).collect();
    assert_eq!(text.lines().count(), cos.len());
    for (line, entry) in text.lines().zip(cos) {
        let value: serde_json::Value = serde_json::from_str(line).expect(line);
        assert_eq!(value["family"], "cos", "{line}");
        assert_eq!(value["product"], "cos", "{line}");
        assert_eq!(value["code"].as_str(), entry.code().as_cos(), "{line}");
        assert!(value["http_status"].as_u64().is_some_and(|s| (400..600).contains(&s)), "{line}");
    }
}
