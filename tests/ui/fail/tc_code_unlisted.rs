use tencent_errors::tc_code;

fn main() {
    let _ = tc_code!("InternalError", unlisted);
    let _ = tc_code!("FailedOperation.ClassNoFound", product = "vod", unlisted);
    let _ = tc_code!("FailedOperation.InvalidVodUser", product = "vod", action = "DescribeMediaInfos", unlisted);
    let _ = tc_code!("Invalid State", unlisted);
    let _ = tc_code!("internalerror", unlisted);
    let _ = tc_code!("InvalidInstanceState.Terminating", unlisted = true);
    let _ = tc_code!("InvalidInstanceState.Terminating");
}
