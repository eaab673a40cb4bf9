// `crate` takes the path as a string, as for the derive; the derive's error points at it.
use tencent_errors::action_error;

action_error!(
    #[tencent(crate = tencent_errors)]
    pub enum MediaInfoError = vod::DescribeMediaInfos;
);

fn main() {}
