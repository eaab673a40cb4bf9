//! [`Lang`]: the two languages the catalog is written in.

use core::fmt;

/// A language of the catalog's texts.
///
/// Tencent documents every code in Chinese and most in English; [`Entry::message`]
/// falls back to the other language when one is missing.
///
/// [`Entry::message`]: crate::Entry::message
///
/// ```
/// use tencent_errors_core::{Code, Lang, catalog};
/// let entry = catalog::lookup(Code::Legacy(4100)).unwrap();
/// assert_eq!(entry.message(Lang::En), "Authentication failed");
/// assert_eq!(entry.message(Lang::Zh), "鉴权失败");
/// ```
///
/// Tencent may document more languages one day, so the enum is `#[non_exhaustive]`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// The other language: the one [`Entry::message`](crate::Entry::message) falls back to.
    ///
    /// ```
    /// use tencent_errors_core::Lang;
    /// assert_eq!(Lang::En.other(), Lang::Zh);
    /// ```
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// Picks the language from a POSIX locale string such as the `LANG` environment
    /// variable: `zh_CN.UTF-8`, `zh_TW` or `zh` give [`Lang::Zh`], anything else [`Lang::En`].
    ///
    /// ```
    /// use tencent_errors_core::Lang;
    /// assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
    /// assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    /// ```
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale.split(['_', '.', '@', '-']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("zh") { Lang::Zh } else { Lang::En }
    }
}

/// The language's code: `en` or `zh`, as `#[tencent(lang = "...")]` takes it.
///
/// ```
/// use tencent_errors_core::Lang;
/// assert_eq!(Lang::Zh.to_string(), "zh");
/// ```
impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        })
    }
}
