use tencent_errors::action_error;

action_error!(pub enum E = vdo::DescribeMediaInfos);

fn main() {}
