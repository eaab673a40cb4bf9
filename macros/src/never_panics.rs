//! The macros must turn any input into tokens or compile errors, never unwind: thousands of
//! generated and mutated inputs go straight into the expansion functions.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{TokenStream, TokenTree};

/// Inputs the mutations start from: valid ones and typical mistakes.
const SEEDS: &[&str] = &[
    r#"#[tencent(product = "vod")] enum E { #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)] A, #[tencent(code = "ResourceNotFound.FileNotExist")] B(ApiError), #[tencent(prefix = "RequestLimitExceeded")] C { source: ApiError }, #[tencent(other)] D(ApiError) }"#,
    r#"#[tencent(code = 4100)] struct S;"#,
    r#"#[tencent(code = -514, display = "x {0} {}")] struct S(ApiError);"#,
    r#"enum E<'a, T: Clone> where T: Copy { #[tencent(code = "InternalError", display = "{source:>8}")] A { source: ApiError, m: PhantomData<&'a T> } }"#,
    r#"#[tencent(lang = "zh", crate = "::te")] enum E { #[tencent(code = "AuthFailure.SignatureFailur")] A, #[tencent(code = 4.5)] B, #[tencent(cde = "x")] C }"#,
    r#"union U { a: u8 }"#,
    r#"enum E { #[tencent(other)] A, #[tencent(other = 1)] B(ApiError, ApiError), r#type }"#,
    r#"enum E { #[tencent(code = b"x", code = true, code = 'c', code = 99999999999999, code = 5u8)] A }"#,
    r#"#[tencent(product = "vdo", product = "cvm")] enum E { #[tencent(code = "ResourceNotFound.FileNotExist", prefix = "Foo.", prefix = "")] A(ApiError) }"#,
    r#"#[tencent(product = "vod", action = "DescribeMediaInfos")] enum E { #[tencent(code = "InvalidInstanceState.Terminating", code = "FailedOperation.InvalidVodUser", unlisted)] A, #[tencent(code = -99999, unlisted, display = "{{x}}")] B, #[tencent(code = "a..b", unlisted)] C(ApiError) }"#,
    r#"#[tencent(product = "cam")] enum E { #[tencent(suffix = "NameInUse", suffix = "GroupNameInUse", prefix = "InvalidParameter")] A(ApiError), #[tencent(suffix = "a.b", suffix = "", suffix = "NameInUze")] B, #[tencent(other, suffix = "x", unlisted)] C(ApiError) }"#,
    r#"#[tencent(code = "authfailure.signaturefailure", unlisted)] struct S;"#,
    r#"#[tencent(product = "cos")] enum E { #[tencent(code = "NoSuchBucket", code = "InternalError")] A, #[tencent(code = "NoSuchBuckt", code = 4100, code = "AuthFailure.SignatureFailure")] B(ApiError), #[tencent(prefix = "NoSuch", prefix = "No.", suffix = "AlreadyExists")] C(ApiError), #[tencent(code = "Request has expired", code = "x-y", unlisted)] D, #[tencent(other)] F(ApiError) }"#,
    r#"#[tencent(product = "cos", product = "vod", action = "PutObject")] enum E { #[tencent(code = "NoSuchBucket")] A, #[tencent(prefix = "NoSuhc")] B(ApiError) }"#,
];

const TC_CODE_SEEDS: &[&str] = &[
    r#""AuthFailure.SignatureFailure""#,
    r#"-514"#,
    r#""ResourceNotFound.FileNotExist", product = "vod""#,
    r#""x", product = 1, crate = "a::b", what = "y","#,
    r#"4100i64"#,
    r#""InvalidInstanceState.Terminating", unlisted"#,
    r#""FailedOperation.ClassNoFound", product = "vod", action = "DescribeMediaInfos", unlisted, unlisted = 1"#,
    r#""a b", unlisted"#,
    r#""NoSuchBucket", product = "cos""#,
    r#""NoSuchBucket""#,
    r#""nosuchbucket", product = "cos", unlisted"#,
];

/// Pieces the mutations splice in: odd literals, keys, punctuation, non-ASCII identifiers.
const PIECES: &[&str] = &[
    "code",
    "prefix",
    "suffix",
    "unlisted",
    "other",
    "display",
    "product",
    "lang",
    "crate",
    "tencent",
    "=",
    ",",
    "-",
    "--",
    "#",
    "::",
    "\"\"",
    "\"{\"",
    "\"}\"",
    "\"{0}{1}{x}{}{:$}\"",
    "\"4100\"",
    "\"-0\"",
    "\"  x\"",
    "\"InternalError.\"",
    "1.5",
    "2147483648",
    "-2147483648",
    "0x10",
    "1e9",
    "true",
    "b\"x\"",
    "c\"x\"",
    "'x'",
    "b'x'",
    "变体",
    "r#type",
    "Ünïcødé",
    "ApiError",
    "PhantomData<T>",
    "(ApiError)",
    "{ source: ApiError }",
    "<T>",
    "<'a>",
    "where T: Copy",
    "()",
    "[]",
    "#[tencent()]",
    "#[tencent]",
    "#[tencent = \"x\"]",
    "#[tencent(code)]",
    "#[tencent(code =)]",
    "#[tencent(code = \"RequestLimitExceeded\")]",
    "#[tencent(prefix = \"RequestLimitExceeded\")]",
    "#[tencent(suffix = \"NameInUse\")]",
    "#[tencent(code = \"Not.In.Catalog\", unlisted)]",
    "\"InvalidInstanceState.Terminating\"",
];

/// A tiny deterministic generator (xorshift64*): reproducible failures without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The input's tokens as text pieces, groups flattened to their delimiters, so that
/// mutations can also unbalance them.
fn pieces(source: &str) -> Vec<String> {
    fn walk(stream: TokenStream, out: &mut Vec<String>) {
        for tree in stream {
            match tree {
                TokenTree::Group(group) => {
                    let (open, close) = match group.delimiter() {
                        proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                        proc_macro2::Delimiter::Brace => ("{", "}"),
                        proc_macro2::Delimiter::Bracket => ("[", "]"),
                        proc_macro2::Delimiter::None => ("", ""),
                    };
                    out.push(open.into());
                    walk(group.stream(), out);
                    out.push(close.into());
                }
                other => out.push(other.to_string()),
            }
        }
    }
    let mut out = Vec::new();
    walk(source.parse().expect("seeds are token streams"), &mut out);
    out
}

fn mutate(rng: &mut Rng, mut tokens: Vec<String>) -> String {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(tokens.len() + 1);
        match rng.below(4) {
            0 if at < tokens.len() => {
                tokens.remove(at);
            }
            1 if at < tokens.len() => {
                let copy = tokens[at].clone();
                tokens.insert(at, copy);
            }
            2 if at < tokens.len() => tokens[at] = PIECES[rng.below(PIECES.len())].to_owned(),
            _ => tokens.insert(at, PIECES[rng.below(PIECES.len())].to_owned()),
        }
    }
    tokens.join(" ")
}

/// Runs `expand` on `count` mutations of each seed; returns how many inputs it accepted
/// (`expand` says whether the input got as far as the macro's own code).
fn hammer(seeds: &[&str], count: usize, expand: impl Fn(TokenStream) -> bool) -> usize {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tried = 0;
    for seed in seeds {
        let base = pieces(seed);
        for _ in 0..count {
            let text = mutate(&mut rng, base.clone());
            let Ok(tokens) = text.parse::<TokenStream>() else { continue };
            match catch_unwind(AssertUnwindSafe(|| expand(tokens))) {
                Ok(reached) => tried += usize::from(reached),
                Err(_) => panic!("the macro panicked on: {text}"),
            }
        }
    }
    tried
}

fn derive_reached(tokens: TokenStream) -> bool {
    match syn::parse2::<syn::DeriveInput>(tokens) {
        Ok(input) => {
            crate::expand::derive(&input);
            true
        }
        Err(_) => false,
    }
}

#[test]
fn derive_never_panics_on_mutated_inputs() {
    let reached = hammer(SEEDS, 500, derive_reached);
    assert!(reached > 500, "only {reached} mutated inputs reached the derive");
}

const GENERICS: &[&str] = &["", "<T>", "<'a, T: Clone>", "<T> where T: Copy", "<const N: usize>", "<'a>"];
const NAMES: &[&str] = &["A", "B", "Other", "变体", "r#type", "Ünïcødé", "_x", "A"];
const SHAPES: &[&str] = &[
    "",
    "(ApiError)",
    "{ source: ApiError }",
    "(ApiError, PhantomData<T>)",
    "(String)",
    "(ApiError, ApiError)",
    "{ r#type: ApiError }",
    "()",
    "{}",
    "(tencent_errors::ApiError)",
    "(Box<ApiError>)",
];
const KEYS: &[&str] = &[
    "code", "prefix", "suffix", "other", "unlisted", "display", "product", "action", "lang", "crate", "cde", "r#code",
    "变",
];
const VALUES: &[&str] = &[
    "\"AuthFailure.SignatureFailure\"",
    "\"AuthFailure.SignatureFailur\"",
    "4100",
    "-514",
    "- 514",
    "\"4100\"",
    "1.5",
    "true",
    "b\"x\"",
    "\"vod\"",
    "\"cos\"",
    "\"NoSuchBucket\"",
    "\"zh\"",
    "\"fr\"",
    "\"::x::y\"",
    "\"not a path\"",
    "\"{0} {source} {}\"",
    "\"RequestLimitExceeded\"",
    "\"\"",
    "X",
    "(1)",
    "9999999999",
    "\"NameInUse\"",
    "\"Not.In.Catalog\"",
    "\"a..b\"",
    "\"DescribeMediaInfos\"",
];

/// A random but well-formed derive input: every combination of keys, values, shapes,
/// generics and names reaches the macro's own checks.
fn generated(rng: &mut Rng) -> String {
    let attrs = |rng: &mut Rng| -> String {
        (0..rng.below(3))
            .map(|_| {
                let args: Vec<String> = (0..rng.below(4))
                    .map(|_| {
                        let key = KEYS[rng.below(KEYS.len())];
                        if rng.below(4) == 0 {
                            key.to_owned()
                        } else {
                            format!("{key} = {}", VALUES[rng.below(VALUES.len())])
                        }
                    })
                    .collect();
                format!("#[tencent({})]", args.join(", "))
            })
            .collect()
    };
    let type_attrs = attrs(rng);
    let generics = GENERICS[rng.below(GENERICS.len())];
    if rng.below(3) == 0 {
        let shape = SHAPES[rng.below(SHAPES.len())];
        let semi = if shape.starts_with('{') { "" } else { ";" };
        return format!("{type_attrs} struct S{generics} {shape}{semi}");
    }
    let variants: Vec<String> = (0..rng.below(6))
        .map(|_| format!("{} {}{}", attrs(rng), NAMES[rng.below(NAMES.len())], SHAPES[rng.below(SHAPES.len())]))
        .collect();
    format!("{type_attrs} enum E{generics} {{ {} }}", variants.join(", "))
}

#[test]
fn derive_never_panics_on_generated_inputs() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut reached = 0;
    for _ in 0..3_000 {
        let text = generated(&mut rng);
        let tokens: TokenStream = text.parse().unwrap_or_else(|e| panic!("generated tokens: {e}: {text}"));
        match catch_unwind(AssertUnwindSafe(|| derive_reached(tokens))) {
            Ok(ok) => reached += usize::from(ok),
            Err(_) => panic!("the derive panicked on: {text}"),
        }
    }
    assert!(reached > 2_500, "only {reached} generated inputs reached the derive");
}

#[test]
fn derive_accepts_every_seed_shape_without_panicking() {
    for seed in SEEDS {
        let input: syn::DeriveInput = syn::parse_str(seed).expect("seeds parse as derive input");
        let output = crate::expand::derive(&input);
        assert!(!output.is_empty(), "no output for {seed}");
    }
}

#[test]
fn tc_code_never_panics() {
    let reached = hammer(TC_CODE_SEEDS, 600, |tokens| {
        crate::tc_code::expand(tokens);
        true
    });
    assert!(reached > 2_000, "only {reached} mutated inputs were token streams");
}

/// Every seed mistake is reported, and reported all at once.
#[test]
fn all_problems_of_one_input_are_reported() {
    let input: syn::DeriveInput = syn::parse_str(SEEDS[4]).unwrap();
    let output = crate::expand::derive(&input).to_string();
    // Three mistakes, three errors: no follow-up "has no error code" for `B` and `C`.
    assert_eq!(output.matches("compile_error").count(), 3, "{output}");
    assert!(output.contains("did you mean `AuthFailure.SignatureFailure`"), "{output}");
    assert!(output.contains("found a float literal"), "{output}");
    assert!(output.contains("unknown `tencent` attribute key `cde`"), "{output}");
}
