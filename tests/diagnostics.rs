//! `miette::Diagnostic` on derived types (feature `miette`).
#![cfg(feature = "miette")]

use miette::{Diagnostic, Severity};
use tencent_errors::{ApiError, Code, Lang, TencentError, catalog};

// Both traits have a `code` method: call them by trait when both are in scope.

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 4100)]
    Authentication,
    #[tencent(code = 4400, display = "quota exceeded: {0}")]
    Quota(ApiError),
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(other)]
    Other(ApiError),
}

fn text(value: Option<Box<dyn std::fmt::Display + '_>>) -> Option<String> {
    value.map(|v| v.to_string())
}

#[test]
fn code_is_the_tencent_code() {
    assert_eq!(text(Diagnostic::code(&E::Authentication)).as_deref(), Some("4100"));
    let other = E::from(ApiError::new(Code::Api3("InvalidParameter"), "bad"));
    assert_eq!(text(Diagnostic::code(&other)).as_deref(), Some("InvalidParameter"));
}

#[test]
fn help_is_the_catalog_description_or_the_hidden_message() {
    let auth = catalog::lookup(Code::Legacy(4100)).unwrap();
    assert_eq!(text(E::Authentication.help()), auth.description(Lang::En).map(str::to_owned));
    assert!(text(E::Authentication.help()).is_some());
    // 4400 has a description too; it is the help even with a custom display.
    let quota = E::from(ApiError::new(Code::Legacy(4400), "x"));
    let entry = catalog::lookup(Code::Legacy(4400)).unwrap();
    assert_eq!(text(quota.help()), entry.description(Lang::En).map(str::to_owned));
    // API 3.0 common codes have no description, and Display already shows the message.
    assert_eq!(text(E::Internal.help()), None);
    let other = E::from(ApiError::new(Code::Api3("InvalidParameter"), "bad"));
    assert_eq!(text(other.help()), None);
}

#[test]
fn severity_is_error() {
    assert_eq!(E::Internal.severity(), Some(Severity::Error));
}

#[test]
fn works_as_a_miette_report() {
    let report = miette::Report::new(E::Authentication);
    assert_eq!(report.to_string(), catalog::lookup(Code::Legacy(4100)).unwrap().message(Lang::En));
    assert_eq!(text(report.code()).as_deref(), Some("4100"));
}

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum VodError {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    NotFound,
}

#[test]
fn url_is_the_entrys_documentation_page() {
    let entry = catalog::lookup_in("vod", Code::Api3("ResourceNotFound.FileNotExist")).unwrap();
    assert_eq!(text(VodError::NotFound.url()), entry.doc_url());
    assert_eq!(text(VodError::NotFound.url()).as_deref(), Some("https://cloud.tencent.com/document/product/266"));
    // The common codes' page; none for access-layer codes and for codes without an entry.
    assert_eq!(text(E::Internal.url()).as_deref(), Some("https://cloud.tencent.com/document/product/213/30435"));
    assert_eq!(text(E::Authentication.url()), None);
    assert_eq!(text(E::from(ApiError::new(Code::Api3("InvalidParameter"), "bad")).url()), None);
}
