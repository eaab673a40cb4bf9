//! `tc_code!` with `unlisted`: codes the catalog does not list here, in constants, patterns
//! and expressions.
use tencent_errors::{Code, tc_code};

const TERMINATING: Code<'static> = tc_code!("InvalidInstanceState.Terminating", unlisted);

fn main() {
    assert_eq!(TERMINATING, Code::Api3("InvalidInstanceState.Terminating"));
    let state = match Code::Api3("InvalidInstanceState") {
        tc_code!("InvalidInstanceState", unlisted) => "no product declared",
        _ => "other",
    };
    assert_eq!(state, "no product declared");
    assert_eq!(tc_code!(123_456, unlisted), Code::Legacy(123_456));
    assert_eq!(
        tc_code!("FailedOperation.ClassNoFound", product = "vod", action = "DescribeMediaInfos", unlisted),
        Code::Api3("FailedOperation.ClassNoFound")
    );
}
