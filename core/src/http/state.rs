//! The state shared by every handler: settings, the store, the login throttle, the game
//! catalogue and the metrics.

use std::ops::Deref;
use std::sync::Arc;

use crate::auth::throttle::LoginThrottle;
use crate::config::Settings;
use crate::games::catalogue::Catalogue;
use crate::http::metrics::Metrics;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState(Arc<AppStateInner>);

pub struct AppStateInner {
    pub settings: Settings,
    pub store: Store,
    pub throttle: LoginThrottle,
    pub catalogue: Arc<Catalogue>,
    pub metrics: Metrics,
}

impl AppState {
    pub fn new(settings: Settings, store: Store, catalogue: Arc<Catalogue>) -> AppState {
        let throttle = LoginThrottle::new(
            settings.login_max_attempts_per_account,
            settings.login_max_attempts_per_address,
            settings.login_throttle_window_seconds,
        );
        AppState(Arc::new(AppStateInner {
            settings,
            store,
            throttle,
            catalogue,
            metrics: Metrics::new(),
        }))
    }
}

impl Deref for AppState {
    type Target = AppStateInner;

    fn deref(&self) -> &AppStateInner {
        &self.0
    }
}
