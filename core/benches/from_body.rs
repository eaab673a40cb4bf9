//! `ApiError::from_body` against the floor of what serde_json can do with the same body: a
//! derived struct that borrows every string. Both run in one group so the ratio can be read
//! off one report (target: `from_body` at most 1.5 times the baseline). Criterion measures the
//! two one after the other, which on a loaded machine can shift the ratio by a third; after
//! criterion, interleaved rounds (ours, baseline, baseline, ours, ...) print a ratio that
//! load changes over the run do not bias.

use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// What the baseline reads: the code and message, and the request id.
type Fields<'a> = (Option<(&'a str, &'a str)>, Option<&'a str>);

/// The baseline: serde_json into the borrowed struct, reading the fields `from_body` keeps.
fn baseline(body: &[u8]) -> Option<Fields<'_>> {
    let body: Body<'_> = serde_json::from_slice(body).ok()?;
    Some((body.response.error.map(|error| (error.code, error.message)), body.response.request_id))
}

fn from_body(c: &mut Criterion) {
    assert_eq!(BODY.len(), 174);
    let mut group = c.benchmark_group("from_body");
    group.throughput(Throughput::Bytes(BODY.len() as u64));
    group.bench_function("ApiError::from_body", |b| {
        b.iter(|| ApiError::from_body(black_box(BODY)));
    });
    group.bench_function("serde_json borrowed derive (baseline)", |b| {
        b.iter(|| baseline(black_box(BODY)));
    });
    group.finish();
}

fn interleaved() {
    const ROUNDS: usize = 41;
    const CALLS: u32 = 50_000;
    fn time<T>(f: impl Fn(&'static [u8]) -> T) -> Duration {
        let start = Instant::now();
        for _ in 0..CALLS {
            black_box(f(black_box(BODY)));
        }
        start.elapsed()
    }
    let ours = |body: &'static [u8]| ApiError::from_body(body);
    let (mut ratios, mut own, mut base) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..ROUNDS + 3 {
        let (a, b) = if i % 2 == 0 {
            let a = time(ours);
            (a, time(baseline))
        } else {
            let b = time(baseline);
            (time(ours), b)
        };
        // The first rounds warm up.
        if i >= 3 {
            own.push(a.as_secs_f64() * 1e9 / f64::from(CALLS));
            base.push(b.as_secs_f64() * 1e9 / f64::from(CALLS));
            ratios.push(a.as_secs_f64() / b.as_secs_f64());
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (a, b, r) = (median(&mut own), median(&mut base), median(&mut ratios));
    println!(
        "interleaved, {ROUNDS} rounds of {CALLS} calls: from_body {a:.1} ns, baseline {b:.1} ns, \
         ratio {r:.3} (median of per-round ratios; goal <= 1.5)"
    );
}

fn interleaved_bench(_: &mut Criterion) {
    // Skipped when criterion only lists or tests the benches (`cargo test --benches`).
    if std::env::args().any(|a| a == "--bench") {
        interleaved();
    }
}

criterion_group!(benches, from_body, interleaved_bench);
criterion_main!(benches);
