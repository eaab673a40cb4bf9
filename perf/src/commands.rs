//! The subcommands: each generates its crates, builds or runs them, and prints what it
//! measured in the shape `docs/perf.md` quotes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use tencent_errors_core::{Lang, catalog};

use crate::Result;
use crate::crates::{self, Dep, EnumKind, UserCrate};
use crate::measure::{self, Scratch, Series, Timing};

/// `cpu` seconds with three decimals, or `-` where not measured.
fn cpu(timing: Timing) -> String {
    timing.cpu.map_or_else(|| "-".to_owned(), |cpu| format!("{cpu:.3}"))
}

/// Writes each crate into `scratch/<name>` and fetches its dependencies; returns the
/// directories.
fn write_and_fetch(scratch: &Scratch, user_crates: &[UserCrate]) -> Result<Vec<PathBuf>> {
    user_crates
        .iter()
        .map(|krate| {
            let dir = scratch.path().join(&krate.name);
            krate.write(&dir)?;
            measure::fetch(&dir)?;
            Ok(dir)
        })
        .collect()
}

/// `runs` rounds of clean dev builds of `user_crates`, one of each a round (a, b, c, a, b, c,
/// ...), each round printed; their timings, crate by crate.
fn interleaved_clean_builds(user_crates: &[UserCrate], runs: u32) -> Result<Vec<Series>> {
    let scratch = Scratch::new()?;
    let dirs = write_and_fetch(&scratch, user_crates)?;
    let mut series = vec![Series::default(); user_crates.len()];
    for run in 1..=runs {
        let mut line = format!("run {run}:");
        for (i, krate) in user_crates.iter().enumerate() {
            let target = scratch.path().join(format!("target-{}", krate.name));
            if target.exists() {
                std::fs::remove_dir_all(&target)?;
            }
            let built = measure::build(&dirs[i], &target, &[])?;
            let _ = write!(line, " {} {:.2} s (cpu {} s);", krate.name, built.wall, cpu(built));
            series[i].push(built);
        }
        eprintln!("{line}");
    }
    Ok(series)
}

/// A clean build of `dir` into `target` (deleted first), then an edit of its `main`
/// (`let _edit = run;`) and the rebuild.
fn clean_and_edit(dir: &Path, target: &Path, run: u32) -> Result<(Timing, Timing)> {
    if target.exists() {
        std::fs::remove_dir_all(target)?;
    }
    let clean = measure::build(dir, target, &[])?;
    crates::edit(dir, run)?;
    let edited = measure::build(dir, target, &[])?;
    Ok((clean, edited))
}

/// `perf derive-build-time`: the 100-variant enum derived, with thiserror 2, by hand, derived
/// with 1,000 `tc_code!`, derived with default features; clean and edit-rebuild dev builds,
/// interleaved; medians and ratios.
pub fn derive_build_time(runs: u32, timings: bool) -> Result<()> {
    let kinds = [EnumKind::Derived, EnumKind::Thiserror, EnumKind::Hand, EnumKind::TcCode, EnumKind::DerivedDefault];
    let scratch = Scratch::new()?;
    let user_crates: Vec<UserCrate> = kinds.iter().map(|&kind| crates::enum_crate(kind, "")).collect();
    let dirs = write_and_fetch(&scratch, &user_crates)?;
    let mut total = 0;
    for krate in &user_crates {
        let lines = krate.main_rs.lines().count();
        total += lines;
        println!("{lines:>6} {}/src/main.rs", krate.name);
    }
    println!("{total:>6} total");

    let mut clean = vec![Series::default(); kinds.len()];
    let mut incr = vec![Series::default(); kinds.len()];
    for run in 1..=runs {
        let mut line = format!("run {run}:");
        for (i, kind) in kinds.iter().enumerate() {
            let target = scratch.path().join(format!("target-{}", kind.name()));
            let (built, edited) = clean_and_edit(&dirs[i], &target, run)?;
            clean[i].push(built);
            incr[i].push(edited);
            let _ = write!(
                line,
                " {} {:.3} s (cpu {} s), edited {:.3} s;",
                kind.name(),
                built.wall,
                cpu(built),
                edited.wall
            );
        }
        eprintln!("{line}");
    }

    let index = |kind: EnumKind| kinds.iter().position(|&k| k == kind).unwrap_or_default();
    let (derived, thiserror, hand, tc_code, derived_default) = (
        index(EnumKind::Derived),
        index(EnumKind::Thiserror),
        index(EnumKind::Hand),
        index(EnumKind::TcCode),
        index(EnumKind::DerivedDefault),
    );
    let report = |title: &str, series: &[Series]| {
        println!("{title} ({runs} runs, median wall / median cpu = user + sys):");
        for (kind, series) in kinds.iter().zip(series) {
            println!(
                "  {:<10} {:6.2} s / cpu {:6.2} s   (wall: {})",
                kind.name(),
                series.wall(),
                series.cpu(),
                series.wall_list()
            );
        }
    };
    let ratio = |series: &[Series], a: usize, b: usize| {
        format!("{:.2} / cpu {:.2}", series[a].wall() / series[b].wall(), series[a].cpu() / series[b].cpu())
    };
    let difference = |series: &[Series], a: usize, b: usize| {
        format!("{:+.2} s / cpu {:+.2} s", series[a].wall() - series[b].wall(), series[a].cpu() - series[b].cpu())
    };
    report("clean dev build, including dependencies", &clean);
    println!("  derived / thiserror: {}  (goal <= 1.15 wall, 1.25 cpu)", ratio(&clean, derived, thiserror));
    println!("  derived / hand:      {}", ratio(&clean, derived, hand));
    println!("  derived_default / thiserror: {}  (default features on)", ratio(&clean, derived_default, thiserror));
    println!("  1,000 tc_code! (tc_code - derived): {}  (goal < 1 s)", difference(&clean, tc_code, derived));
    report("incremental rebuild after a one-line edit of main", &incr);
    println!("  derived / thiserror: {}", ratio(&incr, derived, thiserror));
    // The derive and tc_code! run again in every rebuild (rustc does not cache macro
    // expansions), so this difference is what the 1,000 invocations add to each edit.
    println!("  1,000 tc_code! (tc_code - derived): {}", difference(&incr, tc_code, derived));

    if timings {
        let out = target_directory()?.join("derive-build-timings");
        std::fs::create_dir_all(&out)?;
        for kind in [EnumKind::Derived, EnumKind::Thiserror, EnumKind::TcCode] {
            let target = scratch.path().join(format!("target-{}", kind.name()));
            std::fs::remove_dir_all(&target)?;
            measure::build(&dirs[index(kind)], &target, &["--timings"])?;
            let report = out.join(format!("{}.html", kind.name()));
            std::fs::copy(target.join("cargo-timings/cargo-timing.html"), &report)?;
            println!("--timings, {}: the longest units (s):", kind.name());
            for (duration, unit) in longest_units(&std::fs::read_to_string(&report)?, 6)? {
                println!("  {duration:.2}\t{unit}");
            }
        }
        println!("cargo --timings reports: {}/{{derived,thiserror,tc_code}}.html", out.display());
    }
    Ok(())
}

/// The `n` longest units of a `cargo build --timings` report: seconds and `name target`, from
/// the `UNIT_DATA` array the report's script holds.
fn longest_units(html: &str, n: usize) -> Result<Vec<(f64, String)>> {
    let start = html.find("UNIT_DATA = [").ok_or("no UNIT_DATA in the --timings report")? + "UNIT_DATA = ".len();
    let mut reader = serde_json::Deserializer::from_str(&html[start..]).into_iter::<serde_json::Value>();
    let units = reader.next().ok_or("UNIT_DATA is empty")??;
    let mut units: Vec<(f64, String)> = units
        .as_array()
        .ok_or("UNIT_DATA is not an array")?
        .iter()
        .map(|unit| {
            let text = |key: &str| unit[key].as_str().unwrap_or_default().to_owned();
            (
                unit["duration"].as_f64().unwrap_or(f64::NAN),
                format!("{} {}", text("name"), text("target")).trim().to_owned(),
            )
        })
        .collect();
    units.sort_by(|a, b| b.0.total_cmp(&a.0));
    units.truncate(n);
    Ok(units)
}

/// `perf action-enum-build-time`: `action_error!` over cvm RunInstances against the same enum
/// with thiserror 2; clean and edit-rebuild dev builds, interleaved; medians and ratios.
pub fn action_enum_build_time(runs: u32) -> Result<()> {
    let action = catalog::action("cvm", "RunInstances").ok_or("the catalog has no cvm RunInstances")?;
    let scratch = Scratch::new()?;
    let user_crates = crates::action_enum_crates(action);
    let dirs = write_and_fetch(&scratch, &user_crates)?;
    println!("thiserror enum: {} variants", user_crates[1].main_rs.matches("(ApiError),").count());
    let mut clean = [Series::default(), Series::default()];
    let mut incr = [Series::default(), Series::default()];
    for run in 1..=runs {
        for (i, krate) in user_crates.iter().enumerate() {
            let target = scratch.path().join(format!("target-{}", krate.name));
            let (built, edited) = clean_and_edit(&dirs[i], &target, run)?;
            clean[i].push(built);
            incr[i].push(edited);
        }
        println!(
            "run {run}: generated {:.3} s, thiserror {:.3} s",
            clean[0].wall[run as usize - 1],
            clean[1].wall[run as usize - 1]
        );
    }
    for (i, krate) in user_crates.iter().enumerate() {
        println!(
            "{:<10} clean {:6.2} s wall, {:6.2} s cpu; edit-rebuild {:5.2} s",
            krate.name,
            clean[i].wall(),
            clean[i].cpu(),
            incr[i].wall()
        );
    }
    println!(
        "generated / thiserror: clean wall {:.3}, cpu {:.3}, edit-rebuild {:.3}",
        clean[0].wall() / clean[1].wall(),
        clean[0].cpu() / clean[1].cpu(),
        incr[0].wall() / incr[1].wall()
    );
    Ok(())
}

/// `perf build-time`: clean dev builds of an empty crate depending on tencent-errors-core
/// with and without default features, and on thiserror 2; interleaved; medians and ratios.
pub fn build_time(runs: u32) -> Result<()> {
    let user_crates = build_time_crates();
    let series = interleaved_clean_builds(&user_crates, runs)?;
    let base = &series[2];
    for (krate, series) in user_crates.iter().zip(&series) {
        println!(
            "{:<14} median {:6.2} s  ({})  ratio to thiserror2 {:.2}; cpu {:6.2} s, ratio {:.2}",
            krate.name,
            series.wall(),
            series.wall_list(),
            series.wall() / base.wall(),
            series.cpu(),
            series.cpu() / base.cpu()
        );
    }
    Ok(())
}

/// `perf feature-build-time`: interleaved clean dev builds of the 100-variant derived enum's
/// crate with default features, with and without `feature`; medians and ratios.
pub fn feature_build_time(feature: &'static str, runs: u32) -> Result<()> {
    let without = crates::enum_crate(EnumKind::DerivedDefault, "");
    compare_clean_builds([without, crates::enum_crate_with(feature)], &format!("feature `{feature}`"), runs)
}

/// `perf service-build-time`: interleaved clean dev builds of a service crate that already
/// depends on serde (derive), serde_json and thiserror, with its remote errors written with
/// thiserror, and of the same crate with tencent-errors (default features) added and those
/// errors derived; medians, the difference and the ratio.
pub fn service_build_time(runs: u32) -> Result<()> {
    let user_crates = [crates::service_crate(EnumKind::Thiserror), crates::service_crate(EnumKind::DerivedDefault)];
    compare_clean_builds(user_crates, "adding tencent-errors", runs)
}

/// Interleaved clean dev builds of a crate without and with something (`what`); each one's
/// medians, then what the something adds and the ratio.
fn compare_clean_builds(user_crates: [UserCrate; 2], what: &str, runs: u32) -> Result<()> {
    let series = interleaved_clean_builds(&user_crates, runs)?;
    println!("clean dev build, including dependencies ({runs} runs, median wall / median cpu):");
    for (krate, series) in user_crates.iter().zip(&series) {
        println!(
            "  {:<24} {:6.2} s / cpu {:6.2} s   (wall: {})",
            krate.name,
            series.wall(),
            series.cpu(),
            series.wall_list()
        );
    }
    let (without, with) = (&series[0], &series[1]);
    println!(
        "  {what}: {:+.2} s / cpu {:+.2} s, ratio {:.2} / cpu {:.2}",
        with.wall() - without.wall(),
        with.cpu() - without.cpu(),
        with.wall() / without.wall(),
        with.cpu() / without.cpu()
    );
    Ok(())
}

/// `perf baseline-build-time`: interleaved clean dev builds of the derived enum's crate and of
/// `core_minimal`, each against this tree and against `baseline`, and of the thiserror enum;
/// medians, and the ratios that say what a change did (this / baseline) and where it stands
/// (each / thiserror).
pub fn baseline_build_time(baseline: &Path, runs: u32) -> Result<()> {
    if !baseline.join("Cargo.toml").is_file() || !baseline.join("core").is_dir() {
        return Err(format!("{} is not a checkout of this repository", baseline.display()).into());
    }
    let baseline = baseline.canonicalize()?;
    let derived = crates::enum_crate(EnumKind::Derived, "");
    let core = crates::empty_crate("core_minimal", Dep::Core { default_features: false });
    let user_crates = [
        derived.clone().against(&baseline),
        derived,
        core.clone().against(&baseline),
        core,
        crates::enum_crate(EnumKind::Thiserror, ""),
    ];
    let series = interleaved_clean_builds(&user_crates, runs)?;
    println!("clean dev build ({runs} runs, median wall / median cpu), baseline {}:", baseline.display());
    for (krate, series) in user_crates.iter().zip(&series) {
        println!(
            "  {:<22} {:6.2} s / cpu {:6.2} s   (wall: {})",
            krate.name,
            series.wall(),
            series.cpu(),
            series.wall_list()
        );
    }
    let ratio = |a: usize, b: usize| {
        format!("{:.2} / cpu {:.2}", series[a].wall() / series[b].wall(), series[a].cpu() / series[b].cpu())
    };
    println!("  derived / derived_baseline:           {}", ratio(1, 0));
    println!("  core_minimal / core_minimal_baseline: {}", ratio(3, 2));
    println!("  derived / thiserror:                  {}  (baseline: {})", ratio(1, 4), ratio(0, 4));
    Ok(())
}

/// The crates of `perf build-time`: `main` empty, one dependency each.
fn build_time_crates() -> [UserCrate; 3] {
    [
        crates::empty_crate("core_default", Dep::Core { default_features: true }),
        crates::empty_crate("core_minimal", Dep::Core { default_features: false }),
        crates::empty_crate("thiserror2", Dep::Thiserror),
    ]
}

/// `perf derive-binary-size`: stripped release binaries (opt-level 3, fat LTO, one codegen
/// unit) of the 100-variant enum's program, derived against hand-written (which must print
/// the same), derived + `catalog::lookup`, derived with default features, and thiserror;
/// then whether a catalog text no variant uses is in each binary.
pub fn derive_binary_size() -> Result<()> {
    let kinds = [EnumKind::Derived, EnumKind::Hand, EnumKind::Lookup, EnumKind::Thiserror, EnumKind::DerivedDefault];
    let scratch = Scratch::new()?;
    let user_crates: Vec<UserCrate> =
        kinds.iter().map(|&kind| crates::enum_crate(kind, crates::SIZE_PROFILE)).collect();
    let dirs = write_and_fetch(&scratch, &user_crates)?;
    let target = scratch.path().join("target");
    let bin = |kind: EnumKind| target.join("release").join(kind.name());
    let mut sizes = Vec::new();
    for dir in &dirs {
        measure::build(dir, &target, &["--release"])?;
    }
    for &kind in &kinds {
        sizes.push(std::fs::metadata(bin(kind))?.len());
    }
    let size = |kind: EnumKind| sizes[kinds.iter().position(|&k| k == kind).unwrap_or_default()];

    // The derived and hand-written programs must behave the same, or the sizes mean nothing.
    for arg in ["", "4100", "-515", "20301", "RequestLimitExceeded", "InvalidParameter", "No.Such.Code"] {
        let output = |kind| Command::new(bin(kind)).arg(arg).output();
        let (derived, hand) = (output(EnumKind::Derived)?, output(EnumKind::Hand)?);
        if !derived.status.success() || derived.stdout != hand.stdout {
            return Err(format!("the derived and hand-written programs differ on '{arg}'").into());
        }
    }

    let signed = |a: u64, b: u64| i128::from(a) - i128::from(b);
    let (hand, derived) = (size(EnumKind::Hand), size(EnumKind::Derived));
    println!("stripped release binaries (opt-level 3, lto = \"fat\", codegen-units = 1):");
    println!("  hand-written          {hand:8} bytes");
    println!(
        "  derived               {derived:8} bytes  ({:+} bytes = {:+.1} KiB vs hand-written; goal within 16 KiB)",
        signed(derived, hand),
        signed(derived, hand) as f64 / 1024.0
    );
    let lookup = size(EnumKind::Lookup);
    println!("  derived + lookup      {lookup:8} bytes  ({:+} bytes vs derived: the catalog)", signed(lookup, derived));
    let default = size(EnumKind::DerivedDefault);
    println!("  derived, default features {default:4} bytes  ({:+} bytes vs derived)", signed(default, derived));
    println!(
        "  thiserror             {:8} bytes  (a different program: no ApiError, no conversion)",
        size(EnumKind::Thiserror)
    );

    // A catalog-only text: a vod message that no variant of the enum uses; and one it uses.
    let probe = "The application ID does not match the bucket ID.";
    if !catalog::iter().any(|entry| entry.message(Lang::En) == probe) {
        return Err(format!("the catalog no longer has the message {probe:?}: pick another").into());
    }
    let variants = crates::enum_codes();
    if variants.iter().any(|variant| variant.message.contains(probe)) {
        return Err(format!("the enum uses {probe:?}: pick another").into());
    }
    let used = variants
        .iter()
        .find(|variant| variant.code == tencent_errors_core::Code::Legacy(-515))
        .ok_or("-515 is not among the enum's codes")?
        .message;
    println!("printable runs of 8+ bytes (strings -n 8) containing, catalog-only \"{probe}\" / enum text \"{used}\":");
    for kind in [EnumKind::Hand, EnumKind::Derived, EnumKind::Lookup] {
        let bytes = std::fs::read(bin(kind))?;
        println!(
            "  {:<8} {} / {}",
            kind.name(),
            measure::strings_containing(&bytes, 8, probe),
            measure::strings_containing(&bytes, 8, used)
        );
    }
    Ok(())
}

/// `perf catalog-size`: two stripped release binaries that differ only in whether they call
/// `catalog::lookup`, and the catalog's raw text bytes (every text of every entry, counted per
/// entry as a naive table of strings would hold it, from `catalog-gen stats`).
pub fn catalog_size() -> Result<()> {
    let user_crates = catalog_size_crates();
    let scratch = Scratch::new()?;
    let dirs = write_and_fetch(&scratch, &user_crates)?;
    let target = scratch.path().join("target");
    let mut sizes = Vec::new();
    for (dir, krate) in dirs.iter().zip(&user_crates) {
        measure::build(dir, &target, &["--release"])?;
        sizes.push(std::fs::metadata(target.join("release").join(&krate.name))?.len());
    }
    let raw = raw_text_bytes()?;
    let (without, with) = (sizes[0], sizes[1]);
    let added = i128::from(with) - i128::from(without);
    println!("binary without lookup: {without} bytes");
    println!("binary with lookup:    {with} bytes");
    println!("added by the catalog:  {added} bytes");
    println!("raw text bytes:        {raw} bytes");
    println!("added / raw:           {:.3}", added as f64 / raw as f64);
    Ok(())
}

/// The crates of `perf catalog-size`: the same program with and without `catalog::lookup`.
fn catalog_size_crates() -> [UserCrate; 2] {
    [
        crates::core_crate(
            "without",
            false,
            "println!(\"{code} {}\", Lang::En.other() == Lang::Zh);",
            crates::CATALOG_SIZE_PROFILE,
        ),
        crates::core_crate(
            "with",
            false,
            "println!(\"{code} {:?}\", tencent_errors_core::catalog::lookup(code).map(|e| e.message(Lang::En)));",
            crates::CATALOG_SIZE_PROFILE,
        ),
    ]
}

/// The catalog's raw text bytes, from `cargo run -q -p catalog-gen -- stats` (`... raw texts N
/// bytes ...`).
fn raw_text_bytes() -> Result<u64> {
    let output = measure::cargo()
        .args(["run", "-q", "-p", "catalog-gen", "--", "stats"])
        .current_dir(crates::repo_root())
        .output()?;
    if !output.status.success() {
        return Err(format!("catalog-gen stats failed:\n{}", String::from_utf8_lossy(&output.stderr)).into());
    }
    let text = String::from_utf8_lossy(&output.stdout);
    parse_raw_texts(&text).ok_or_else(|| format!("no `raw texts N bytes` in catalog-gen stats:\n{text}").into())
}

/// `N` from `... (raw texts N bytes) ...`.
fn parse_raw_texts(text: &str) -> Option<u64> {
    let start = text.find("raw texts ")? + "raw texts ".len();
    let digits = text[start..].split(' ').next()?;
    digits.parse().ok()
}

/// How many errors `benches/derive.rs` converts and formats in one iteration: criterion's
/// time of an iteration divided by this is the time per element.
const ERRORS_PER_CYCLE: f64 = 30.0;

/// `perf derive-bench`: `cargo bench -p tencent-errors --bench derive -- ARGS`, then
/// criterion's medians (per element of a cycle) of the derived and hand-written groups and
/// their ratio, read from `target/criterion/derive/*/new/estimates.json`.
pub fn derive_bench(criterion: &[String]) -> Result<()> {
    let status = measure::cargo()
        .args(["bench", "-q", "-p", "tencent-errors", "--bench", "derive", "--"])
        .args(criterion)
        .current_dir(crates::repo_root())
        .status()?;
    if !status.success() {
        return Err(format!("cargo bench failed ({status})").into());
    }
    let dir = target_directory()?.join("criterion/derive");
    let median = |group: &str| -> Result<f64> {
        let path = dir.join(group).join("new/estimates.json");
        let text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        let estimates: serde_json::Value = serde_json::from_str(&text)?;
        estimates["median"]["point_estimate"].as_f64().ok_or_else(|| format!("no median in {}", path.display()).into())
    };
    let (derived, hand) = (median("derived")?, median("hand")?);
    println!(
        "criterion medians: derived {:.1} ns/element, hand {:.1} ns/element, derived/hand {:.3} (goal <= 1.1)",
        derived / ERRORS_PER_CYCLE,
        hand / ERRORS_PER_CYCLE,
        derived / hand
    );
    Ok(())
}

/// `perf write-crates DIR`: every crate the other commands generate, in `DIR/<command>/<crate>`.
pub fn write_crates(dir: &Path) -> Result<()> {
    let all = [
        EnumKind::Derived,
        EnumKind::DerivedDefault,
        EnumKind::Thiserror,
        EnumKind::Hand,
        EnumKind::Lookup,
        EnumKind::TcCode,
    ];
    let action = catalog::action("cvm", "RunInstances").ok_or("the catalog has no cvm RunInstances")?;
    let groups: [(&str, Vec<UserCrate>); 6] = [
        (
            "derive-build-time",
            all.iter().filter(|&&kind| kind != EnumKind::Lookup).map(|&kind| crates::enum_crate(kind, "")).collect(),
        ),
        (
            "derive-binary-size",
            all.iter()
                .filter(|&&kind| kind != EnumKind::TcCode)
                .map(|&kind| crates::enum_crate(kind, crates::SIZE_PROFILE))
                .collect(),
        ),
        ("action-enum-build-time", crates::action_enum_crates(action).into()),
        ("build-time", build_time_crates().into()),
        ("catalog-size", catalog_size_crates().into()),
        (
            "service-build-time",
            vec![crates::service_crate(EnumKind::Thiserror), crates::service_crate(EnumKind::DerivedDefault)],
        ),
    ];
    for (command, user_crates) in groups {
        for krate in user_crates {
            let path = dir.join(command).join(&krate.name);
            if path.exists() {
                return Err(format!("{} exists already", path.display()).into());
            }
            krate.write(&path)?;
        }
    }
    println!("written under {}", dir.display());
    Ok(())
}

/// The workspace's target directory, as cargo says (`CARGO_TARGET_DIR` and configuration
/// included).
fn target_directory() -> Result<PathBuf> {
    let output = measure::cargo()
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(crates::repo_root())
        .output()?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed:\n{}", String::from_utf8_lossy(&output.stderr)).into());
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let dir = metadata["target_directory"].as_str().ok_or("cargo metadata gave no target_directory")?;
    Ok(PathBuf::from(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_texts_are_read_from_the_stats_line() {
        let line = "16948 entries (12279 distinct API 3.0 codes), 9 strings in 10 bytes (raw texts 1569702 bytes), x";
        assert_eq!(parse_raw_texts(line), Some(1_569_702));
        assert_eq!(parse_raw_texts("nothing"), None);
    }

    #[test]
    fn timings_reports_are_read() {
        let html = r#"<script>
const UNIT_DATA = [{"i":0,"name":"syn","version":"3.0.0","mode":"todo","target":"","start":0.1,"duration":5.4},
{"i":1,"name":"perf","version":"0.0.0","mode":"todo","target":" bin \"perf\"","start":5.5,"duration":7.25}];
const CONCURRENCY_DATA = [];
</script>"#;
        let units = longest_units(html, 6).unwrap();
        assert_eq!(units, [(7.25, "perf  bin \"perf\"".to_owned()), (5.4, "syn".to_owned())]);
    }
}
