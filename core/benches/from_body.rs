//! `ApiError::from_body` against the floor of what serde_json can do with the same body: a
//! derived struct that borrows every string. Both run in one group so the ratio can be read
//! off one report (target: `from_body` at most 1.5 times the baseline).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::Deserialize;
use tencent_errors_core::ApiError;

/// Tencent's documented example, compact: 174 bytes.
const BODY: &[u8] = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(rename = "Response", borrow)]
    response: Response<'a>,
}

#[derive(Deserialize)]
struct Response<'a> {
    #[serde(rename = "Error", borrow)]
    error: Option<Error<'a>>,
    #[serde(rename = "RequestId")]
    request_id: Option<&'a str>,
}

#[derive(Deserialize)]
struct Error<'a> {
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message")]
    message: &'a str,
}

fn from_body(c: &mut Criterion) {
    assert_eq!(BODY.len(), 174);
    let mut group = c.benchmark_group("from_body");
    group.throughput(Throughput::Bytes(BODY.len() as u64));
    group.bench_function("ApiError::from_body", |b| {
        b.iter(|| ApiError::from_body(black_box(BODY)));
    });
    group.bench_function("serde_json borrowed derive (baseline)", |b| {
        b.iter(|| {
            let body: Result<Body<'_>, _> = serde_json::from_slice(black_box(BODY));
            // Read the same fields `from_body` keeps.
            body.map(|body| {
                let error = body.response.error.map(|error| (error.code, error.message));
                (error, body.response.request_id)
            })
        });
    });
    group.finish();
}

criterion_group!(benches, from_body);
criterion_main!(benches);
