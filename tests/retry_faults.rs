//! The retry policy under faults, over real HTTP: a scripted server on 127.0.0.1
//! (`tests/support/faults.rs`) answers each request with throttling, a busy resource, an
//! internal error, a 502 without a body, a dropped connection or success, as the call's
//! script says; `ureq` calls it from several threads through one `RetryPolicy` with a shared
//! `RetryBudget`. The server counts the requests of every call, so the checks are on what
//! went over the wire.
//!
//! Run with `cargo test --test retry_faults -- --nocapture` to see the measured table.

#[path = "support/faults.rs"]
mod faults;

use std::collections::HashMap;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::{Duration, Instant};

use faults::{Fault, FaultServer, agent};
use tencent_errors::retry::{self, Decision, RetryBudget, RetryPolicy, StopReason};
use tencent_errors::{ApiError, Retry};

/// The attempt limit of the test policy.
const MAX_ATTEMPTS: u32 = 4;
/// Client threads.
const THREADS: usize = 4;

/// The test policy: the production rules with millisecond backoffs, 4 attempts and a deadline
/// well inside the test's time.
fn policy(budget: RetryBudget) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(MAX_ATTEMPTS)
        .with_backoff(Retry::Throttling, Duration::from_millis(2), Duration::from_millis(16))
        .with_backoff(Retry::Busy, Duration::from_millis(4), Duration::from_millis(16))
        .with_backoff(Retry::Transient, Duration::from_millis(1), Duration::from_millis(8))
        .with_deadline(Some(Duration::from_secs(5)))
        .with_budget(budget)
}

/// One attempt of a call, the way a client reads a Tencent Cloud answer: a transport failure
/// is `ApiError::network`, anything else goes through `ApiError::from_response`.
fn attempt(agent: &ureq::Agent, url: &str, call: &str, script: &str) -> Result<(), ApiError> {
    let mut response = agent
        .post(url)
        .header("X-Call-Id", call)
        .header("X-Faults", script)
        .header("X-TC-Action", "DescribeInstances")
        .content_type("application/json")
        .send("{}")
        .map_err(|err| ApiError::network(err.to_string()))?;
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_vec().map_err(|err| ApiError::network(err.to_string()))?;
    match ApiError::from_response(status, &body) {
        Ok(None) => Ok(()),
        Ok(Some(error)) => Err(error),
        Err(parse) => Err(ApiError::network(parse.to_string())),
    }
}

/// What the client saw of one call.
#[derive(Debug)]
struct Outcome {
    id: String,
    script: &'static str,
    idempotent: bool,
    /// Requests sent.
    attempts: u32,
    /// The class of each failed attempt, in order.
    failures: Vec<Retry>,
    /// `None` for a success.
    stop: Option<StopReason>,
    /// Wall time of the call minus the time of its last attempt: what retrying added.
    extra: Duration,
}

/// One call through the policy, driven by hand with `Attempts` so the test sees each decision.
fn call(
    agent: &ureq::Agent,
    url: &str,
    policy: &RetryPolicy,
    id: String,
    script: &'static str,
    idempotent: bool,
) -> Outcome {
    let started = Instant::now();
    let mut attempts = policy.start();
    let mut failures = Vec::new();
    let mut sent = 0;
    loop {
        let this = Instant::now();
        sent += 1;
        let result = attempt(agent, url, &id, script);
        let last = this.elapsed();
        let stop = match result {
            Ok(()) => {
                attempts.succeeded();
                None
            }
            Err(error) => {
                failures.push(policy.class_of(&error));
                match attempts.decide(&error, idempotent) {
                    Decision::RetryAfter(delay) => {
                        thread::sleep(delay);
                        continue;
                    }
                    Decision::Stop(reason) => Some(reason),
                    other => panic!("unexpected decision {other:?}"),
                }
            }
        };
        let extra = started.elapsed().saturating_sub(last);
        return Outcome { id, script, idempotent, attempts: sent, failures, stop, extra };
    }
}

/// What the policy's rules predict for a script, ignoring the budget: the number of attempts
/// and whether the call ends in success.
fn model(script: &str, idempotent: bool) -> (u32, bool) {
    let faults: Vec<Fault> = script.split(',').map(|name| Fault::parse(name).unwrap()).collect();
    for n in 1..=MAX_ATTEMPTS {
        let fault = faults[(n as usize - 1).min(faults.len() - 1)];
        match fault.class() {
            None => return (n, true),
            Some(Retry::Never) => return (n, false),
            Some(Retry::Transient) if !idempotent => return (n, false),
            _ if n == MAX_ATTEMPTS => return (n, false),
            _ => {}
        }
    }
    unreachable!()
}

/// Runs `calls` calls on each of [`THREADS`] threads, call `i` of a thread with
/// `scripts[i % len]`, idempotent as `idempotent(i)` says.
fn fleet(
    server: &FaultServer,
    policy: &RetryPolicy,
    name: &str,
    calls: usize,
    scripts: &'static [&'static str],
    idempotent: fn(usize) -> bool,
) -> Vec<Outcome> {
    let url = server.url();
    thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|t| {
                let url = &url;
                scope.spawn(move || {
                    let agent = agent();
                    (0..calls)
                        .map(|i| {
                            let id = format!("{name}-{t}-{i}");
                            call(&agent, url, policy, id, scripts[i % scripts.len()], idempotent(i))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|worker| worker.join().unwrap()).collect()
    })
}

/// Checks the server's record of every call against what the client saw and the rules.
fn check_wire(server: &FaultServer, name: &str, outcomes: &[Outcome]) {
    let served = server.served();
    for outcome in outcomes {
        let faults = served.get(&outcome.id).unwrap_or_else(|| panic!("{}: never reached the server", outcome.id));
        assert_eq!(faults.len() as u32, outcome.attempts, "{outcome:?}: the server counted every request");
        assert!(outcome.attempts <= MAX_ATTEMPTS, "{outcome:?}: within the attempt limit");
        let before_last = &faults[..faults.len() - 1];
        assert!(
            !before_last.iter().any(|fault| fault.class() == Some(Retry::Never)),
            "{outcome:?}: a Never error was repeated: {faults:?}"
        );
        if !outcome.idempotent {
            assert!(
                !before_last.iter().any(|fault| fault.class() == Some(Retry::Transient)),
                "{outcome:?}: a non-idempotent call was repeated after a transient failure: {faults:?}"
            );
        }
    }
    let prefix = format!("{name}-");
    let calls = served.keys().filter(|id| id.starts_with(&prefix)).count();
    assert_eq!(calls, outcomes.len(), "no request of an unknown call");
}

/// Retried calls' extra latency at percentile `p`.
fn percentile(outcomes: &[Outcome], p: f64) -> Duration {
    let mut extra: Vec<Duration> = outcomes.iter().filter(|o| o.attempts > 1).map(|o| o.extra).collect();
    if extra.is_empty() {
        return Duration::ZERO;
    }
    extra.sort();
    extra[((extra.len() - 1) as f64 * p).round() as usize]
}

/// One row of the table the test prints.
fn row(name: &str, outcomes: &[Outcome], budget: &RetryBudget) -> String {
    let mut by_class: HashMap<Retry, usize> = HashMap::new();
    for class in outcomes.iter().flat_map(|o| &o.failures) {
        *by_class.entry(*class).or_default() += 1;
    }
    let count = |class| by_class.get(&class).copied().unwrap_or(0);
    let attempts: u32 = outcomes.iter().map(|o| o.attempts).sum();
    let succeeded = outcomes.iter().filter(|o| o.stop.is_none()).count();
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    format!(
        "| {name} | {} | {succeeded} | {attempts} | {} | {} | {} | {} | {} | {} | {} | {} |",
        outcomes.len(),
        count(Retry::Throttling),
        count(Retry::Busy),
        count(Retry::Transient),
        count(Retry::Never),
        attempts as usize - outcomes.len(),
        budget.refused(),
        ms(percentile(outcomes, 0.5)),
        ms(percentile(outcomes, 0.99)),
    )
}

const HEADER: &str = "| scenario | calls | succeeded | requests | throttling | busy | transient | never | retries | refused by budget | extra latency p50 | p99 |\n|---|---|---|---|---|---|---|---|---|---|---|---|";

/// Every script the mixed scenario uses, each run idempotent and not.
const MIXED: &[&str] = &[
    "ok",
    "throttle,ok",
    "busy,busy,ok",
    "internal,ok",
    "bad-gateway,ok",
    "drop,ok",
    "throttle,drop,ok",
    "busy,internal,bad-gateway,ok",
    "auth",
    "throttle",
    "drop",
];

/// A region that fails hard: every answer a 500-class failure or a dropped connection.
const HARD: &[&str] = &["internal", "bad-gateway", "drop"];

#[test]
fn retries_under_faults_stay_within_the_rules_and_the_budget() {
    let started = Instant::now();
    let server = FaultServer::start().unwrap();
    let mut table = vec![HEADER.to_owned()];

    // Mixed faults, a 500-token budget shared by four threads.
    let budget = RetryBudget::default();
    let mixed_policy = policy(budget.clone());
    let calls = MIXED.len() * 4;
    let mixed = fleet(&server, &mixed_policy, "mixed", calls, MIXED, |i| (i / MIXED.len()) % 2 == 0);
    check_wire(&server, "mixed", &mixed);
    for outcome in &mixed {
        let (attempts, success) = model(outcome.script, outcome.idempotent);
        if outcome.stop == Some(StopReason::Budget) {
            assert!(outcome.attempts < attempts, "{outcome:?}: the budget only shortens a call");
        } else {
            assert_eq!((outcome.attempts, outcome.stop.is_none()), (attempts, success), "{outcome:?}");
        }
        if outcome.idempotent && success && outcome.stop != Some(StopReason::Budget) {
            assert!(outcome.stop.is_none(), "{outcome:?}: an idempotent call completes");
        }
    }
    assert!(mixed.iter().any(|o| o.stop == Some(StopReason::NotIdempotent)));
    assert!(mixed.iter().any(|o| o.stop == Some(StopReason::NotRetryable)));
    assert!(budget.available() <= budget.capacity());
    table.push(row("mixed faults", &mixed, &budget));

    // The same scripts with a budget too large to refuse anything: every call is exactly what
    // the rules predict, so every idempotent call that can succeed does, within its limit.
    let large = RetryBudget::new(1_000_000);
    let exact = fleet(&server, &policy(large.clone()), "exact", calls, MIXED, |i| (i / MIXED.len()) % 2 == 0);
    check_wire(&server, "exact", &exact);
    for outcome in &exact {
        assert_eq!(
            (outcome.attempts, outcome.stop.is_none()),
            model(outcome.script, outcome.idempotent),
            "{outcome:?}"
        );
    }
    assert_eq!(large.refused(), 0);
    assert!(exact.iter().any(|o| o.stop == Some(StopReason::Attempts)));
    table.push(row("mixed faults, no budget limit", &exact, &large));

    // A region failing hard, idempotent calls only: without a budget each call would be sent
    // MAX_ATTEMPTS times; with the default 500 tokens at 14 a transient retry and no success to
    // refund any, the whole fleet gets 35 retries.
    let budget = RetryBudget::default();
    let hard = fleet(&server, &policy(budget.clone()), "hard", 40, HARD, |_| true);
    check_wire(&server, "hard", &hard);
    let retries: u32 = hard.iter().map(|o| o.attempts - 1).sum();
    let allowed = RetryBudget::DEFAULT_CAPACITY / RetryBudget::TRANSIENT_COST;
    assert!(retries <= allowed, "{retries} retries, the budget pays for {allowed}");
    assert_eq!(retries, allowed, "the fleet asked for more, so it got all the budget pays for");
    assert!(hard.iter().all(|o| o.stop.is_some()));
    assert!(hard.iter().filter(|o| o.stop == Some(StopReason::Budget)).count() >= hard.len() - allowed as usize);
    assert!(budget.available() < RetryBudget::TRANSIENT_COST);
    table.push(row("hard failure (500, 502, drop)", &hard, &budget));

    let table = table.join("\n");
    println!("\n{table}\n\n(whole test: {:.2} s)", started.elapsed().as_secs_f64());
    assert!(started.elapsed() < Duration::from_secs(20), "bounded in time");
}

#[test]
fn run_retries_over_http() {
    let server = FaultServer::start().unwrap();
    let (agent, url) = (agent(), server.url());
    let policy = policy(RetryBudget::default());

    // A busy resource: retried even for a call that is not idempotent.
    let result = retry::run(&policy, false, || attempt(&agent, &url, "run-busy", "busy,busy,ok"));
    assert_eq!(result, Ok(()));
    // A dropped connection on a call that is not idempotent: sent once.
    let error = retry::run(&policy, false, || attempt(&agent, &url, "run-drop", "drop,ok")).unwrap_err();
    assert_eq!(error.code(), tencent_errors::Code::Api3("ClientError.NetworkError"));
    // The same for an idempotent call: retried, and it succeeds.
    assert_eq!(retry::run(&policy, true, || attempt(&agent, &url, "run-drop-idem", "drop,ok")), Ok(()));
    // Throttled every time: MAX_ATTEMPTS requests, then the error.
    let error = retry::run(&policy, true, || attempt(&agent, &url, "run-throttle", "throttle")).unwrap_err();
    assert_eq!(error.retry(), Retry::Throttling);

    let served = server.served();
    let count = |id: &str| served[id].len();
    assert_eq!(
        [count("run-busy"), count("run-drop"), count("run-drop-idem"), count("run-throttle")],
        [3, 1, 2, MAX_ATTEMPTS as usize]
    );
}

/// A waker that unparks the thread blocked in [`block_on`].
struct Unpark(thread::Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// The smallest executor: poll, park until woken, repeat.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut context = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        thread::park();
    }
}

/// A timer future: ready once `until` has passed; a helper thread wakes the task then.
struct Sleep {
    until: Instant,
    armed: bool,
}

fn sleep(delay: Duration) -> Sleep {
    Sleep { until: Instant::now() + delay, armed: false }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, context: &mut Context<'_>) -> Poll<()> {
        let now = Instant::now();
        if now >= self.until {
            return Poll::Ready(());
        }
        if !self.armed {
            self.armed = true;
            let (waker, left) = (context.waker().clone(), self.until - now);
            thread::spawn(move || {
                thread::sleep(left);
                waker.wake();
            });
        }
        Poll::Pending
    }
}

#[test]
fn run_async_retries_over_http_with_the_callers_sleep() {
    let server = FaultServer::start().unwrap();
    let url = server.url();
    let budget = RetryBudget::default();
    let policy = policy(budget.clone());

    let outcomes: Vec<(bool, Result<(), ApiError>)> = thread::scope(|scope| {
        let workers: Vec<_> = [true, false]
            .into_iter()
            .map(|idempotent| {
                let (url, policy) = (&url, &policy);
                scope.spawn(move || {
                    let agent = agent();
                    let id = format!("async-{idempotent}");
                    let result = block_on(retry::run_async(
                        policy,
                        idempotent,
                        || {
                            let (agent, id) = (&agent, &id);
                            async move { attempt(agent, url, id, "throttle,internal,ok") }
                        },
                        sleep,
                    ));
                    (idempotent, result)
                })
            })
            .collect();
        workers.into_iter().map(|worker| worker.join().unwrap()).collect()
    });

    for (idempotent, result) in &outcomes {
        if *idempotent {
            assert_eq!(result, &Ok(()));
        } else {
            assert_eq!(result.as_ref().unwrap_err().retry(), Retry::Transient);
        }
    }
    let served = server.served();
    assert_eq!(served["async-true"], [Fault::Throttle, Fault::Internal, Fault::Ok]);
    assert_eq!(served["async-false"], [Fault::Throttle, Fault::Internal], "no retry after the internal error");
    assert_eq!(budget.refused(), 0);
}
