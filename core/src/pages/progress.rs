//! The player's progress page (XP, experience level, every badge earned or still open, the
//! weekly streak if the player switched it on) and the views the home page shares with it: the
//! recommended episodes and the compact progress block. The rules live in `games::progress`
//! and `competence::recommend`; this module only puts them into words.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::errors::AppError;
use super::layout::{Chrome, render};
use crate::accounts::{User, orgunits};
use crate::clock::Timestamp;
use crate::competence::model;
use crate::competence::recommend::Purpose;
use crate::games::progress::{self, Badge, BadgeKind, Overview};
use crate::http::state::AppState;
use crate::i18n::{Locale, Tr};

/// How many earned badges the home page shows.
const LATEST_BADGES: usize = 3;

/// A recommended episode, in words, with what its start form posts.
#[derive(Debug, Clone)]
pub struct RecommendationView {
    pub plugin: String,
    pub episode: String,
    pub level: u8,
    pub game_name: String,
    pub episode_title: String,
    /// "Stärkt 4.2 …" or "Erkundet 3.1 …".
    pub reason: String,
    /// "Stufe 1 (leicht) – …": the level and why it fits.
    pub level_text: String,
    /// A session of this episode the player left unfinished, to resume instead.
    pub open_session: Option<u64>,
}

/// The recommendations section: a sentence on how they were chosen, and the episodes.
#[derive(Debug, Clone)]
pub struct RecommendationsView {
    pub intro: String,
    pub items: Vec<RecommendationView>,
}

/// A badge in words.
#[derive(Debug, Clone)]
pub struct BadgeView {
    pub name: String,
    /// How to earn it.
    pub how: String,
    /// "Erreicht am 12.03.2026", if earned.
    pub earned_on: Option<String>,
    /// "Stand: 3 / 10", for counting badges not yet earned.
    pub progress: Option<String>,
}

/// The weekly streak in words.
#[derive(Debug, Clone)]
pub struct StreakView {
    pub weeks: u32,
    pub text: String,
    /// A neutral note while this week has no finished episode yet.
    pub note: Option<String>,
}

/// XP, level, badges and streak, ready for a template.
#[derive(Debug, Clone)]
pub struct ProgressView {
    pub has_played: bool,
    pub xp: u64,
    pub level: u32,
    /// XP gained within the level and the XP it spans, for the `<progress>` bar.
    pub into_level: u64,
    pub level_span: u64,
    pub to_next_level: String,
    pub latest: Vec<BadgeView>,
    pub earned: Vec<BadgeView>,
    pub open: Vec<BadgeView>,
    /// `None` while the player has the streak switched off: then nothing about it is shown.
    pub streak: Option<StreakView>,
}

#[derive(Template)]
#[template(path = "progress.html")]
pub struct ProgressPage {
    pub chrome: Chrome,
    pub progress: ProgressView,
}

/// A date as people write it in the language: 12.03.2026, or 2026-03-12 in English.
fn date_text(locale: Locale, at: Timestamp) -> String {
    let (year, month, day) = at.utc_date();
    match locale {
        Locale::De => format!("{day:02}.{month:02}.{year}"),
        Locale::En => format!("{year}-{month:02}-{day:02}"),
    }
}

/// "4.2 Personenbezogene Daten und Privatsphäre schützen", or the id alone if unknown.
fn competence_text(locale: Locale, id: &str) -> String {
    model::digcomp()
        .ok()
        .and_then(|framework| framework.competence(id))
        .map(|competence| format!("{id} {}", competence.name(locale)))
        .unwrap_or_else(|| id.to_owned())
}

fn area_name(locale: Locale, id: &str) -> String {
    model::digcomp()
        .ok()
        .and_then(|framework| framework.area(id))
        .map(|area| area.name(locale).to_owned())
        .unwrap_or_else(|| id.to_owned())
}

fn badge_view(t: &Tr, badge: &Badge) -> BadgeView {
    let (name, how) = match badge.kind {
        BadgeKind::FirstEpisode => (
            t.get("badge-first-episode"),
            t.get("badge-first-episode-how"),
        ),
        BadgeKind::AreaExplored(area) => {
            let area = area_name(t.locale, area);
            (
                t.with("badge-area", "area", &area),
                t.with("badge-area-how", "area", &area),
            )
        }
        BadgeKind::EveryGame => (t.get("badge-every-game"), t.get("badge-every-game-how")),
        BadgeKind::Level(level) => (
            t.get(&format!("badge-level-{level}")),
            t.get(&format!("badge-level-{level}-how")),
        ),
        BadgeKind::Completions(count) => (
            t.get(&format!("badge-completions-{count}")),
            t.get(&format!("badge-completions-{count}-how")),
        ),
    };
    BadgeView {
        name,
        how,
        earned_on: badge
            .earned
            .map(|at| t.with("badge-earned-on", "date", &date_text(t.locale, at))),
        progress: match (badge.earned, badge.progress) {
            (None, Some((done, needed))) => {
                Some(t.with("badge-progress", "progress", &format!("{done} / {needed}")))
            }
            _ => None,
        },
    }
}

/// The overview's XP, badges and streak in words.
pub fn progress_view(t: &Tr, overview: &Overview) -> ProgressView {
    let experience = overview.experience;
    let streak = overview.streak.map(|streak| StreakView {
        weeks: streak.weeks,
        text: if streak.weeks == 0 {
            t.get("streak-none")
        } else {
            t.with("streak-weeks", "weeks", &streak.weeks.to_string())
        },
        note: (streak.weeks > 0 && !streak.this_week).then(|| t.get("streak-this-week-open")),
    });
    let (earned, open): (Vec<&Badge>, Vec<&Badge>) = overview
        .badges
        .iter()
        .partition(|badge| badge.earned.is_some());
    ProgressView {
        has_played: overview.completions > 0,
        xp: experience.xp,
        level: experience.level,
        into_level: experience.into_level(),
        level_span: experience.level_span(),
        to_next_level: t.with("progress-to-next", "xp", &experience.missing().to_string()),
        latest: progress::latest_badges(&overview.badges, LATEST_BADGES)
            .iter()
            .map(|badge| badge_view(t, badge))
            .collect(),
        earned: earned
            .into_iter()
            .map(|badge| badge_view(t, badge))
            .collect(),
        open: open.into_iter().map(|badge| badge_view(t, badge)).collect(),
        streak,
    }
}

/// The recommendations in words: game and episode names in the player's language. A game that
/// disappeared since the overview was computed is left out.
pub fn recommendation_views(
    state: &AppState,
    t: &Tr,
    overview: &Overview,
) -> Vec<RecommendationView> {
    overview
        .recommendations
        .iter()
        .filter_map(|recommendation| {
            let game = state.catalogue.get(&recommendation.game)?;
            let info = game.info(t.locale)?;
            let episode = info
                .episodes
                .iter()
                .find(|episode| episode.id == recommendation.episode)?;
            let competence = competence_text(t.locale, &recommendation.competence);
            let level = format!(
                "{} ({})",
                recommendation.level,
                t.get(&format!("games-level-{}", recommendation.level))
            );
            let (reason, level_text) = match recommendation.purpose {
                Purpose::Strengthen => (
                    t.with("home-recommended-strengthen", "competence", &competence),
                    t.with("home-recommended-level-fit", "level", &level),
                ),
                Purpose::Explore => (
                    t.with("home-recommended-explore", "competence", &competence),
                    t.with("home-recommended-level-start", "level", &level),
                ),
            };
            Some(RecommendationView {
                plugin: recommendation.game.clone(),
                episode: recommendation.episode.clone(),
                level: recommendation.level,
                game_name: info.name.clone(),
                episode_title: episode.title.clone(),
                reason,
                level_text,
                open_session: overview
                    .episodes
                    .get(&(recommendation.game.clone(), recommendation.episode.clone()))
                    .and_then(|state| state.open_session),
            })
        })
        .collect()
}

/// The home page's two sections: the recommended episodes and the compact progress block.
pub fn home_sections(
    state: &AppState,
    t: &Tr,
    user: &User,
    tree: &[orgunits::TreeEntry],
) -> Result<(RecommendationsView, ProgressView), AppError> {
    let overview = progress::overview(
        &state.store,
        &state.catalogue,
        user,
        tree,
        state.settings.clock.now(),
    )?;
    let recommendations = RecommendationsView {
        intro: t.get(if overview.has_evidence {
            "home-recommended-intro"
        } else {
            "home-recommended-intro-new"
        }),
        items: recommendation_views(state, t, &overview),
    };
    Ok((recommendations, progress_view(t, &overview)))
}

pub async fn view_progress_get(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, AppError> {
    let Some(user) = chrome.user.clone() else {
        return Err(AppError::Internal("progress page without a user".into()));
    };
    let tree = orgunits::tree(&state.store)?;
    let overview = progress::overview(
        &state.store,
        &state.catalogue,
        &user,
        &tree,
        state.settings.clock.now(),
    )?;
    let page = ProgressPage {
        progress: progress_view(&chrome.t, &overview),
        chrome,
    };
    Ok(render(StatusCode::OK, &page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_each_language_does() {
        // 2027-01-15 08:00 UTC.
        let at = Timestamp(1_800_000_000);
        assert_eq!(date_text(Locale::De, at), "15.01.2027");
        assert_eq!(date_text(Locale::En, at), "2027-01-15");
    }

    #[test]
    fn competences_are_named_with_their_number() {
        let text = competence_text(Locale::De, "4.2");
        assert!(text.starts_with("4.2 "), "{text}");
        assert!(text.len() > 10, "{text}");
        assert_eq!(competence_text(Locale::En, "9.9"), "9.9");
    }

    #[test]
    fn every_badge_has_a_name_and_a_way_to_earn_it_in_both_languages() {
        let params = crate::competence::estimate::Params::default();
        let badges = progress::badges(
            &progress::History::default(),
            &[],
            &Default::default(),
            &Default::default(),
            &params,
        );
        for locale in Locale::ALL {
            let t = Tr::new(locale);
            for badge in &badges {
                let view = badge_view(&t, badge);
                assert!(!view.name.starts_with("badge-"), "{view:?}");
                assert!(!view.how.starts_with("badge-"), "{view:?}");
                assert!(view.earned_on.is_none());
            }
        }
    }
}
