//! Who is asking and what they may do: server-side sessions, CSRF tokens, login throttling, and
//! the one place where access to a route is decided (`access`).

pub mod access;
pub mod csrf;
pub mod session;
pub mod throttle;

pub use access::{Access, CurrentUser};
