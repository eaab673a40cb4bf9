use tencent_errors::TencentError;

#[derive(TencentError)]
union E {
    code: i32,
    other: u32,
}

// `TencentError` requires `Debug`; without this impl rustc adds two E0277 errors after ours
// (a known issue, see tests/ui.rs).
impl std::fmt::Debug for E {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("E")
    }
}

fn main() {}
