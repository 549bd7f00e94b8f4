//! The SDK for digifit game plugins: implement [`Game`], export it with [`register_game!`],
//! build for `wasm32-wasip2`, and test natively with [`harness`].
//!
//! A game is a pure function of its inputs. The host calls `start` once per play-through and
//! `act` for every action of the player, each time in a fresh sandbox instance, so a game keeps
//! nothing between calls except the opaque state bytes in its [`Step`] (see [`encode_state`]).
//! It never emits HTML: it describes each screen with [`ViewBuilder`] from a closed vocabulary of
//! widgets that the host renders.
//!
//! ```
//! use digifit_game_sdk::{Action, Game, GameError, GameInfo, StartRequest, Step};
//!
//! struct MyGame;
//! impl Game for MyGame {
//!     fn meta(locale: &str) -> GameInfo { todo!() }
//!     fn start(request: StartRequest) -> Result<Step, GameError> { todo!() }
//!     fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError> { todo!() }
//! }
//! digifit_game_sdk::register_game!(MyGame);
//! ```

// Lets the paths that `generate!` writes into the exported code (`::digifit_game_sdk::…`)
// resolve inside this crate too.
extern crate self as digifit_game_sdk;

mod action;
pub mod checks;
mod evidence;
#[cfg(not(target_arch = "wasm32"))]
pub mod harness;
mod locale;
mod random;
mod state;
mod view;

pub use evidence::{DIGCOMP_COMPETENCES, evidence, is_competence, mean_score};
pub use locale::{Lang, pick_locale};
pub use random::SeededRng;
pub use state::{decode_state, encode_state};
pub use view::{ViewBuilder, option, options};

/// The WIT types a game works with, generated from `digifit:game@0.1.0`.
pub use __private::digifit::game::types::{
    Action, Button, Categorise, Channel, Choice, ChoiceOption, CompetenceId, Dialogue,
    DialogueLine, EpisodeInfo, Evidence, Feedback, FileEntry, FileExplorer, FileKind, GameError,
    GameInfo, Image, Mail, MailInbox, Ordering, Outcome, Progress, RichText, StartRequest, Step,
    TextInput, Verdict, View, Widget,
};

/// The version of this SDK, also embedded in every plugin's `digifit:sdk-version` section.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The WIT package this SDK implements.
pub const WIT_PACKAGE: &str = "digifit:game@0.1.0";

/// A game plugin. Every call runs in a fresh instance, so the functions are associated
/// functions without `self`; everything a later call needs travels in [`Step::state`].
pub trait Game {
    /// Describes the game in `locale`, falling back to the game's default locale.
    fn meta(locale: &str) -> GameInfo;

    /// Starts an episode. The host asks only for episodes, locales and levels that `meta`
    /// lists; an unknown episode is [`GameError::UnknownEpisode`].
    fn start(request: StartRequest) -> Result<Step, GameError>;

    /// Applies one action of the player to the state a previous step returned.
    fn act(state: Vec<u8>, action: Action) -> Result<Step, GameError>;

    /// The episode a start request names, as `meta` describes it in the request's locale, or
    /// [`GameError::UnknownEpisode`]. Override it only when building `meta` is expensive.
    fn episode(request: &StartRequest) -> Result<EpisodeInfo, GameError> {
        Self::meta(&request.locale)
            .episodes
            .into_iter()
            .find(|episode| episode.id == request.episode)
            .ok_or_else(|| GameError::UnknownEpisode(request.episode.clone()))
    }
}

/// Exports a type implementing [`Game`] as the component's implementation of the world
/// `digifit:game/game@0.1.0`. Use it once, in the crate that is built as the `cdylib`.
///
/// It also embeds the SDK version as the UTF-8 bytes of [`SDK_VERSION`] in the custom wasm
/// section `digifit:sdk-version`, so the host can tell which SDK built a plugin.
#[macro_export]
macro_rules! register_game {
    ($game:ty) => {
        // Natively the crate is only linked into tests, which call the `Game` directly.
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            type DigifitGameExport = $crate::__private::Export<$game>;
    $crate::__private::export!(DigifitGameExport with_types_in $crate::__private);

            // The section is written here, in the plugin's own crate, because the linker keeps
            // only those objects of a dependency that something references; the bytes still
            // come from the SDK.
            #[unsafe(link_section = "digifit:sdk-version")]
            #[used]
            static DIGIFIT_SDK_VERSION: [u8; $crate::__private::SDK_VERSION_BYTES.len()] =
                $crate::__private::SDK_VERSION_BYTES;
        };
    };
}

/// What [`register_game!`] expands to; not part of the API.
#[doc(hidden)]
pub mod __private {
    use std::marker::PhantomData;

    pub use wit_bindgen;

    // The generated bindings are all `unsafe` glue between the canonical ABI and Rust.
    #[allow(unsafe_code)]
    mod bindings {
        wit_bindgen::generate!({
            world: "game",
            path: "../wit/since_v0.1.0",
            // The export macro is used from the plugin's crate, which depends on this SDK and not
            // on `wit_bindgen`, so every path in it goes through this crate.
            pub_export_macro: true,
            default_bindings_module: "::digifit_game_sdk::__private",
            runtime_path: "::digifit_game_sdk::__private::wit_bindgen::rt",
            // Tests compare steps for deterministic replay.
            additional_derives: [PartialEq],
        });
    }
    pub use bindings::*;

    /// The SDK version as a byte array, the form a `link_section` static needs.
    pub const SDK_VERSION_BYTES: [u8; crate::SDK_VERSION.len()] = version_bytes();

    const fn version_bytes() -> [u8; crate::SDK_VERSION.len()] {
        let text = crate::SDK_VERSION.as_bytes();
        let mut bytes = [0; crate::SDK_VERSION.len()];
        let mut index = 0;
        while index < text.len() {
            bytes[index] = text[index];
            index += 1;
        }
        bytes
    }

    /// Adapts a [`Game`](crate::Game) to the generated `Guest` trait.
    pub struct Export<G>(PhantomData<G>);

    impl<G: crate::Game> Guest for Export<G> {
        fn meta(locale: String) -> crate::GameInfo {
            G::meta(&locale)
        }

        fn start(request: crate::StartRequest) -> Result<crate::Step, crate::GameError> {
            G::start(request)
        }

        fn act(state: Vec<u8>, action: crate::Action) -> Result<crate::Step, crate::GameError> {
            G::act(state, action)
        }
    }
}
