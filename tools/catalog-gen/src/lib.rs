//! Maintainer tool for the `tencent-errors` catalog.
//!
//! Two steps, each a module:
//! * [`import`]: Tencent's sources (the seed documents and the SDK extracts in `shared/`,
//!   SDK checkouts or packages) become the human-readable data files in `core/data/`.
//! * [`generate`]: `core/data/` becomes the compact tables in
//!   `core/src/catalog/generated/`, which nobody edits by hand; a test checks they are fresh.

pub mod data;
pub mod generate;
pub mod import;
mod text;

use std::path::PathBuf;

/// The workspace root, found from this package's own location.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `core/data/` of the workspace.
pub fn data_dir() -> PathBuf {
    workspace_root().join("core/data")
}

/// `core/src/catalog/generated/` of the workspace.
pub fn generated_dir() -> PathBuf {
    workspace_root().join("core/src/catalog/generated")
}
