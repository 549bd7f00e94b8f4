//! A game built against `digifit:game@9.9.9`, a contract version the host does not speak, so
//! tests can prove the host refuses it with a clear message instead of failing obscurely.

#![allow(unsafe_code)] // The generated export glue is unsafe by nature.

wit_bindgen::generate!({ world: "game", path: "wit" });

struct FutureGame;

impl Guest for FutureGame {
    fn meta(_locale: String) -> GameInfo {
        GameInfo {
            id: "future-api-game".into(),
            name: "Future".into(),
            version: "9.9.9".into(),
            description: String::new(),
            locales: vec!["en".into()],
            episodes: Vec::new(),
        }
    }

    fn start(request: StartRequest) -> Result<Step, GameError> {
        Err(GameError::UnknownEpisode(request.episode))
    }

    fn act(_state: Vec<u8>, _action: Action) -> Result<Step, GameError> {
        Err(GameError::InvalidState(String::new()))
    }
}

export!(FutureGame);
