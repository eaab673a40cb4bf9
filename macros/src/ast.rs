//! The derive input, reshaped into what the rest of the macro needs: the type, its
//! attributes and, per variant, its attributes and where its `ApiError` field is.
//!
//! A struct is treated as an enum with one variant whose path is `Self`.

use syn::{Data, DeriveInput, Fields, Generics, Ident, Member, Type};

use crate::attr::{self, Place, TypeAttrs, VariantAttrs};
use crate::ctxt::Ctxt;

pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: TypeAttrs,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    /// `None` for a struct.
    pub ident: Option<&'a Ident>,
    /// What errors about the variant as a whole point at: its name (the type's for a struct).
    pub name: &'a Ident,
    pub attrs: VariantAttrs,
    pub fields: FieldsInfo,
}

/// The fields of a variant, as far as the derive cares.
pub struct FieldsInfo {
    /// The one `ApiError` field, if any.
    pub carrier: Option<Member>,
    /// `PhantomData` markers, which let generic types use their parameters.
    pub phantoms: Vec<Member>,
    /// Every field, for checking the names `display` refers to.
    pub all: Vec<Member>,
}

impl<'a> Input<'a> {
    /// Reads `input`; `None` (with the problem recorded) for a union, which has no variants
    /// to match codes to.
    pub fn from_syn(input: &'a DeriveInput, cx: &mut Ctxt) -> Option<Input<'a>> {
        let place = match &input.data {
            Data::Struct(_) => Place::Struct,
            Data::Enum(_) => Place::Enum,
            Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "`TencentError` cannot be derived for a union: use an enum or a struct",
                );
                return None;
            }
        };
        let (attrs, type_variant_attrs) = attr::parse(&input.attrs, place, cx);
        let variants = match &input.data {
            Data::Struct(data) => vec![Variant {
                ident: None,
                name: &input.ident,
                attrs: type_variant_attrs,
                fields: FieldsInfo::from_syn(&data.fields, &input.ident, cx),
            }],
            Data::Enum(data) => data
                .variants
                .iter()
                .map(|variant| Variant {
                    ident: Some(&variant.ident),
                    name: &variant.ident,
                    attrs: attr::parse(&variant.attrs, Place::Variant, cx).1,
                    fields: FieldsInfo::from_syn(&variant.fields, &variant.ident, cx),
                })
                .collect(),
            Data::Union(_) => unreachable!("returned above"),
        };
        Some(Input { ident: &input.ident, generics: &input.generics, attrs, variants })
    }
}

impl FieldsInfo {
    fn from_syn(fields: &Fields, name: &Ident, cx: &mut Ctxt) -> FieldsInfo {
        let mut info = FieldsInfo { carrier: None, phantoms: Vec::new(), all: Vec::new() };
        for (index, field) in fields.iter().enumerate() {
            let member = match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(syn::Index::from(index)),
            };
            info.all.push(member.clone());
            if is_named(&field.ty, "PhantomData") {
                info.phantoms.push(member);
            } else if !is_named(&field.ty, "ApiError") {
                cx.error_spanned_by(
                    &field.ty,
                    format!(
                        "`{name}` may hold one `ApiError` field (and `PhantomData` markers), nothing else: \
                         other field types are not supported"
                    ),
                );
            } else if info.carrier.is_some() {
                cx.error_spanned_by(&field.ty, format!("`{name}` already holds an `ApiError` field; it may hold one"));
            } else {
                info.carrier = Some(member);
            }
        }
        info
    }
}

/// Whether `ty` is a path ending in `name` without generic arguments for `ApiError`
/// (`ApiError`, `tencent_errors::ApiError`) or with them for `PhantomData<T>`. The derive
/// sees tokens, not types, so an alias of `ApiError` is not recognised.
fn is_named(ty: &Type, name: &str) -> bool {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last().is_some_and(|last| last.ident == name),
        Type::Group(group) => is_named(&group.elem, name),
        Type::Paren(paren) => is_named(&paren.elem, name),
        _ => false,
    }
}
