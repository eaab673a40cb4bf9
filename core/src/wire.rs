//! The two JSON wire formats of Tencent Cloud error responses. (Being written.)
