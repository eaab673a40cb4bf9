// A mistyped code in a match arm is the only diagnostic: no "unreachable pattern" warning
// for the arms after it, and the same for two errors in one invocation.
use tencent_errors::{Code, tc_code};

fn advice(code: Code<'_>) -> &'static str {
    match code {
        tc_code!("AuthFailure.SignatureFailur") => "check the key",
        tc_code!(-514) => "it exists",
        tc_code!("InternalErr", produkt = "cvm") => "retry",
        _ => "see the message",
    }
}

fn main() {
    let _ = advice(Code::Legacy(-514));
}
