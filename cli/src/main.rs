//! `tcerr`: the Tencent Cloud error catalog at the command line.
//!
//! ```text
//! tcerr 4100                                     show one code
//! tcerr --product vod ResourceNotFound.FileNotExist
//! tcerr search signature                         full-text search
//! tcerr NoSuchBucket                             a COS code (`--product cos` when API 3.0 has it too)
//! tcerr explain response.json                    read a response body, JSON or COS's XML (`-` for stdin)
//! tcerr list --json                              the whole catalog, one JSON object per line
//! tcerr actions vod                              a product's API actions
//! tcerr actions vod DescribeMediaInfos           the error codes one action may return
//! ```
//!
//! Exit status: 0 on success, 1 when nothing was found (an unknown code or action, a search
//! without hits), 2 for bad input (usage errors, an unknown product, an unreadable or
//! malformed body).

mod actions;
mod explain;
mod list;
mod output;
mod search;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use tencent_errors::{Family, Lang, catalog};

use output::Status;

/// Look up Tencent Cloud API error codes in the catalog, search it, and explain error
/// responses.
#[derive(Debug, Parser)]
#[command(
    name = "tcerr",
    version,
    subcommand_negates_reqs = true,
    // Clap would also accept a code before a command; `main` rejects that, and the usage
    // line says so.
    override_usage = "tcerr [OPTIONS] <CODE>\n       tcerr [OPTIONS] <COMMAND>",
    arg_required_else_help = true,
    // Module codes are negative (`tcerr -- -514` would work too, but nobody guesses that).
    allow_negative_numbers = true
)]
struct Cli {
    /// The error code to show: a legacy integer (`4100`, `-514`), an API 3.0 code
    /// (`AuthFailure.SignatureFailure`) or a COS code (`NoSuchBucket`; with `--product cos`
    /// for a spelling API 3.0 has too, such as `InternalError`).
    #[arg(value_name = "CODE", required = true)]
    code: Option<String>,

    #[command(flatten)]
    options: Options,

    #[command(subcommand)]
    command: Option<Command>,
}

/// Options every command takes, before or after its name.
#[derive(Debug, Clone, Args)]
pub struct Options {
    /// Language of the texts [default: from LC_ALL, LC_MESSAGES or LANG; else en]
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,

    /// Use this product's (service's) codes, as Tencent names it: `vod`, `cvm`, ...
    #[arg(long, global = true, value_name = "PRODUCT")]
    product: Option<String>,
}

/// What `tcerr` was asked to do besides showing a code.
#[derive(Debug, Subcommand)]
enum Command {
    /// Search codes, messages and descriptions (English and Chinese) for entries matching
    /// every word, ignoring case.
    Search {
        /// The words to look for.
        // An empty word would match every entry: surely a mistake (`tcerr search "$unset"`).
        #[arg(required = true, value_name = "WORD", value_parser = clap::builder::NonEmptyStringValueParser::new())]
        words: Vec<String>,
        /// Show at most this many entries (0: all of them).
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
    },
    /// Read a Tencent Cloud response body (API 3.0 or API 2.0 JSON, or COS's XML) and explain
    /// its error.
    Explain {
        /// The file holding the body, or `-` for standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// List catalog entries, one per line.
    List {
        /// One JSON object per line instead of text.
        #[arg(long)]
        json: bool,
        /// Only entries of this family.
        #[arg(long, value_enum)]
        family: Option<FamilyArg>,
    },
    /// List a product's API actions with how many error codes each documents, or, given an
    /// action, the error codes it may return.
    Actions {
        /// The product (service), as Tencent names it: `vod`, `cvm`, ...
        // Not `product`: that is the id of the global `--product` option.
        #[arg(value_name = "PRODUCT")]
        service: String,
        /// The action (case-sensitive, as in the `Action` request parameter):
        /// `DescribeMediaInfos`.
        #[arg(value_name = "ACTION")]
        action: Option<String>,
        /// One JSON object per line instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// `--lang`: the two languages of the catalog.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

/// `--family`: mirrors [`Family`], which is `#[non_exhaustive]` and so cannot derive
/// `ValueEnum` here.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum FamilyArg {
    /// API 2.0 access-layer codes.
    Access,
    /// API 2.0 video-cloud codes.
    Video,
    /// Cloud Monitor module codes.
    Module,
    /// API 3.0 common codes.
    Common,
    /// API 3.0 product business codes.
    Product,
    /// Codes Tencent's SDKs raise on the client side.
    Client,
    /// COS (Cloud Object Storage) codes of its XML error bodies.
    Cos,
}

impl From<FamilyArg> for Family {
    fn from(family: FamilyArg) -> Family {
        match family {
            FamilyArg::Access => Family::Access,
            FamilyArg::Video => Family::Video,
            FamilyArg::Module => Family::Module,
            FamilyArg::Common => Family::Common,
            FamilyArg::Product => Family::Product,
            FamilyArg::Client => Family::Client,
            FamilyArg::Cos => Family::Cos,
        }
    }
}

impl Options {
    /// The language: `--lang`, else the locale.
    fn lang(&self) -> Lang {
        match self.lang {
            Some(LangArg::En) => Lang::En,
            Some(LangArg::Zh) => Lang::Zh,
            None => locale_lang(|name| std::env::var_os(name)),
        }
    }

    /// The `--product` name, checked against the catalog so that a typo is not mistaken for
    /// "no such code"; `Err` after telling the user (with suggestions).
    fn product(&self) -> Result<Option<&str>, Status> {
        match self.product.as_deref() {
            Some(name) if !catalog::is_product(name) => {
                output::unknown_product(name);
                Err(Status::Failure)
            }
            product => Ok(product),
        }
    }
}

/// The language of the locale, read the way POSIX `setlocale` does for messages: the first
/// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides.
fn locale_lang(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.is_empty())
        // A locale name that is not UTF-8 is not one of the Chinese ones `from_locale` knows.
        .map_or(Lang::En, |value| Lang::from_locale(&value.to_string_lossy()))
}

/// Parses the command line, runs the command, and exits with its status.
fn main() -> ExitCode {
    // `parse` exits with status 2 on usage errors and 0 for `--help` and `--version`.
    let cli = Cli::parse();
    if let (Some(code), Some(_)) = (&cli.code, &cli.command) {
        // Not `args_conflicts_with_subcommands`: that would also forbid `--lang` and
        // `--product` before the command name.
        let message = format!("a code (`{code}`) cannot be given together with a command");
        Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message).exit();
    }
    let mut command = cli.command;
    if let (Some(Command::Actions { service, action, .. }), Some(option)) = (&mut command, &cli.options.product)
        && service != option
    {
        if action.is_none() && !catalog::is_product(service) {
            // `tcerr --product vod actions DescribeMediaInfos`: the product came as the option.
            *action = Some(std::mem::replace(service, option.clone()));
        } else {
            let message = format!("`--product {option}` contradicts the product `{service}` of `actions`");
            Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message).exit();
        }
    }
    let options = cli.options;
    let lang = options.lang();
    let product = match options.product() {
        Ok(product) => product,
        Err(status) => return status.into(),
    };
    output::with_stdout(|out| match command {
        Some(Command::Search { words, limit }) => search::run(out, &words, limit, product, lang),
        Some(Command::Explain { file }) => explain::run(out, &file, product, lang),
        Some(Command::List { json, family }) => {
            let filter = list::Filter { product, family: family.map(Family::from) };
            if json { list::run_json(out, &filter) } else { list::run_plain(out, &filter, lang) }
        }
        Some(Command::Actions { service, action, json }) => {
            let request = actions::Request { product: &service, action: action.as_deref(), json };
            actions::run(out, &request, lang)
        }
        // `code` is required unless a subcommand is given, so clap has already rejected
        // the remaining `None` case; answer it like clap would rather than panic.
        None => match cli.code.as_deref() {
            Some(code) => show::run(out, code, product, lang),
            None => Ok(Status::Failure),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn locale_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.into())
        };
        assert_eq!(locale_lang(env(&[])), Lang::En);
        assert_eq!(locale_lang(env(&[("LANG", "zh_CN.UTF-8")])), Lang::Zh);
        assert_eq!(locale_lang(env(&[("LC_MESSAGES", "en_US"), ("LANG", "zh_CN")])), Lang::En);
        assert_eq!(locale_lang(env(&[("LC_ALL", ""), ("LANG", "zh_CN")])), Lang::Zh);
        assert_eq!(locale_lang(env(&[("LC_ALL", "zh_TW"), ("LANG", "C")])), Lang::Zh);
    }
}
