//! Metrics for Prometheus at `/metrics`, in the OpenMetrics text format: HTTP requests and their
//! latency by route pattern, game plugin calls by plugin and outcome, the store's commit batches
//! and file size, accounts and login sessions, and the TLS certificate's expiry and reloads.
//!
//! The request counters live here and are updated by the `record` middleware; everything else
//! is kept by its owner (`store::WriterStats`, `plugins::CallStats`, the store file) and read
//! when scraped. Labels never carry personal data: a request is counted under the pattern of the
//! route it matched (`/admin/users/{id}`), never its path, so the series stay few and name
//! nobody. Only the configured addresses (`[metrics] allow`) get an answer; everyone else gets
//! 404, as for a page that does not exist.

use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipnet::IpNet;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::{Registry, Unit};

use crate::auth::access::ClientAddr;
use crate::http::state::AppState;
use crate::plugins::CallCount;
use crate::store::tables;
use crate::store::writer::{BATCH_SIZE_BOUNDS, WriterStats};

/// What `/metrics` answers with.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Upper bounds of the request latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// The route label of a request that matched no route (the 404 fallback).
const UNMATCHED: &str = "unmatched";

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: &'static str,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabels {
    result: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct VersionLabels {
    version: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PluginCallLabels {
    plugin: String,
    call: &'static str,
    outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PluginLabels {
    plugin: String,
    call: &'static str,
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The metrics a server keeps while it runs; one per server (tests run many in one process).
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    tls_reloads: Family<ResultLabels, Counter>,
    /// When the certificate chain in use expires; [`NO_CERTIFICATE`] without TLS, so that no
    /// expiry is reported at all (a 0 would look like a certificate that expired in 1970).
    tls_not_after: AtomicI64,
}

const NO_CERTIFICATE: i64 = i64::MIN;

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("digifit");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route pattern, method and status",
            requests.clone(),
        );
        let latency: LatencyFamily =
            Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        registry.register_with_unit(
            "http_request_duration",
            "Time from the request to the response's head, by route pattern",
            Unit::Seconds,
            latency.clone(),
        );
        let tls_reloads = Family::<ResultLabels, Counter>::default();
        registry.register(
            "tls_reloads",
            "Reloads of the TLS certificate (SIGHUP), by result (ok or refused)",
            tls_reloads.clone(),
        );
        registry.register(
            "build",
            "The digifit version",
            Info::new(VersionLabels {
                version: env!("CARGO_PKG_VERSION"),
            }),
        );
        Metrics {
            registry,
            requests,
            latency,
            tls_reloads,
            tls_not_after: AtomicI64::new(NO_CERTIFICATE),
        }
    }

    fn observe_request(&self, route: String, method: &Method, status: StatusCode, seconds: f64) {
        self.latency
            .get_or_create(&RouteLabels {
                route: route.clone(),
            })
            .observe(seconds);
        self.requests
            .get_or_create(&RequestLabels {
                route,
                method: method_label(method),
                status: status.as_u16(),
            })
            .inc();
    }

    /// A certificate chain was put in use (at start or by a reload) that expires at `not_after`.
    pub fn certificate_in_use(&self, not_after: i64) {
        self.tls_not_after.store(not_after, Ordering::Relaxed);
    }

    /// A reload of the certificate succeeded or was refused.
    pub fn certificate_reloaded(&self, ok: bool) {
        let result = if ok { "ok" } else { "refused" };
        self.tls_reloads
            .get_or_create(&ResultLabels { result })
            .inc();
    }

    /// The whole exposition: the live counters and what the owners of the rest report now.
    /// Reads the store: call it from a blocking context.
    pub fn render(&self, state: &AppState) -> Result<String, std::fmt::Error> {
        let mut text = String::new();
        prometheus_client::encoding::text::encode_registry(&mut text, &self.registry)?;
        let mut scraped = Registry::with_prefix("digifit");
        let mut figures = Scraped::take(state);
        figures.tls_not_after =
            Some(self.tls_not_after.load(Ordering::Relaxed)).filter(|t| *t != NO_CERTIFICATE);
        scraped.register_collector(Box::new(figures));
        prometheus_client::encoding::text::encode_registry(&mut text, &scraped)?;
        prometheus_client::encoding::text::encode_eof(&mut text)?;
        Ok(text)
    }
}

/// Methods outside the routes' own are counted together, so a client cannot mint label values.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        _ => "other",
    }
}

/// Counts every request with its route pattern, method, status and latency (to the response's
/// head). Layered outermost, so it sees the status the client gets.
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, MatchedPath::as_str)
        .to_owned();
    let method = request.method().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.observe_request(
        route,
        &method,
        response.status(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// Whether a client may read the metrics: its address is in an allowed network, and the request
/// did not come through a proxy (which would make every client look like the proxy's address).
fn may_read(allow: &[IpNet], client: Option<IpAddr>, headers: &HeaderMap) -> bool {
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|name| headers.contains_key(*name));
    match client {
        Some(address) if !proxied => {
            let address = address.to_canonical();
            allow.iter().any(|network| network.contains(&address))
        }
        _ => false,
    }
}

/// `GET /metrics`: the exposition for allowed addresses, 404 for everyone else.
pub async fn view_metrics_get(State(state): State<AppState>, request: Request) -> Response {
    let client = request
        .extensions()
        .get::<ClientAddr>()
        .map(|ClientAddr(peer)| peer.ip());
    if !may_read(&state.settings.metrics_allow, client, request.headers()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let rendered = tokio::task::spawn_blocking(move || state.metrics.render(&state)).await;
    match rendered {
        Ok(Ok(text)) => ([(header::CONTENT_TYPE, CONTENT_TYPE)], text).into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// What the owners of the other figures report at the moment of a scrape.
#[derive(Debug)]
struct Scraped {
    store_file_bytes: Option<u64>,
    writer: WriterStats,
    users: Option<u64>,
    login_sessions: Option<u64>,
    plugin_calls: Vec<CallCount>,
    tls_not_after: Option<i64>,
}

impl Scraped {
    fn take(state: &AppState) -> Scraped {
        let store = &state.store;
        let store_file_bytes = std::fs::metadata(store.path()).ok().map(|m| m.len());
        // redb keeps each table's length, so counting costs no scan.
        let (users, login_sessions) = match store.read() {
            Ok(txn) => {
                use redb::ReadableTableMetadata as _;
                let users = txn
                    .open_table(tables::USERS)
                    .ok()
                    .and_then(|t| t.len().ok());
                let sessions = txn
                    .open_table(tables::SESSIONS)
                    .ok()
                    .and_then(|t| t.len().ok());
                (users, sessions)
            }
            Err(_) => (None, None),
        };
        Scraped {
            store_file_bytes,
            writer: store.stats(),
            users,
            login_sessions,
            plugin_calls: state.catalogue.host().call_stats().snapshot(),
            tls_not_after: None,
        }
    }
}

fn gauge(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    unit: Option<&Unit>,
    value: Option<u64>,
) -> Result<(), std::fmt::Error> {
    if let Some(value) = value {
        let metric = ConstGauge::new(i64::try_from(value).unwrap_or(i64::MAX));
        metric.encode(encoder.encode_descriptor(name, help, unit, metric.metric_type())?)?;
    }
    Ok(())
}

impl Collector for Scraped {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        if let Some(not_after) = self.tls_not_after {
            let metric = ConstGauge::new(not_after);
            metric.encode(encoder.encode_descriptor(
                "tls_certificate_expiry_timestamp_seconds",
                "When the TLS certificate chain in use expires, in seconds since 1970 (UTC).",
                None,
                metric.metric_type(),
            )?)?;
        }
        gauge(
            &mut encoder,
            "store_file_size",
            "Size of the store file on disk.",
            Some(&Unit::Bytes),
            self.store_file_bytes,
        )?;
        gauge(
            &mut encoder,
            "users",
            "Accounts, enabled or not.",
            None,
            self.users,
        )?;
        gauge(
            &mut encoder,
            "login_sessions",
            "Stored login sessions (expired ones until the next sweep).",
            None,
            self.login_sessions,
        )?;

        // Batch sizes: bucket i counts batches of more than bound i-1 and at most bound i
        // operations, so the sum of all sizes is the number of operations.
        let mut buckets: Vec<(f64, u64)> = BATCH_SIZE_BOUNDS
            .iter()
            .zip(self.writer.batch_sizes)
            .map(|(bound, count)| (*bound as f64, count))
            .collect();
        buckets.push((f64::INFINITY, 0));
        let mut histogram = encoder.encode_descriptor(
            "store_commit_batch_size",
            "Write operations per committed batch of the group-commit writer (one fsync each; \
             the watchdog's empty probe counts as a batch of one).",
            None,
            MetricType::Histogram,
        )?;
        histogram.encode_histogram::<prometheus_client::encoding::NoLabelSet>(
            self.writer.ops as f64,
            self.writer.batches,
            &buckets,
            None,
        )?;

        let mut calls = encoder.encode_descriptor(
            "plugin_calls",
            "Calls into game plugins for players, by plugin, call and outcome (ok, refused by \
             the game, or the failure: trap, timeout, out_of_fuel, out_of_memory, …).",
            None,
            MetricType::Counter,
        )?;
        for count in &self.plugin_calls {
            let labels = PluginCallLabels {
                plugin: count.plugin.clone(),
                call: count.call.name(),
                outcome: count.outcome,
            };
            calls
                .encode_family(&labels)?
                .encode_counter::<prometheus_client::encoding::NoLabelSet, _, u64>(
                    &count.calls,
                    None,
                )?;
        }
        let mut seconds = encoder.encode_descriptor(
            "plugin_call_duration",
            "Time spent in calls into game plugins, by plugin and call.",
            Some(&Unit::Seconds),
            MetricType::Counter,
        )?;
        let mut totals: Vec<(PluginLabels, f64)> = Vec::new();
        for count in &self.plugin_calls {
            let labels = PluginLabels {
                plugin: count.plugin.clone(),
                call: count.call.name(),
            };
            match totals.iter_mut().find(|(known, _)| *known == labels) {
                Some((_, total)) => *total += count.seconds,
                None => totals.push((labels, count.seconds)),
            }
        }
        for (labels, total) in &totals {
            seconds
                .encode_family(labels)?
                .encode_counter::<prometheus_client::encoding::NoLabelSet, _, u64>(total, None)?;
        }
        Ok(())
    }
}

/// The value of a sample in an exposition, e.g. `sample(text, "digifit_users", "")`; `labels` is
/// the text between the braces, empty for none. For tests and tools.
pub fn sample(text: &str, name: &str, labels: &str) -> Option<f64> {
    let mut wanted = String::from(name);
    if !labels.is_empty() {
        let _ = write!(wanted, "{{{labels}}}");
    }
    text.lines().find_map(|line| {
        let (series, value) = line.rsplit_once(' ')?;
        (series == wanted).then(|| value.parse().ok()).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed<T: std::str::FromStr>(text: &str) -> T {
        text.parse()
            .unwrap_or_else(|_| panic!("{text:?} does not parse"))
    }

    #[test]
    fn only_allowed_addresses_without_a_proxy_may_read() {
        let allow: Vec<IpNet> = vec![parsed("127.0.0.1/32"), parsed("10.0.0.0/8")];
        let none = HeaderMap::new();
        let ip = |text: &str| Some(parsed::<IpAddr>(text));
        assert!(may_read(&allow, ip("127.0.0.1"), &none));
        assert!(may_read(&allow, ip("10.200.0.9"), &none));
        assert!(may_read(&allow, ip("::ffff:10.1.1.1"), &none));
        assert!(!may_read(&allow, ip("127.0.0.2"), &none));
        assert!(!may_read(&allow, ip("::1"), &none));
        assert!(!may_read(&allow, None, &none));
        let mut proxied = HeaderMap::new();
        proxied.insert("x-forwarded-for", parsed("203.0.113.9"));
        assert!(!may_read(&allow, ip("127.0.0.1"), &proxied));
        assert!(!may_read(&[], ip("127.0.0.1"), &none));
    }

    #[test]
    fn methods_are_a_closed_set() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&parsed::<Method>("BREW")), "other");
    }

    #[test]
    fn samples_are_found_by_name_and_labels() {
        let text = "# TYPE a counter\na_total{x=\"1\"} 3\na_total 4\nb 2.5\n";
        assert_eq!(sample(text, "a_total", "x=\"1\""), Some(3.0));
        assert_eq!(sample(text, "a_total", ""), Some(4.0));
        assert_eq!(sample(text, "b", ""), Some(2.5));
        assert_eq!(sample(text, "c", ""), None);
    }
}
