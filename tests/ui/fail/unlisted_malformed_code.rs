use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InvalidInstanceState..Terminating", unlisted)]
    EmptySegment,
    #[tencent(code = "InvalidInstanceState.", unlisted)]
    TrailingDot,
    #[tencent(code = "Invalid Instance State", unlisted)]
    Space,
    #[tencent(code = "InvalidInstance-State", unlisted)]
    Dash,
    #[tencent(code = "4100", unlisted)]
    LegacyAsString,
}

fn main() {}
