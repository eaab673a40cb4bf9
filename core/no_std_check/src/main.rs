//! A `#![no_std]`, `#![no_main]` program using tencent-errors-core with `alloc` only; see
//! Cargo.toml. It is built and linked, never run: the heap below hands out nothing.
#![no_std]
#![no_main]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::panic::PanicInfo;

use tencent_errors_core::{ApiError, Code, Lang, Retry, TencentError, catalog};

/// An allocator that always fails: enough to link, since linking is all this checks.
struct NoHeap;

// SAFETY: returning null is always a valid answer ("out of memory"), and `dealloc` is only
// ever called with pointers `alloc` returned, of which there are none.
unsafe impl GlobalAlloc for NoHeap {
    unsafe fn alloc(&self, _: Layout) -> *mut u8 {
        core::ptr::null_mut()
    }

    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}

#[global_allocator]
static HEAP: NoHeap = NoHeap;

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {
        core::hint::spin_loop();
    }
}

/// The entry point the linker starts from (lld's default), so that what `check` reaches is
/// linked rather than collected as unused.
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    core::hint::black_box(check());
    loop {
        core::hint::spin_loop();
    }
}

/// Touches the catalog, the suggestions, `ApiError`, `Code`, the `TencentError` trait and
/// `core::error::Error`, so that all of them are compiled and linked.
fn check() -> usize {
    let code = Code::parse("AuthFailure.SignatureFailure");
    let entry = catalog::lookup(code).map_or(0, |entry| entry.message(Lang::En).len());
    let suggestions = catalog::suggest("AuthFailure.SignatureFailur", 3).len()
        + catalog::suggest_products("cmv", 3).len()
        + catalog::suggest_actions("cvm", "RunInstance", 3).len();
    let error = ApiError::new(code, "no std").with_request_id("r-1");
    let as_trait: &dyn TencentError = &error;
    let as_error: &dyn core::error::Error = &error;
    let retry = usize::from(as_trait.retry() == Retry::Never) + usize::from(as_error.source().is_none());
    entry + suggestions + retry + serde_check(&error)
}

/// `ApiError` implements both serde traits without std.
fn serde_check(error: &ApiError) -> usize {
    fn is_serde<T: serde::Serialize + for<'de> serde::Deserialize<'de>>(_: &T) -> usize {
        1
    }
    is_serde(error)
}
