//! `catalog::suggest` against the loop one would write by hand: every distinct code of the
//! catalog lower-cased and measured with `strsim::osa_distance`, those within the same
//! distance kept and sorted. Both in one run, so the ratio means something on a noisy machine.
//!
//! Each iteration asks about the same 128 texts, like the ones the derive and `tcerr` see:
//! typos of every 384th code, across the catalog (a swap, a deletion, an insertion or a substitution, in turn),
//! exact codes, last segments, and texts that are no code at all.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tencent_errors_core::catalog;

fn texts() -> Vec<String> {
    let mut codes: Vec<String> = catalog::iter().filter_map(|e| e.code().as_api3()).map(str::to_owned).collect();
    codes.dedup();
    let mut texts = Vec::new();
    for (n, code) in codes.iter().step_by(384).take(32).enumerate() {
        let mut typo: Vec<char> = code.chars().collect();
        let at = (n * 7) % typo.len();
        match n % 4 {
            0 => typo.swap(at, (at + 1) % code.len()),
            1 => drop(typo.remove(at)),
            2 => typo.insert(at, 'e'),
            _ => typo[at] = 'q',
        }
        texts.push(typo.into_iter().collect());
        texts.push(code.clone());
        texts.push(code.rsplit('.').next().unwrap_or(code).to_owned());
        texts.push(format!("no such code {n}"));
    }
    texts
}

/// The hand-written scan: the edit-distance rule of `suggest` alone, over every code.
fn scan(codes: &[(String, &'static str)], text: &str, limit: usize) -> Vec<&'static str> {
    let lower = text.to_ascii_lowercase();
    let max = (text.chars().count() / 5).max(2);
    let mut close: Vec<(usize, &'static str)> = codes
        .iter()
        .map(|(code_lower, code)| (strsim::osa_distance(code_lower, &lower), *code))
        .filter(|&(distance, _)| distance <= max)
        .collect();
    close.sort();
    close.truncate(limit);
    close.into_iter().map(|(_, code)| code).collect()
}

fn suggest(c: &mut Criterion) {
    let texts = texts();
    let mut codes: Vec<(String, &'static str)> =
        catalog::iter().filter_map(|e| e.code().as_api3()).map(|code| (code.to_ascii_lowercase(), code)).collect();
    codes.dedup();
    // The two agree on typos, where only the edit distance decides.
    for text in texts.iter().step_by(4) {
        let ours: Vec<String> = catalog::suggest(text, 1).iter().map(|e| e.code().to_string()).collect();
        assert_eq!(ours, scan(&codes, text, 1), "{text}");
    }
    eprintln!("{} texts, {} codes", texts.len(), codes.len());

    let mut group = c.benchmark_group("suggest");
    group.sample_size(10);
    group.bench_function("catalog::suggest", |b| {
        b.iter(|| texts.iter().map(|text| catalog::suggest(black_box(text), 5).len()).sum::<usize>())
    });
    group.bench_function("strsim scan", |b| {
        b.iter(|| texts.iter().map(|text| scan(&codes, black_box(text), 5).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, suggest);
criterion_main!(benches);
