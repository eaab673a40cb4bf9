//! `perf`: the performance measurements behind `docs/perf.md`, as one maintainer tool.
//!
//! ```text
//! cargo perf derive-build-time [RUNS]        (= cargo run -q -p perf -- derive-build-time)
//! cargo perf action-enum-build-time [RUNS]
//! cargo perf build-time [RUNS]
//! cargo perf service-build-time [RUNS]
//! cargo perf feature-build-time FEATURE [RUNS]
//! cargo perf derive-binary-size
//! cargo perf catalog-size
//! cargo perf derive-bench [-- CRITERION ARGS]
//! cargo perf write-crates DIR                 (the generated crates, to read; nothing built)
//! ```
//!
//! The build measurements generate small user crates (see [`crates`]) into a scratch directory,
//! fetch their dependencies once, then build them `--offline`, interleaved (a, b, c, a, b, c,
//! ...) so that the machine's noise hits every crate alike, and print each run and the
//! medians and ratios. The generated crates depend on this repository's packages by path but
//! build them as cargo builds crates.io dependencies, without incremental compilation
//! (`--path-deps` builds them incrementally, as cargo does path dependencies by default).
//! Cpu time is user + sys of cargo and every process it waited for
//! (rustc, build scripts, the linker), from `getrusage(RUSAGE_CHILDREN)`; other load on the
//! machine disturbs it less than wall time.

mod commands;
mod crates;
mod measure;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// What every command returns: an error is printed as `perf: {error}`, exit status 1.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Performance measurements of tencent-errors: build times, binary sizes, the derive bench.
#[derive(Debug, Parser)]
#[command(name = "perf", arg_required_else_help = true)]
struct Cli {
    /// Build this repository's packages incrementally, as cargo builds path dependencies,
    /// instead of the way cargo builds them from crates.io (not incrementally, the default).
    #[arg(long, global = true)]
    path_deps: bool,
    #[command(subcommand)]
    command: Command,
}

/// The measurements.
#[derive(Debug, Subcommand)]
enum Command {
    /// Clean and edit-rebuild dev builds of a crate with a 100-variant enum: derived, thiserror
    /// 2, hand-written, derived + 1,000 `tc_code!`, derived with default features.
    DeriveBuildTime {
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 5, value_parser = runs)]
        runs: u32,
        /// Then one more clean build of derived, thiserror and tc_code with `cargo build
        /// --timings`: the reports are kept in the target directory's
        /// `derive-build-timings/`, and their longest units printed.
        #[arg(long)]
        timings: bool,
    },
    /// Clean and edit-rebuild dev builds of `action_error!` over cvm RunInstances against the
    /// same enum written with thiserror 2.
    ActionEnumBuildTime {
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 3, value_parser = runs)]
        runs: u32,
    },
    /// Clean dev builds of the 100-variant derived enum's crate and of an empty crate depending
    /// on tencent-errors-core, against this tree and against BASELINE (another checkout of this
    /// repository, e.g. `git worktree add --detach ../base <commit>`), with thiserror 2 beside.
    BaselineBuildTime {
        /// The other checkout.
        baseline: std::path::PathBuf,
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 3, value_parser = runs)]
        runs: u32,
    },
    /// Clean dev builds of the 100-variant derived enum's crate with default features, with
    /// and without one more feature of tencent-errors (`xml`, `http`, `miette`): its cost.
    FeatureBuildTime {
        /// The facade's feature.
        feature: String,
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 3, value_parser = runs)]
        runs: u32,
    },
    /// Clean dev builds of a service crate that already depends on serde (derive), serde_json
    /// and thiserror 2, without and with tencent-errors (default features) for its remote
    /// errors: what adding the crate costs.
    ServiceBuildTime {
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 3, value_parser = runs)]
        runs: u32,
    },
    /// Clean dev builds of an empty crate depending on tencent-errors-core (with and without
    /// default features) against thiserror 2.
    BuildTime {
        /// How many interleaved rounds of clean builds.
        #[arg(default_value_t = 3, value_parser = runs)]
        runs: u32,
    },
    /// Stripped release binaries using the 100-variant enum: derived, hand-written, derived +
    /// `catalog::lookup`, derived with default features, thiserror; and whether catalog texts
    /// are linked.
    DeriveBinarySize,
    /// Bytes the full catalog adds to a stripped release binary, against its raw text bytes.
    CatalogSize,
    /// `cargo bench --bench derive` (derived against hand-written conversion and `Display`),
    /// then criterion's medians per element and their ratio.
    DeriveBench {
        /// Passed to criterion (after `--`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "CRITERION ARGS")]
        criterion: Vec<String>,
    },
    /// Write every crate the measurements generate into DIR (one directory each), without
    /// building them: to read them, or build one by hand.
    WriteCrates {
        /// Where to write them; created if missing, and must not hold them already.
        #[arg(value_name = "DIR")]
        dir: std::path::PathBuf,
    },
}

/// A number of runs: a whole number from 1.
fn runs(text: &str) -> std::result::Result<u32, String> {
    match text.parse() {
        Ok(0) | Err(_) => Err(format!("the number of runs must be a whole number from 1, not `{text}`")),
        Ok(runs) => Ok(runs),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    crates::set_path_deps_incremental(cli.path_deps);
    let result = match cli.command {
        Command::DeriveBuildTime { runs, timings } => commands::derive_build_time(runs, timings),
        Command::ActionEnumBuildTime { runs } => commands::action_enum_build_time(runs),
        Command::BuildTime { runs } => commands::build_time(runs),
        Command::ServiceBuildTime { runs } => commands::service_build_time(runs),
        // The tool runs one command and ends: the name may live as long as it does.
        Command::FeatureBuildTime { feature, runs } => commands::feature_build_time(feature.leak(), runs),
        Command::BaselineBuildTime { baseline, runs } => commands::baseline_build_time(&baseline, runs),
        Command::DeriveBinarySize => commands::derive_binary_size(),
        Command::CatalogSize => commands::catalog_size(),
        Command::DeriveBench { criterion } => commands::derive_bench(&criterion),
        Command::WriteCrates { dir } => commands::write_crates(&dir),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("perf: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bad_input_is_refused() {
        for args in [
            &["perf", "no-such-command"][..],
            &["perf", "derive-build-time", "0"],
            &["perf", "build-time", "three"],
            &["perf", "catalog-size", "5"],
        ] {
            assert!(Cli::try_parse_from(args).is_err(), "{args:?}");
        }
        let cli = Cli::try_parse_from(["perf", "derive-bench", "--", "--sample-size", "10"]).unwrap();
        assert!(matches!(cli.command, Command::DeriveBench { criterion } if criterion == ["--sample-size", "10"]));
        let cli = Cli::try_parse_from(["perf", "action-enum-build-time"]).unwrap();
        assert!(matches!(cli.command, Command::ActionEnumBuildTime { runs: 3 }));
    }
}
