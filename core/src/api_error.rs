//! [`ApiError`]: an error response from Tencent Cloud, owned. (Being written.)
