//! The integration tests of digifit, compiled into one binary: each module drives a real server
//! started in-process on a loopback port (or the real `digifit` binary) from the outside.

// A test that unwraps reports the error it met, which is exactly what a failing test should do.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod backup;
mod bundle;
mod cli;
mod crash;
mod forms;
mod games;
mod http;
mod import;
mod measure;
mod metrics;
mod offers;
mod package;
mod plugin_cli;
mod plugin_host;
mod profile;
mod progress;
mod robustness;
mod sessions;
mod systemd;
mod team;
mod testkit;
mod tidy;
mod tls;
mod upgrade;
