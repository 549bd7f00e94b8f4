//! The host's own types for what games say: game and episode descriptions, steps, views and
//! widgets, evidence and outcomes. Every supported contract version converts its generated
//! bindings into these, so the rest of digifit never depends on a WIT version. Game sessions
//! store them (inside versioned records), so changing a type here needs a record version bump.

use serde::{Deserialize, Serialize};

/// A game as it describes itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameInfo {
    pub id: String,
    pub name: String,
    pub version: String,
    pub description: String,
    pub locales: Vec<String>,
    pub episodes: Vec<EpisodeInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpisodeInfo {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u8,
    pub competences: Vec<String>,
    pub min_level: u8,
    pub max_level: u8,
}

/// An option of a choice, ordering or categorise widget, or an action offered on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    pub id: String,
    pub sender_name: String,
    pub sender_address: String,
    pub subject: String,
    pub received: String,
    pub body: String,
    pub attachments: Vec<String>,
    pub unread: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileKind {
    Folder,
    Document,
    Spreadsheet,
    Image,
    Mail,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub id: String,
    pub name: String,
    pub kind: FileKind,
    pub modified: String,
    pub metadata: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    Chat,
    PhoneCall,
    VideoCall,
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogueLine {
    pub speaker: String,
    pub text: String,
    pub own: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Correct,
    PartlyCorrect,
    Wrong,
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub id: String,
    pub label: String,
    pub primary: bool,
}

/// The closed widget vocabulary; the host renders each kind with its own template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Widget {
    Heading(String),
    Text(String),
    Image {
        asset: String,
        alt: String,
        caption: Option<String>,
    },
    Choice {
        id: String,
        prompt: String,
        options: Vec<ChoiceOption>,
        multiple: bool,
    },
    TextInput {
        id: String,
        label: String,
        hint: Option<String>,
        multiline: bool,
        max_length: u32,
    },
    Ordering {
        id: String,
        prompt: String,
        items: Vec<ChoiceOption>,
    },
    Categorise {
        id: String,
        prompt: String,
        categories: Vec<ChoiceOption>,
        items: Vec<ChoiceOption>,
    },
    MailInbox {
        id: String,
        folder: String,
        mails: Vec<Mail>,
        actions: Vec<ChoiceOption>,
    },
    FileExplorer {
        id: String,
        location: String,
        entries: Vec<FileEntry>,
        actions: Vec<ChoiceOption>,
    },
    Dialogue {
        id: String,
        channel: Channel,
        partner: String,
        lines: Vec<DialogueLine>,
        replies: Vec<ChoiceOption>,
    },
    Feedback {
        verdict: Verdict,
        title: String,
        explanation: String,
    },
    Buttons(Vec<Button>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub title: String,
    pub progress_current: u16,
    pub progress_total: u16,
    pub widgets: Vec<Widget>,
}

/// Evidence from one answered item for one competence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub item: String,
    pub competence: String,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub score: f32,
    pub summary: String,
    pub went_well: Vec<String>,
    pub to_learn: Vec<String>,
}

/// A game's answer to `start` or `act`, checked against the host's limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub state: Vec<u8>,
    pub view: View,
    pub evidence: Vec<Evidence>,
    pub outcome: Option<Outcome>,
}

/// What the player did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Action {
    pub button: String,
    pub fields: Vec<(String, String)>,
}

/// How to start a play-through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartRequest {
    pub episode: String,
    pub seed: u64,
    pub locale: String,
    pub level: u8,
}

/// A refusal by the game itself (not a failure of the sandbox).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GameError {
    /// The game has no episode with this id.
    #[error("the game has no episode {0:?}")]
    UnknownEpisode(String),
    /// The action does not fit the view; the player sees the message and the same view again.
    #[error("{0}")]
    InvalidAction(String),
    /// The state bytes cannot be read by this game version.
    #[error("the game cannot read its saved state: {0}")]
    InvalidState(String),
}
