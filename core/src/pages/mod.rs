//! The pages: one module per area with its handlers (`view_<page>_<method>`) and template structs,
//! the route table with each route's access level, and the middleware stack around them.

pub mod account;
pub mod admin_offers;
pub mod admin_orgunits;
pub mod admin_plugins;
pub mod admin_users;
pub mod errors;
pub mod games;
pub mod health;
pub mod home;
pub mod layout;
pub mod login;
pub mod profile;
pub mod progress;
pub mod rich_text;
pub mod team;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{MethodRouter, get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::accounts::Role;
use crate::auth::access::{self, Access};
use crate::auth::csrf;
use crate::http::{assets, headers, metrics, state::AppState};

const ADMIN: Access = Access::AnyOf(&[Role::Admin]);
const LEAD: Access = Access::AnyOf(&[Role::Lead]);

/// Every route with who may reach it. `auth::access::enforce` applies the access level; the
/// route-walk test in `tests/it/access.rs` checks the outcome for every role against its own table.
pub fn routes() -> Vec<(&'static str, Access, MethodRouter<AppState>)> {
    vec![
        ("/", Access::SignedIn, get(home::view_home_get)),
        (
            "/login",
            Access::Public,
            get(login::view_login_get).post(login::view_login_post),
        ),
        ("/logout", Access::SignedIn, post(login::view_logout_post)),
        (
            "/language",
            Access::Public,
            post(account::view_language_post),
        ),
        ("/account", Access::SignedIn, get(account::view_account_get)),
        (
            "/account/password",
            Access::SignedIn,
            post(account::view_password_post),
        ),
        (
            "/account/streak",
            Access::SignedIn,
            post(account::view_streak_post),
        ),
        (
            "/progress",
            Access::SignedIn,
            get(progress::view_progress_get),
        ),
        (
            "/admin/users",
            ADMIN,
            get(admin_users::view_users_get).post(admin_users::view_users_post),
        ),
        (
            "/admin/users/import",
            ADMIN,
            get(admin_users::view_import_get).post(admin_users::view_import_post),
        ),
        (
            "/admin/users/{id}",
            ADMIN,
            get(admin_users::view_user_get).post(admin_users::view_user_post),
        ),
        (
            "/admin/users/{id}/password",
            ADMIN,
            post(admin_users::view_user_password_post),
        ),
        (
            "/admin/orgunits",
            ADMIN,
            get(admin_orgunits::view_orgunits_get).post(admin_orgunits::view_orgunits_post),
        ),
        (
            "/admin/orgunits/{id}",
            ADMIN,
            get(admin_orgunits::view_orgunit_get).post(admin_orgunits::view_orgunit_post),
        ),
        (
            "/admin/orgunits/{id}/delete",
            ADMIN,
            post(admin_orgunits::view_orgunit_delete_post),
        ),
        (
            "/admin/offers",
            ADMIN,
            get(admin_offers::view_offers_get).post(admin_offers::view_offers_post),
        ),
        (
            "/admin/offers/{id}",
            ADMIN,
            get(admin_offers::view_offer_get).post(admin_offers::view_offer_post),
        ),
        (
            "/admin/offers/{id}/delete",
            ADMIN,
            post(admin_offers::view_offer_delete_post),
        ),
        (
            "/admin/plugins",
            ADMIN,
            get(admin_plugins::view_plugins_get),
        ),
        (
            "/admin/plugins/{id}/availability",
            ADMIN,
            post(admin_plugins::view_plugin_availability_post),
        ),
        (
            "/admin/plugins/verify",
            ADMIN,
            post(admin_plugins::view_plugins_verify_post),
        ),
        (
            "/admin/plugins/upload",
            ADMIN,
            post(admin_plugins::view_plugins_upload_post),
        ),
        (
            "/admin/plugins/{id}/remove",
            ADMIN,
            post(admin_plugins::view_plugin_remove_post),
        ),
        ("/team", LEAD, get(team::view_team_get)),
        ("/team.csv", LEAD, get(team::view_team_csv_get)),
        ("/profile", Access::SignedIn, get(profile::view_profile_get)),
        (
            "/self-assessment",
            Access::SignedIn,
            get(profile::view_self_assessment_get).post(profile::view_self_assessment_post),
        ),
        ("/games", Access::SignedIn, get(games::view_games_get)),
        (
            "/games/start",
            Access::SignedIn,
            post(games::view_games_start_post),
        ),
        (
            "/games/{plugin}/assets/{*path}",
            Access::SignedIn,
            get(games::view_game_asset_get),
        ),
        (
            "/games/sessions/{id}",
            Access::SignedIn,
            get(games::view_session_get).post(games::view_session_post),
        ),
        ("/healthz", Access::Public, get(health::view_healthz_get)),
        ("/readyz", Access::Public, get(health::view_readyz_get)),
        // Public by access level, but it answers only the addresses in `[metrics] allow`.
        ("/metrics", Access::Public, get(metrics::view_metrics_get)),
        (
            "/static/{file}",
            Access::Public,
            get(assets::view_static_get),
        ),
    ]
}

/// The whole application with its middleware, outermost last:
/// metrics → security headers → panic catcher → compression → principal → error pages →
/// timeouts → body limits → CSRF guard → route access → handler. Layers added with
/// `Router::layer` run after routing, so the metrics see the matched route's pattern.
pub fn router(state: AppState) -> Router {
    let settings = &state.settings;
    let mut router = Router::new();
    for (path, access, method_router) in routes() {
        router = router.route(
            path,
            method_router.route_layer(from_fn(move |request, next| {
                access::enforce(access, request, next)
            })),
        );
    }
    let tls = settings.uses_tls();
    let request_timeout = Duration::from_secs(settings.request_timeout_seconds);
    router
        .fallback(|| async { StatusCode::NOT_FOUND })
        .method_not_allowed_fallback(|| async { StatusCode::METHOD_NOT_ALLOWED })
        .layer(from_fn_with_state(state.clone(), csrf::guard))
        .layer(DefaultBodyLimit::max(settings.max_body_bytes))
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes))
        .layer(RequestBodyTimeoutLayer::new(request_timeout))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(from_fn(errors::render_error_pages))
        .layer(from_fn_with_state(state.clone(), access::load_principal))
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(from_fn(move |request, next| {
            headers::security_headers(tls, request, next)
        }))
        .layer(from_fn_with_state(state.clone(), metrics::record))
        .with_state(state)
}
