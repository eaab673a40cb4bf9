//! Helpers shared by the integration tests. This directory is not a test target of its own:
//! cargo only builds top-level `tests/*.rs` files, and each of those that needs a helper
//! includes it with `mod support;`.

/// The loopback HTTP server and agent; `examples/http_roundtrip.rs` includes it too.
pub mod loopback;
