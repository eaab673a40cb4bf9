//! A real HTTP round trip on loopback: a tiny HTTP/1.1 server on a thread serves
//! Tencent-shaped bodies of both API versions (with HTTP 200, as Tencent does), `ureq` calls
//! it like a Tencent Cloud API call, and the bodies become a derived error enum. Nothing
//! leaves 127.0.0.1: the server binds port 0 there and the client ignores proxy settings.

mod support;

use support::loopback::{ROUTES, Server, VodError, agent};
use tencent_errors::{ApiError, Code, Lang, ParseError, ParseErrorKind, Retry, TencentError, catalog, tc_code};

const SIGNATURE_MESSAGE: &str =
    "The provided credentials could not be validated. Please check your signature is correct.";

/// The JSON payload the client sends for a route.
fn payload(path: &str) -> String {
    format!(r#"{{"FileIds":["5285890784246869930"],"Route":"{path}"}}"#)
}

/// Calls a route as a Tencent Cloud API call would be made and reads the body.
fn fetch(agent: &ureq::Agent, server: &Server, path: &str) -> Vec<u8> {
    let mut response = server
        .tencent_call(agent, path)
        .header("Authorization", "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/vod/tc3_request, SignedHeaders=content-type;host, Signature=0")
        .send(payload(path))
        .unwrap_or_else(|error| panic!("POST {path}: {error}"));
    assert_eq!(response.status(), 200, "{path}");
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok());
    assert_eq!(content_type, Some("application/json"), "{path}");
    response.body_mut().read_to_vec().unwrap_or_else(|error| panic!("body of {path}: {error}"))
}

/// The whole round trip for one route: HTTP, then the body, then the enum.
fn call(agent: &ureq::Agent, server: &Server, path: &str) -> Result<Option<VodError>, ParseError> {
    let body = fetch(agent, server, path);
    Ok(ApiError::from_body(&body)?.map(VodError::from))
}

fn error(agent: &ureq::Agent, server: &Server, path: &str) -> VodError {
    match call(agent, server, path) {
        Ok(Some(error)) => error,
        other => panic!("{path}: expected an error response, got {other:?}"),
    }
}

fn catalog_message(code: Code<'_>) -> &'static str {
    catalog::lookup_in("vod", code).expect("in the catalog").message(Lang::En)
}

#[test]
fn api3_errors_over_http() {
    let server = Server::start().unwrap();
    let agent = agent();

    let signature = error(&agent, &server, "/api3/signature-failure");
    let VodError::BadSignature(inner) = &signature else { panic!("matched {signature:?}") };
    assert_eq!(inner.message(), SIGNATURE_MESSAGE);
    assert_eq!(signature.code(), tc_code!("AuthFailure.SignatureFailure"));
    assert_eq!(signature.request_id(), Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    assert_eq!(signature.to_string(), catalog_message(signature.code()));
    assert_eq!(signature.retry(), Retry::Never);

    let missing = error(&agent, &server, "/api3/file-not-exist");
    let VodError::FileNotFound(inner) = &missing else { panic!("matched {missing:?}") };
    assert_eq!(inner.message(), "file 5285890784246869930 not exist");
    assert_eq!(missing.code(), tc_code!("ResourceNotFound.FileNotExist", product = "vod"));
    assert_eq!(missing.request_id(), Some("6ef60bec-0242-43af-bb20-270359fb54a7"));
    assert_eq!(missing.to_string(), "Resource does not exist: The file does not exist.");
    assert_eq!(missing.retry(), Retry::Never);

    let throttled = error(&agent, &server, "/api3/throttled");
    assert!(matches!(throttled, VodError::Throttled { .. }), "{throttled:?}");
    assert_eq!(throttled.code(), tc_code!("RequestLimitExceeded"));
    assert_eq!(throttled.request_id(), Some("b5b41468-520d-4192-b42f-595cc34b6c1c"));
    assert_eq!(
        throttled.to_string(),
        "[RequestLimitExceeded] Your current request times exceeds the frequency limit. \
         (request id b5b41468-520d-4192-b42f-595cc34b6c1c)"
    );
    assert_eq!(throttled.retry(), Retry::Throttling);
    assert!(throttled.is_retryable());

    let internal = error(&agent, &server, "/api3/internal-error");
    assert!(matches!(internal, VodError::Other(_)), "{internal:?}");
    assert_eq!(internal.code(), tc_code!("InternalError"));
    assert_eq!(internal.request_id(), Some("0d6f4a52-9d3c-4b7e-8f21-5a6c7e3b2d10"));
    assert_eq!(
        internal.to_string(),
        "[InternalError] internal error, please retry (request id 0d6f4a52-9d3c-4b7e-8f21-5a6c7e3b2d10)"
    );
    assert_eq!(internal.retry(), Retry::Transient);
}

#[test]
fn api2_errors_over_http() {
    let server = Server::start().unwrap();
    let agent = agent();

    let exists = error(&agent, &server, "/api2/module-code");
    let VodError::AlreadyExists(inner) = &exists else { panic!("matched {exists:?}") };
    assert_eq!(inner.code(), Code::Legacy(4000));
    assert_eq!(inner.module_code(), Some(-514));
    assert_eq!(inner.code_desc(), Some("InvalidParameter"));
    assert_eq!(inner.message(), "(-514) Resource already exists");
    assert_eq!(exists.code(), tc_code!(-514));
    assert_eq!(exists.request_id(), None);
    assert_eq!(exists.to_string(), catalog::lookup(Code::Legacy(-514)).unwrap().message(Lang::En));
    assert_eq!(exists.retry(), Retry::Never);

    let auth = error(&agent, &server, "/api2/string-code");
    let VodError::BadSignature(inner) = &auth else { panic!("matched {auth:?}") };
    assert_eq!(inner.code(), tc_code!(4100));
    assert_eq!(inner.message(), "鉴权失败");
    // The variant's primary code, not the legacy code that matched.
    assert_eq!(auth.code(), tc_code!("AuthFailure.SignatureFailure"));
    assert_eq!(auth.request_id(), None);
    assert_eq!(auth.to_string(), catalog_message(tc_code!("AuthFailure.SignatureFailure")));
    assert_eq!(auth.retry(), Retry::Never);
}

#[test]
fn successes_of_both_versions_are_ok_none() {
    let server = Server::start().unwrap();
    let agent = agent();
    for path in ["/api3/success", "/api2/success"] {
        assert!(matches!(call(&agent, &server, path), Ok(None)), "{path}");
    }
}

#[test]
fn a_malformed_body_is_a_parse_error() {
    let server = Server::start().unwrap();
    let error = call(&agent(), &server, "/malformed").unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::Json);
    assert!(error.to_string().starts_with("invalid Tencent Cloud response body"), "{error}");
}

/// The server saw what a Tencent Cloud API call sends: a POST with a JSON body and the
/// `X-TC-*` headers, on 127.0.0.1.
#[test]
fn the_requests_look_like_tencent_calls() {
    let server = Server::start().unwrap();
    let agent = agent();
    let paths: Vec<&str> = ROUTES.iter().map(|(path, _, _)| *path).collect();
    for path in &paths {
        let _ = call(&agent, &server, path);
    }
    let seen = server.seen();
    assert_eq!(seen.iter().map(|s| s.path.as_str()).collect::<Vec<_>>(), paths);
    for (request, (path, action, _)) in seen.iter().zip(ROUTES) {
        assert_eq!(request.method, "POST");
        assert_eq!(request.header("x-tc-action"), Some(*action));
        assert_eq!(request.header("x-tc-version"), Some("2018-07-17"));
        assert_eq!(request.header("content-type"), Some("application/json; charset=utf-8"));
        assert_eq!(request.header("host"), Some(server.addr.to_string().as_str()));
        assert_eq!(request.body, payload(path).into_bytes());
    }
    assert!(server.addr.ip().is_loopback());
}

#[test]
fn an_unknown_route_is_an_http_error_not_a_body() {
    let server = Server::start().unwrap();
    let result = agent().post(server.url("/nowhere")).content_type("application/json").send("{}");
    assert!(matches!(result, Err(ureq::Error::StatusCode(404))), "{result:?}");
}
