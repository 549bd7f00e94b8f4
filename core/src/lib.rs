//! digifit: serious games that measure and grow the digital competences of public administration
//! staff. The binary is thin; this library holds every subsystem so that tests can start a real
//! server in-process.

pub mod accounts;
pub mod admin_socket;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod competence;
pub mod config;
pub mod demo;
pub mod games;
pub mod http;
pub mod i18n;
pub mod insights;
pub mod pages;
pub mod plugins;
pub mod store;
pub mod telemetry;
