use tencent_errors::tc_code;

fn main() {
    let _ = tc_code!("FailedOperation.ClassNoFound", product = "vod", action = "DescribeMediaInfos");
}
