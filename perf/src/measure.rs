//! Timing cargo builds, medians, and the scratch directory the generated crates live in.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Result;

/// A directory under the system's temporary directory, removed with everything in it when
/// dropped.
pub struct Scratch {
    path: PathBuf,
}

impl Scratch {
    /// Creates a fresh, empty directory.
    pub fn new() -> Result<Scratch> {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
        let path = std::env::temp_dir().join(format!("perf-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|err| format!("cannot create {}: {err}", path.display()))?;
        Ok(Scratch { path })
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// The cargo that runs this tool (`cargo run` sets `CARGO`), else `cargo` from `PATH`.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// `cargo fetch -q` in `dir`: the network once, so that the timed builds run `--offline`.
pub fn fetch(dir: &Path) -> Result<()> {
    run_quietly(cargo().arg("fetch").arg("-q").current_dir(dir), dir).map(|_| ())
}

/// Wall and cpu time of one command.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Seconds from start to exit.
    pub wall: f64,
    /// Seconds of user + system cpu of the command and all its descendants that were waited
    /// for (for cargo: cargo, every rustc, build scripts, linkers); `None` where the platform
    /// does not say.
    pub cpu: Option<f64>,
}

/// `cargo build -q --offline [args]` of the crate in `dir` into `target`, timed. Its output
/// goes to a log file that is printed if the build fails.
pub fn build(dir: &Path, target: &Path, args: &[&str]) -> Result<Timing> {
    let mut command = cargo();
    command.args(["build", "-q", "--offline"]).args(args).current_dir(dir).env("CARGO_TARGET_DIR", target);
    run_quietly(&mut command, dir)
}

/// Runs `command` with its output in `log_dir/perf.log`, timed; an error (with the log) if it
/// fails.
fn run_quietly(command: &mut Command, log_dir: &Path) -> Result<Timing> {
    let log_path = log_dir.join("perf.log");
    let log = std::fs::File::create(&log_path)?;
    command.stdin(Stdio::null()).stdout(log.try_clone()?).stderr(log);
    let cpu_before = children_cpu();
    let start = Instant::now();
    let status = command.status().map_err(|err| format!("cannot run {command:?}: {err}"))?;
    let wall = start.elapsed().as_secs_f64();
    let cpu = cpu_before.zip(children_cpu()).map(|(before, after)| (after - before).as_secs_f64());
    if !status.success() {
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        return Err(format!("{command:?} failed ({status}):\n{log}").into());
    }
    Ok(Timing { wall, cpu })
}

/// User + system cpu time of this process's children that have ended and were waited for,
/// and of their waited-for descendants (`getrusage(RUSAGE_CHILDREN)`).
#[cfg(unix)]
fn children_cpu() -> Option<Duration> {
    use nix::sys::resource::{UsageWho, getrusage};
    use nix::sys::time::TimeValLike;
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).ok()?;
    let micros = usage.user_time().num_microseconds() + usage.system_time().num_microseconds();
    Some(Duration::from_micros(u64::try_from(micros).ok()?))
}

/// Not measured outside Unix.
#[cfg(not(unix))]
fn children_cpu() -> Option<Duration> {
    None
}

/// The median of `values`: the middle one, or the lower of the two middle ones for an even
/// count (as the scripts this tool replaced computed it); `NaN` for none.
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n => sorted[n.div_ceil(2) - 1],
    }
}

/// The wall and cpu times of several builds of one crate.
#[derive(Clone, Debug, Default)]
pub struct Series {
    /// Wall seconds, in run order.
    pub wall: Vec<f64>,
    /// Cpu seconds, in run order (`NaN` where not measured).
    pub cpu: Vec<f64>,
}

impl Series {
    /// Adds one build.
    pub fn push(&mut self, timing: Timing) {
        self.wall.push(timing.wall);
        self.cpu.push(timing.cpu.unwrap_or(f64::NAN));
    }

    /// Median wall seconds.
    pub fn wall(&self) -> f64 {
        median(&self.wall)
    }

    /// Median cpu seconds.
    pub fn cpu(&self) -> f64 {
        median(&self.cpu)
    }

    /// The wall times, space-separated, as measured.
    pub fn wall_list(&self) -> String {
        self.wall.iter().map(|wall| format!("{wall:.3}")).collect::<Vec<_>>().join(" ")
    }
}

/// Printable runs of at least `min` bytes (ASCII graphic characters, space and tab, as
/// `strings -n min` reads them) in `bytes` that contain `needle`: what
/// `strings -n min FILE | grep -cF needle` counts.
pub fn strings_containing(bytes: &[u8], min: usize, needle: &str) -> usize {
    bytes
        .split(|&byte| !(byte.is_ascii_graphic() || byte == b' ' || byte == b'\t'))
        .filter(|run| run.len() >= min)
        .filter(|run| run.windows(needle.len()).any(|window| window == needle.as_bytes()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_is_the_middle_or_the_lower_middle() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.0);
        assert_eq!(median(&[5.5]), 5.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn strings_are_printable_runs() {
        let bytes = b"\0\x01The needle here\0short\0needle\x7fneedle in a longer run\n";
        assert_eq!(strings_containing(bytes, 8, "needle"), 2);
        assert_eq!(strings_containing(bytes, 4, "needle"), 3);
        assert_eq!(strings_containing(bytes, 8, "absent"), 0);
    }

    #[cfg(unix)]
    #[test]
    fn cpu_of_children_is_measured() {
        let dir = Scratch::new().unwrap();
        let timing = run_quietly(Command::new("true").current_dir(dir.path()), dir.path()).unwrap();
        assert!(timing.cpu.is_some_and(|cpu| cpu >= 0.0) && timing.wall >= 0.0, "{timing:?}");
        assert!(run_quietly(&mut Command::new("false"), dir.path()).is_err());
    }
}
