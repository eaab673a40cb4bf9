//! The catalog checks of codes, products, actions, prefixes and suffixes, with their "did you
//! mean" messages: core's `__private::checks` (which says why they live there), with the
//! problems of the declared products and actions spanned on what the user wrote.

use syn::LitStr;
use tencent_errors_core::__private::checks::{self, Declared};
pub use tencent_errors_core::__private::checks::{Scope, Site};

use crate::ctxt::Ctxt;

/// The scope the literals `product = "..."` and `action = "..."` declare, each problem with
/// one of them reported on it.
pub fn scope(products: &[LitStr], actions: &[LitStr], site: Site, cx: &mut Ctxt) -> Scope {
    let (scope, problems) = Scope::new(&values(products), &values(actions), site);
    for (declared, message) in problems {
        let lit = match declared {
            Declared::Product(i) => &products[i],
            Declared::Action(i) => &actions[i],
        };
        cx.error_spanned_by(lit, message);
    }
    scope
}

/// Whether the declared products make a COS scope (`product = "cos"`).
pub fn is_cos_scope(products: &[LitStr]) -> bool {
    checks::is_cos_scope(&values(products))
}

fn values(lits: &[LitStr]) -> Vec<String> {
    lits.iter().map(LitStr::value).collect()
}
