//! Where `tcerr` writes: buffered standard output that survives a closed pipe, diagnostics on
//! standard error, and the exit status both lead to.

use std::fmt;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use tencent_errors::{Entry, Lang};

/// How a command ended; `main` turns it into the process exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The command did what was asked (exit 0).
    Success,
    /// The command ran but found nothing: an unknown code, a search without hits (exit 1).
    NotFound,
    /// The input was wrong: an unknown product, an unreadable or malformed body (exit 2, the
    /// same status clap gives usage errors).
    Failure,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Success => ExitCode::SUCCESS,
            Status::NotFound => ExitCode::from(1),
            Status::Failure => ExitCode::from(2),
        }
    }
}

/// Runs `command` with a locked, buffered standard output and returns the exit status.
///
/// A reader that goes away early (`tcerr list | head -1`) is not an error of `tcerr`: Rust
/// ignores `SIGPIPE`, so the next write fails with `BrokenPipe`, and that ends the run
/// quietly with status 0. Any other write error is reported and gives status 2.
pub fn with_stdout(command: impl FnOnce(&mut dyn Write) -> io::Result<Status>) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    // Flush here rather than on drop, where the error would be lost.
    let result = command(&mut out).and_then(|status| out.flush().map(|()| status));
    match result {
        Ok(status) => status.into(),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {
            // Dropping `out` would try to flush into the closed pipe again; the buffered
            // rest is for a reader that left, so throw it away.
            let (_, _unwritten) = out.into_parts();
            ExitCode::SUCCESS
        }
        Err(err) => {
            let (_, _unwritten) = out.into_parts();
            diagnose(format_args!("tcerr: cannot write the output: {err}"));
            Status::Failure.into()
        }
    }
}

/// Writes `values` as JSON Lines: one compact JSON object per line.
///
/// serde_json hands the writer's own `io::Error` back, so a `BrokenPipe` reaches
/// [`with_stdout`] like any other write's.
pub fn write_json_lines(
    out: &mut dyn Write,
    values: impl Iterator<Item = impl serde::Serialize>,
) -> io::Result<Status> {
    for value in values {
        serde_json::to_writer(&mut *out, &value)?;
        out.write_all(b"\n")?;
    }
    Ok(Status::Success)
}

/// Writes one diagnostic line to standard error.
///
/// `eprintln!` would panic if standard error were closed; there is nobody left to tell then,
/// so the error is ignored instead.
pub fn diagnose(line: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Writes `tcerr: unknown product `name``, with the closest product names, to standard error.
pub fn unknown_product(name: &str) {
    diagnose(format_args!("tcerr: unknown product `{name}`"));
    let close = tencent_errors::catalog::suggest_products(name, 3);
    if !close.is_empty() {
        let close: Vec<String> = close.iter().map(|product| format!("`{product}`")).collect();
        diagnose(format_args!("  did you mean {}?", close.join(" or ")));
    }
}

/// Writes the one-line form of `entry` shared by `search` and `list`: the code padded to
/// `code_width`, the product (`-` for none) padded to `product_width`, and the message in `lang`.
pub fn write_entry_line(
    out: &mut dyn Write,
    entry: Entry,
    lang: Lang,
    code_width: usize,
    product_width: usize,
) -> io::Result<()> {
    let code = entry.code().to_string();
    let product = entry.product().unwrap_or("-");
    writeln!(out, "{code:<code_width$}  {product:<product_width$}  {}", one_line(entry.message(lang)))
}

/// Codes longer than this do not widen the code column: a handful of API 3.0 codes run to
/// 80 characters and would push every message far to the right; those few lines are ragged.
const MAX_CODE_WIDTH: usize = 48;

/// The column widths `write_entry_line` needs to align `entries`: the widest code (up to
/// `MAX_CODE_WIDTH`) and the widest product name, in characters, which is what `{:<width$}`
/// pads by.
pub fn column_widths(entries: impl Iterator<Item = Entry>) -> (usize, usize) {
    let (code, product) = entries.fold((0, 1), |(code, product), entry| {
        let code_len = match entry.code() {
            tencent_errors::Code::Legacy(n) => n.to_string().len(),
            tencent_errors::Code::Api3(text) | tencent_errors::Code::Cos(text) => text.chars().count(),
        };
        let product_len = entry.product().map_or(1, |name| name.chars().count());
        (code.max(code_len), product.max(product_len))
    });
    (code.min(MAX_CODE_WIDTH), product)
}

/// `text` with line breaks turned into spaces, so that one entry stays on one line of output.
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.split(['\n', '\r']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ").into()
    } else {
        text.into()
    }
}
