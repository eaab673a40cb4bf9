//! `catalog::lookup` against a `std::collections::HashMap<&str, Entry>` built once over the
//! same codes, in one run so the ratio is meaningful on a noisy machine. Each iteration
//! looks up the same 2,456 texts: every fifth API 3.0 code of the catalog (hits) and as many
//! mistyped copies of them (misses), interleaved.

use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::HashMap;
use std::hint::black_box;
use tencent_errors_core::{Code, Entry, catalog};

fn queries() -> Vec<String> {
    let mut codes: Vec<&'static str> = catalog::iter().filter_map(|e| e.code().as_api3()).collect();
    codes.dedup();
    let hits: Vec<&str> = codes.iter().copied().step_by(5).collect();
    let mut queries = Vec::with_capacity(hits.len() * 2);
    for hit in hits {
        queries.push(hit.to_owned());
        // A typo in the middle keeps length and prefix, the hardest kind of miss.
        let mut miss = hit.as_bytes().to_vec();
        let middle = miss.len() / 2;
        miss[middle] = if miss[middle] == b'q' { b'z' } else { b'q' };
        queries.push(String::from_utf8(miss).expect("ASCII codes"));
    }
    queries
}

fn lookup(c: &mut Criterion) {
    let queries = queries();
    let map: HashMap<&'static str, Entry> = catalog::iter()
        .rev() // so that the first entry of each code (the one `lookup` returns) is kept
        .filter_map(|e| Some((e.code().as_api3()?, e)))
        .collect();
    let hits = queries.iter().filter(|q| catalog::lookup(Code::Api3(q)).is_some()).count();
    assert_eq!(hits, queries.iter().filter(|q| map.contains_key(q.as_str())).count());
    eprintln!("{} queries, {hits} hits", queries.len());

    let mut group = c.benchmark_group("lookup");
    group.bench_function("catalog::lookup", |b| {
        b.iter(|| {
            let mut found = 0usize;
            for q in &queries {
                found += catalog::lookup(Code::Api3(black_box(q))).is_some() as usize;
            }
            found
        })
    });
    group.bench_function("HashMap<&str, _>", |b| {
        b.iter(|| {
            let mut found = 0usize;
            for q in &queries {
                found += map.contains_key(black_box(q.as_str())) as usize;
            }
            found
        })
    });
    group.finish();
}

criterion_group!(benches, lookup);
criterion_main!(benches);
