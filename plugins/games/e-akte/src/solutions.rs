//! Answer keys for tests: the form fields of a right or a wrong answer to the item a state
//! asks now. The game never uses them itself.

use digifit_game_sdk::{GameError, decode_state};

use crate::flow::State;
use crate::item::{ANSWER, Task};

/// The button and fields that answer the current item rightly (`right`) or wrongly.
pub fn answer(state: &[u8], right: bool) -> Result<Vec<(String, String)>, GameError> {
    let state: State = decode_state(state)?;
    let Some(item) = state.current() else {
        return Ok(Vec::new());
    };
    let fields = match &item.task {
        Task::Choice {
            options, multiple, ..
        } => options
            .iter()
            .filter(|o| o.good == right)
            .take(if *multiple { usize::MAX } else { 1 })
            .map(|o| (ANSWER.to_owned(), o.id.to_owned()))
            .collect(),
        Task::Sort {
            categories,
            entries,
            ..
        } => entries
            .iter()
            .map(|e| {
                let value = if right {
                    e.target
                } else {
                    categories
                        .iter()
                        .map(|(id, _)| *id)
                        .find(|id| *id != e.target)
                        .unwrap_or(e.target)
                };
                (format!("{ANSWER}.{}", e.id), value.to_owned())
            })
            .collect(),
        Task::Order { steps, .. } => steps
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let position = if right { n + 1 } else { steps.len() - n };
                (format!("{ANSWER}.{}", s.0), position.to_string())
            })
            .collect(),
        Task::Name(rules) => {
            let name = if right {
                format!("{}_{}_{}", rules.date, rules.doc_type, rules.bg)
            } else {
                "Scan Mietvertrag neu final (Kopie).pdf".to_owned()
            };
            vec![(ANSWER.to_owned(), name)]
        }
    };
    Ok(fields)
}
