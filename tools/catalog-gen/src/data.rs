//! The data files in `core/data/`: their rows, and reading and writing them.
//!
//! Every file is UTF-8 TSV with one header row, no quoting, and no tab or newline inside a
//! field (the importers normalise whitespace). An empty field means "not documented".

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::path::Path;

/// Where a code is documented; mirrors `tencent_errors_core::Family`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Family {
    Access,
    Video,
    Module,
    Common,
    Product,
    Client,
    Cos,
}

impl Family {
    pub const ALL: [Family; 7] =
        [Family::Access, Family::Video, Family::Module, Family::Common, Family::Product, Family::Client, Family::Cos];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Access => "access",
            Family::Video => "video",
            Family::Module => "module",
            Family::Common => "common",
            Family::Product => "product",
            Family::Client => "client",
            Family::Cos => "cos",
        }
    }

    pub fn parse(text: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.as_str() == text)
    }

    pub fn is_legacy(self) -> bool {
        matches!(self, Family::Access | Family::Video | Family::Module)
    }
}

/// One catalog entry as the data files give it.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Record {
    pub family: Option<Family>,
    /// The code as written: `4100`, `-514` or `AuthFailure.SignatureFailure`.
    pub code: String,
    /// Empty for codes of no product.
    pub product: String,
    pub message_en: String,
    pub message_zh: String,
    pub description_en: String,
    pub description_zh: String,
    pub api3_equivalent: String,
    /// Products only: the API versions whose documents list the code, comma-separated.
    pub versions: String,
    /// Products only: empty while the newest SDK release still lists the code; otherwise the
    /// source id and release of the newest SDK that listed it (`sdk-go v1.3.166`).
    pub last_listed: String,
    /// COS only: the HTTP statuses the COS error-code page lists the code under, in its order.
    pub http_status: Vec<u16>,
}

/// Another documented English wording of an entry.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Alternate {
    pub family: Family,
    pub product: String,
    pub code: String,
    pub source: String,
    pub message_en: String,
    pub description_en: String,
}

/// One code an API action may return, with the API versions whose SDK documents list it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct ActionCode {
    pub product: String,
    /// The API action name: `DescribeMediaInfos`.
    pub action: String,
    pub code: String,
    /// The API versions whose SDK lists the code for the action, comma-separated.
    pub versions: String,
}

/// What the SDKs say of one API action's request (`action-traits.tsv`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct ActionTrait {
    pub product: String,
    pub action: String,
    /// Whether the request takes a `ClientToken` (idempotency) parameter.
    pub client_token: bool,
    /// The default request-rate limit the SDK documents, in requests per second.
    pub rate_limit_per_second: Option<u32>,
}

/// The whole of `core/data/`.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Catalog {
    pub legacy: Vec<Record>,
    pub common: Vec<Record>,
    pub products: Vec<Record>,
    /// `client.tsv`: the codes Tencent's SDKs raise on the client side. Maintained by hand
    /// from the SDK sources, not by an importer.
    pub client: Vec<Record>,
    /// `cos.tsv`: COS's XML error codes. Maintained by hand from COS's error-code page, not
    /// by an importer.
    pub cos: Vec<Record>,
    pub alternates: Vec<Alternate>,
    /// Sorted by (product, action, code), each triple once.
    pub actions: Vec<ActionCode>,
    /// `product-docs.tsv`: each product's documentation id, by product. Not written by the
    /// importers (it is maintained from the SDK's product list).
    pub product_docs: Vec<(String, u32)>,
    /// `action-traits.tsv`, as `import-python` writes it.
    pub action_traits: Vec<ActionTrait>,
    /// `retry.tsv`: (code, class) for the codes whose retry class a rule on names cannot
    /// give; maintained by hand, each row with its reason.
    pub retry: Vec<(String, String)>,
}

/// A data file that does not read as expected.
#[derive(Debug)]
pub struct DataError(pub String);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DataError {}

pub const LEGACY_FILE: &str = "legacy.tsv";
pub const COMMON_FILE: &str = "common.tsv";
pub const PRODUCTS_FILE: &str = "products.tsv";
pub const ALTERNATES_FILE: &str = "alternates.tsv";
pub const ACTIONS_FILE: &str = "actions.tsv";
pub const ACTION_TRAITS_FILE: &str = "action-traits.tsv";
pub const PRODUCT_DOCS_FILE: &str = "product-docs.tsv";
pub const CLIENT_FILE: &str = "client.tsv";
pub const RETRY_FILE: &str = "retry.tsv";
pub const COS_FILE: &str = "cos.tsv";

const LEGACY_HEADER: [&str; 7] =
    ["family", "code", "message_en", "message_zh", "description_en", "description_zh", "api3_equivalent"];
const COMMON_HEADER: [&str; 3] = ["code", "message_en", "message_zh"];
const PRODUCTS_HEADER: [&str; 6] = ["product", "code", "message_en", "message_zh", "versions", "last_listed"];
const ALTERNATES_HEADER: [&str; 6] = ["family", "product", "code", "source", "message_en", "description_en"];
const ACTIONS_HEADER: [&str; 4] = ["product", "action", "code", "versions"];
const ACTION_TRAITS_HEADER: [&str; 4] = ["product", "action", "client_token", "rate_limit_per_second"];
const PRODUCT_DOCS_HEADER: [&str; 2] = ["product", "doc_id"];
const CLIENT_HEADER: [&str; 5] = ["code", "message_en", "message_zh", "sdks", "sdk_message"];
const RETRY_HEADER: [&str; 3] = ["code", "class", "reason"];
const COS_HEADER: [&str; 6] = ["code", "http_status", "message_en", "message_zh", "description_en", "description_zh"];

impl Catalog {
    /// Reads the data files of `dir`.
    pub fn read(dir: &Path) -> Result<Catalog, DataError> {
        let legacy = read_tsv(&dir.join(LEGACY_FILE), &LEGACY_HEADER)?
            .into_iter()
            .map(|row| {
                let family = Family::parse(&row[0]).filter(|f| f.is_legacy());
                let family = family.ok_or_else(|| DataError(format!("{LEGACY_FILE}: bad family `{}`", row[0])))?;
                let product = if family == Family::Module { "monitor" } else { "" };
                Ok(Record {
                    family: Some(family),
                    code: row[1].clone(),
                    product: product.to_owned(),
                    message_en: row[2].clone(),
                    message_zh: row[3].clone(),
                    description_en: row[4].clone(),
                    description_zh: row[5].clone(),
                    api3_equivalent: row[6].clone(),
                    versions: String::new(),
                    last_listed: String::new(),
                    http_status: Vec::new(),
                })
            })
            .collect::<Result<_, DataError>>()?;
        let common = read_tsv(&dir.join(COMMON_FILE), &COMMON_HEADER)?
            .into_iter()
            .map(|row| Record {
                family: Some(Family::Common),
                code: row[0].clone(),
                message_en: row[1].clone(),
                message_zh: row[2].clone(),
                ..Record::default()
            })
            .collect();
        let products = read_tsv(&dir.join(PRODUCTS_FILE), &PRODUCTS_HEADER)?
            .into_iter()
            .map(|row| Record {
                family: Some(Family::Product),
                product: row[0].clone(),
                code: row[1].clone(),
                message_en: row[2].clone(),
                message_zh: row[3].clone(),
                versions: row[4].clone(),
                last_listed: row[5].clone(),
                ..Record::default()
            })
            .collect();
        let alternates = read_tsv(&dir.join(ALTERNATES_FILE), &ALTERNATES_HEADER)?
            .into_iter()
            .map(|row| {
                let family = Family::parse(&row[0])
                    .ok_or_else(|| DataError(format!("{ALTERNATES_FILE}: bad family `{}`", row[0])))?;
                Ok(Alternate {
                    family,
                    product: row[1].clone(),
                    code: row[2].clone(),
                    source: row[3].clone(),
                    message_en: row[4].clone(),
                    description_en: row[5].clone(),
                })
            })
            .collect::<Result<_, DataError>>()?;
        let actions = read_tsv(&dir.join(ACTIONS_FILE), &ACTIONS_HEADER)?
            .into_iter()
            .map(|row| {
                let [product, action, code, versions] =
                    <[String; 4]>::try_from(row).expect("read_tsv checks the width");
                ActionCode { product, action, code, versions }
            })
            .collect();
        // Maintained by hand from the SDK's product list, not by an importer: a directory an
        // importer wrote (a test's) may not have it, and then no product has a page.
        let docs_path = dir.join(PRODUCT_DOCS_FILE);
        let doc_rows = if docs_path.exists() { read_tsv(&docs_path, &PRODUCT_DOCS_HEADER)? } else { Vec::new() };
        let product_docs = doc_rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                let id = row[1].parse::<u32>().ok().filter(|&id| id > 0).ok_or_else(|| {
                    DataError(format!(
                        "{}:{}: doc_id `{}` is not a positive number",
                        docs_path.display(),
                        i + 2,
                        row[1]
                    ))
                })?;
                Ok((row[0].clone(), id))
            })
            .collect::<Result<_, DataError>>()?;
        let action_traits = read_action_traits(dir)?;
        // Like `product-docs.tsv`, not written by the importers: optional in a directory one wrote.
        let client_path = dir.join(CLIENT_FILE);
        let client_rows = if client_path.exists() { read_tsv(&client_path, &CLIENT_HEADER)? } else { Vec::new() };
        let client = client_rows
            .into_iter()
            .map(|row| Record {
                family: Some(Family::Client),
                code: row[0].clone(),
                message_en: row[1].clone(),
                message_zh: row[2].clone(),
                ..Record::default()
            })
            .collect();
        let cos = read_cos(dir)?;
        let retry_path = dir.join(RETRY_FILE);
        let retry_rows = if retry_path.exists() { read_tsv(&retry_path, &RETRY_HEADER)? } else { Vec::new() };
        let retry = retry_rows.into_iter().map(|row| (row[0].clone(), row[1].clone())).collect();
        Ok(Catalog { legacy, common, products, client, cos, alternates, actions, product_docs, action_traits, retry })
    }

    /// Checks the rule of `SOURCES.md` for `actions.tsv`: its rows are sorted and unique, and
    /// every (product, code) of an action is a code of the product or a common code. All
    /// violations are reported, not just the first.
    pub fn check_actions(&self) -> Result<(), DataError> {
        let known: HashSet<(&str, &str)> =
            self.products.iter().map(|r| (r.product.as_str(), r.code.as_str())).collect();
        let common: HashSet<&str> = self.common.iter().map(|r| r.code.as_str()).collect();
        let mut problems = Vec::new();
        for (i, row) in self.actions.iter().enumerate() {
            let key = (&row.product, &row.action, &row.code);
            if i > 0 && (&self.actions[i - 1].product, &self.actions[i - 1].action, &self.actions[i - 1].code) >= key {
                problems.push(format!("{} {} {}: out of order or repeated", row.product, row.action, row.code));
            }
            if row.product.is_empty() || row.action.is_empty() || row.versions.is_empty() {
                problems
                    .push(format!("{} {} {}: empty product, action or versions", row.product, row.action, row.code));
            }
            if !known.contains(&(row.product.as_str(), row.code.as_str())) && !common.contains(row.code.as_str()) {
                problems.push(format!(
                    "{} {} may return {}, which is neither a code of {} nor a common code",
                    row.product, row.action, row.code, row.product
                ));
            }
        }
        if problems.is_empty() {
            return Ok(());
        }
        let shown = problems.iter().take(20).map(|p| format!("\n  {p}")).collect::<String>();
        let more =
            if problems.len() > 20 { format!("\n  ... and {} more", problems.len() - 20) } else { String::new() };
        Err(DataError(format!("{ACTIONS_FILE}: {} problems:{shown}{more}", problems.len())))
    }

    /// Writes the five data files into `dir`.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        let legacy = self.legacy.iter().map(|r| {
            let family = r.family.map_or("", Family::as_str);
            vec![
                family,
                &r.code,
                &r.message_en,
                &r.message_zh,
                &r.description_en,
                &r.description_zh,
                &r.api3_equivalent,
            ]
        });
        fs::write(dir.join(LEGACY_FILE), render_tsv(&LEGACY_HEADER, legacy))?;
        let common = self.common.iter().map(|r| vec![r.code.as_str(), &r.message_en, &r.message_zh]);
        fs::write(dir.join(COMMON_FILE), render_tsv(&COMMON_HEADER, common))?;
        let products = self
            .products
            .iter()
            .map(|r| vec![r.product.as_str(), &r.code, &r.message_en, &r.message_zh, &r.versions, &r.last_listed]);
        fs::write(dir.join(PRODUCTS_FILE), render_tsv(&PRODUCTS_HEADER, products))?;
        let alternates = self
            .alternates
            .iter()
            .map(|a| vec![a.family.as_str(), &a.product, &a.code, &a.source, &a.message_en, &a.description_en]);
        fs::write(dir.join(ALTERNATES_FILE), render_tsv(&ALTERNATES_HEADER, alternates))?;
        let actions = self.actions.iter().map(|a| vec![a.product.as_str(), &a.action, &a.code, &a.versions]);
        fs::write(dir.join(ACTIONS_FILE), render_tsv(&ACTIONS_HEADER, actions))
    }
}

/// Reads `cos.tsv` of `dir`, if it has one (like `client.tsv`, no importer writes it). Its
/// `http_status` is one status or several, comma-separated, in the page's order.
fn read_cos(dir: &Path) -> Result<Vec<Record>, DataError> {
    let path = dir.join(COS_FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    read_tsv(&path, &COS_HEADER)?
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let http_status = row[1]
                .split(',')
                .map(|status| status.parse::<u16>().ok().filter(|s| (100..=599).contains(s)))
                .collect::<Option<Vec<u16>>>()
                .ok_or_else(|| {
                    DataError(format!(
                        "{}:{}: http_status `{}` is not a list of HTTP statuses",
                        path.display(),
                        i + 2,
                        row[1]
                    ))
                })?;
            Ok(Record {
                family: Some(Family::Cos),
                code: row[0].clone(),
                product: "cos".to_owned(),
                message_en: row[2].clone(),
                message_zh: row[3].clone(),
                description_en: row[4].clone(),
                description_zh: row[5].clone(),
                http_status,
                ..Record::default()
            })
        })
        .collect()
}

/// Reads `action-traits.tsv` of `dir`.
pub fn read_action_traits(dir: &Path) -> Result<Vec<ActionTrait>, DataError> {
    let path = dir.join(ACTION_TRAITS_FILE);
    read_tsv(&path, &ACTION_TRAITS_HEADER)?
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let [product, action, client_token, rate] =
                <[String; 4]>::try_from(row).expect("read_tsv checks the width");
            let at = |what: &str| DataError(format!("{}:{}: {what}", path.display(), i + 2));
            let client_token = match client_token.as_str() {
                "yes" => true,
                "no" => false,
                other => return Err(at(&format!("client_token is `{other}`, expected yes or no"))),
            };
            let rate_limit_per_second = match rate.as_str() {
                "" => None,
                text => Some(text.parse().map_err(|_| at(&format!("rate limit `{text}` is not a whole number")))?),
            };
            Ok(ActionTrait { product, action, client_token, rate_limit_per_second })
        })
        .collect()
}

/// Writes `action-traits.tsv` into `dir`.
pub fn write_action_traits(dir: &Path, traits: &[ActionTrait]) -> std::io::Result<()> {
    let rates: Vec<String> =
        traits.iter().map(|t| t.rate_limit_per_second.map_or(String::new(), |r| r.to_string())).collect();
    let rows = traits
        .iter()
        .zip(&rates)
        .map(|(t, rate)| vec![t.product.as_str(), &t.action, if t.client_token { "yes" } else { "no" }, rate.as_str()]);
    fs::write(dir.join(ACTION_TRAITS_FILE), render_tsv(&ACTION_TRAITS_HEADER, rows))
}

/// Reads a TSV file whose header must be exactly `header`.
pub fn read_tsv(path: &Path, header: &[&str]) -> Result<Vec<Vec<String>>, DataError> {
    let name = path.display();
    let text = fs::read_to_string(path).map_err(|e| DataError(format!("{name}: {e}")))?;
    let mut lines = text.lines();
    let found: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    if found != header {
        return Err(DataError(format!("{name}: header is {found:?}, expected {header:?}")));
    }
    lines
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
            if fields.len() == header.len() {
                Ok(fields)
            } else {
                Err(DataError(format!("{name}:{}: {} fields, expected {}", i + 2, fields.len(), header.len())))
            }
        })
        .collect()
}

/// Renders rows as TSV with `header` first.
pub fn render_tsv<'a>(header: &[&str], rows: impl Iterator<Item = Vec<&'a str>>) -> String {
    let mut out = header.join("\t");
    out.push('\n');
    for row in rows {
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}
