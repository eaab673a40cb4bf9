use tencent_errors::TencentError;

// Only our error: no stub impl asks for `Debug`.
#[derive(TencentError)]
union E {
    code: i32,
    other: u32,
}

fn main() {}
