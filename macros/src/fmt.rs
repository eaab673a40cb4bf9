//! `display = "..."`: a format string naming the variant's fields, like thiserror's
//! `#[error("...")]`. `{0}` and `{}` name the first tuple field, `{source}` a named one.
//!
//! The string is rewritten to explicit positions (`{source:>8}` becomes `{0:>8}`) and the
//! fields are passed as positional arguments, which sidesteps raw identifiers and hygiene.

use syn::{LitStr, Member};

use crate::ast::FieldsInfo;

/// A checked `display` string, ready for `write!`.
pub struct DisplayFmt {
    /// The rewritten format string, spanned like the user's.
    pub lit: LitStr,
    /// The fields to pass, in position order.
    pub args: Vec<Member>,
}

/// Checks `lit` against `fields`; the error message names what is wrong.
pub fn parse(lit: &LitStr, fields: &FieldsInfo, variant: &str) -> Result<DisplayFmt, String> {
    let text = lit.value();
    let mut out = String::with_capacity(text.len());
    let mut args: Vec<Member> = Vec::new();
    let mut implicit = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' if chars.peek().is_some_and(|&(_, next)| next == '{') => {
                chars.next();
                out.push_str("{{");
            }
            '}' if chars.peek().is_some_and(|&(_, next)| next == '}') => {
                chars.next();
                out.push_str("}}");
            }
            '}' => return Err("unmatched `}` in `display`: write `}}` for a literal brace".into()),
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next() {
                        Some((_, '}')) => break,
                        Some((_, c)) => inside.push(c),
                        None => return Err("unmatched `{` in `display`: write `{{` for a literal brace".into()),
                    }
                }
                let (name, spec) = match inside.split_once(':') {
                    Some((name, spec)) => (name.trim(), Some(spec)),
                    None => (inside.trim(), None),
                };
                if spec.is_some_and(|spec| spec.contains('$')) {
                    return Err("`display` does not support `$` width or precision arguments".into());
                }
                let member = member_of(name, &mut implicit, fields, variant)?;
                let position = match args.iter().position(|m| *m == member) {
                    Some(position) => position,
                    None => {
                        args.push(member);
                        args.len() - 1
                    }
                };
                out.push('{');
                out.push_str(&position.to_string());
                if let Some(spec) = spec {
                    out.push(':');
                    out.push_str(spec);
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    Ok(DisplayFmt { lit: LitStr::new(&out, lit.span()), args })
}

/// The field an argument names: `""` (the next tuple field), `"0"` or `"source"`.
fn member_of(name: &str, implicit: &mut usize, fields: &FieldsInfo, variant: &str) -> Result<Member, String> {
    let member = if name.is_empty() {
        *implicit += 1;
        Member::Unnamed(syn::Index::from(*implicit - 1))
    } else if let Ok(index) = name.parse::<u32>() {
        Member::Unnamed(syn::Index::from(index as usize))
    } else {
        let ident = name.strip_prefix("r#").unwrap_or(name);
        match fields
            .all
            .iter()
            .find(|m| matches!(m, Member::Named(field) if field.to_string().trim_start_matches("r#") == ident))
        {
            Some(member) => member.clone(),
            None => return Err(missing(&format!("{{{name}}}"), name, fields, variant)),
        }
    };
    if fields.all.contains(&member) {
        Ok(member)
    } else {
        let shown = if name.is_empty() { "{}".to_owned() } else { format!("{{{name}}}") };
        Err(missing(&shown, name, fields, variant))
    }
}

fn missing(shown: &str, name: &str, fields: &FieldsInfo, variant: &str) -> String {
    let has = match fields.all.as_slice() {
        [] => format!("`{variant}` has no fields"),
        all => {
            let names: Vec<String> = all.iter().map(member_name).collect();
            format!("the fields of `{variant}` are {}", names.join(", "))
        }
    };
    let what = if name.is_empty() { "a positional field".to_owned() } else { format!("field `{name}`") };
    format!("`display` refers to {what} with `{shown}`, but {has}")
}

fn member_name(member: &Member) -> String {
    match member {
        Member::Named(ident) => format!("`{ident}`"),
        Member::Unnamed(index) => format!("`{}`", index.index),
    }
}
