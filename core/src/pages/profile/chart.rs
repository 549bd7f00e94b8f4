//! The geometry of the profile's competence chart: for each of the 21 competences, grouped by
//! area, the measured level (1–8) as a point and its 95 % range as a whisker, or a note that it
//! is not measured yet. Pure: text goes in, coordinates come out, and the template
//! (`profile_chart_partial.html`) only writes them into SVG elements.
//!
//! Coordinates are in the SVG's own units (`viewBox`); the stylesheet scales the whole chart to
//! the width of the page, so it works from 320 px wide without any inline style.

use crate::competence::estimate::LevelEstimate;

/// The chart's width in SVG units.
pub const WIDTH: u32 = 408;
/// Where the level scale begins: the left column holds the competence numbers.
pub const PLOT_LEFT: u32 = 36;
/// The width of one level on the scale.
pub const LEVEL_STEP: u32 = 46;
/// The number of DigComp levels.
pub const LEVELS: u8 = 8;
/// The y of the level numbers above the scale.
const AXIS_Y: u32 = 16;
/// Where the first area begins.
const TOP: u32 = 24;
/// Height of an area's heading.
const AREA_HEIGHT: u32 = 30;
/// Height of one line of a competence's name.
const NAME_LINE: u32 = 16;
/// Space above each competence, between it and the one before.
const ROW_GAP: u32 = 6;
/// Space below the names for the whisker and the point.
const MARK_HEIGHT: u32 = 22;
/// Space below the last row, for the level numbers repeated under the scale.
const BOTTOM: u32 = 26;
/// Half the height of a whisker's end caps.
const CAP: u32 = 5;
/// Names longer than this many characters are wrapped, so that the widest line (13-unit text)
/// stays within the plot. The chart is small on a phone; the table below it has the same values.
pub const NAME_CHARS: usize = 48;

/// One competence as the chart needs it.
#[derive(Debug, Clone)]
pub struct CompetenceInput {
    /// "4.2".
    pub id: String,
    pub name: String,
    /// `None` when there is no evidence yet.
    pub measured: Option<LevelEstimate>,
}

/// An area with its competences, in the framework's order.
#[derive(Debug, Clone)]
pub struct AreaInput {
    /// The heading, such as "4 Sicherheit".
    pub label: String,
    pub competences: Vec<CompetenceInput>,
}

/// A number on the level scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisLabel {
    pub x: u32,
    pub level: u8,
}

/// An area's heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaHeading {
    pub y: u32,
    pub label: String,
}

/// A line of text at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    pub y: u32,
    pub text: String,
}

/// A measured level drawn as a point with its range as a whisker from `x_low` to `x_high`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub level: u8,
    pub lowest: u8,
    pub highest: u8,
    pub x_level: u32,
    pub x_low: u32,
    pub x_high: u32,
}

/// One competence's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub name_lines: Vec<TextLine>,
    /// The y of the whisker, the point, the number and the "not measured" note.
    pub y_mark: u32,
    pub mark: Option<Mark>,
}

impl Row {
    /// The top and bottom of a cap at the whisker's ends.
    pub fn cap_top(&self) -> u32 {
        self.y_mark.saturating_sub(CAP)
    }

    pub fn cap_bottom(&self) -> u32 {
        self.y_mark + CAP
    }

    /// The baseline for text centred on the mark's line (12-unit text).
    pub fn text_y(&self) -> u32 {
        self.y_mark + 4
    }
}

/// The whole chart, positioned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub width: u32,
    pub height: u32,
    pub axis_y: u32,
    /// The y of the level numbers repeated below the scale.
    pub axis_bottom_y: u32,
    /// The x of every boundary between levels, and of both ends of the scale.
    pub grid: Vec<u32>,
    pub grid_top: u32,
    pub grid_bottom: u32,
    pub axis: Vec<AxisLabel>,
    pub areas: Vec<AreaHeading>,
    pub rows: Vec<Row>,
    /// Where the "not measured" note starts.
    pub note_x: u32,
    pub plot_left: u32,
}

/// The x of the middle of a level (clamped into 1–8).
pub fn level_x(level: u8) -> u32 {
    let level = level.clamp(1, LEVELS);
    PLOT_LEFT + u32::from(level - 1) * LEVEL_STEP + LEVEL_STEP / 2
}

/// Splits a name into lines of at most `max` characters at spaces (a longer word gets a line
/// of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed = current.chars().count() + 1 + word.chars().count();
        if !current.is_empty() && needed > max {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// Lays the chart out.
pub fn build(areas: &[AreaInput]) -> Chart {
    let mut y = TOP;
    let mut headings = Vec::new();
    let mut rows = Vec::new();
    for area in areas {
        headings.push(AreaHeading {
            y: y + 20,
            label: area.label.clone(),
        });
        y += AREA_HEIGHT;
        for competence in &area.competences {
            y += ROW_GAP;
            let name_lines: Vec<TextLine> = wrap(&competence.name, NAME_CHARS)
                .into_iter()
                .zip(0u32..)
                .map(|(text, index)| TextLine {
                    y: y + 12 + index * NAME_LINE,
                    text,
                })
                .collect();
            let names_height = NAME_LINE * u32::try_from(name_lines.len()).unwrap_or(1);
            let y_mark = y + names_height + MARK_HEIGHT / 2;
            let mark = competence.measured.map(|estimate| Mark {
                level: estimate.level,
                lowest: estimate.lowest,
                highest: estimate.highest,
                x_level: level_x(estimate.level),
                x_low: level_x(estimate.lowest),
                x_high: level_x(estimate.highest),
            });
            rows.push(Row {
                id: competence.id.clone(),
                name_lines,
                y_mark,
                mark,
            });
            y += names_height + MARK_HEIGHT;
        }
    }
    let height = y + BOTTOM;
    Chart {
        width: WIDTH,
        height,
        axis_y: AXIS_Y,
        axis_bottom_y: y + 18,
        grid: (0..=u32::from(LEVELS))
            .map(|boundary| PLOT_LEFT + boundary * LEVEL_STEP)
            .collect(),
        grid_top: AXIS_Y + 6,
        grid_bottom: y,
        axis: (1..=LEVELS)
            .map(|level| AxisLabel {
                x: level_x(level),
                level,
            })
            .collect(),
        areas: headings,
        rows,
        note_x: PLOT_LEFT + 8,
        plot_left: PLOT_LEFT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn estimate(level: u8, lowest: u8, highest: u8) -> Option<LevelEstimate> {
        Some(LevelEstimate {
            level,
            lowest,
            highest,
        })
    }

    fn competence(id: &str, name: &str, measured: Option<LevelEstimate>) -> CompetenceInput {
        CompetenceInput {
            id: id.to_owned(),
            name: name.to_owned(),
            measured,
        }
    }

    #[test]
    fn levels_sit_in_the_middle_of_their_band() {
        assert_eq!(level_x(1), PLOT_LEFT + LEVEL_STEP / 2);
        assert_eq!(level_x(8), PLOT_LEFT + 7 * LEVEL_STEP + LEVEL_STEP / 2);
        assert_eq!(level_x(0), level_x(1), "clamped");
        assert_eq!(level_x(9), level_x(8), "clamped");
        for level in 1..LEVELS {
            assert_eq!(level_x(level + 1) - level_x(level), LEVEL_STEP);
        }
        assert!(level_x(8) + LEVEL_STEP / 2 <= WIDTH, "the scale fits");
    }

    #[test]
    fn names_wrap_at_spaces() {
        assert_eq!(wrap("Sicherheit", NAME_CHARS), ["Sicherheit"]);
        assert_eq!(wrap("", NAME_CHARS), [""]);
        let long =
            "Recherchieren, Suchen und Filtern von Daten, Informationen und digitalen Inhalten";
        let lines = wrap(long, NAME_CHARS);
        assert_eq!(lines.len(), 2);
        assert!(
            lines.iter().all(|line| line.chars().count() <= NAME_CHARS),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), long);
        assert_eq!(wrap("a bb ccc", 3), ["a", "bb", "ccc"]);
    }

    #[test]
    fn measured_rows_get_a_point_and_a_whisker_and_others_none() {
        let chart = build(&[
            AreaInput {
                label: "4 Sicherheit".to_owned(),
                competences: vec![
                    competence("4.1", "Schutz von Geräten", estimate(5, 3, 7)),
                    competence("4.2", "Schutz personenbezogener Daten", None),
                ],
            },
            AreaInput {
                label: "5 Problemlösung".to_owned(),
                competences: vec![competence(
                    "5.1",
                    "Lösen technischer Probleme",
                    estimate(2, 2, 2),
                )],
            },
        ]);
        assert_eq!(chart.width, WIDTH);
        assert_eq!(chart.rows.len(), 3);
        assert_eq!(chart.areas.len(), 2);
        assert_eq!(chart.axis.len(), 8);
        assert_eq!(chart.grid.len(), 9);
        assert_eq!(chart.grid.first(), Some(&PLOT_LEFT));
        assert_eq!(chart.grid.last(), Some(&(PLOT_LEFT + 8 * LEVEL_STEP)));

        let first = &chart.rows[0];
        assert_eq!(
            first.mark,
            Some(Mark {
                level: 5,
                lowest: 3,
                highest: 7,
                x_level: level_x(5),
                x_low: level_x(3),
                x_high: level_x(7),
            })
        );
        assert!(
            first
                .mark
                .as_ref()
                .is_some_and(|m| m.x_low < m.x_level && m.x_level < m.x_high)
        );
        assert_eq!(chart.rows[1].mark, None);
        let single = chart.rows[2].mark.clone();
        assert!(single.is_some_and(|m| m.x_low == m.x_high && m.x_high == level_x(2)));

        // Everything is stacked from top to bottom without overlap, inside the chart.
        let mut last = chart.axis_y;
        assert!(chart.areas[0].y > last);
        last = chart.areas[0].y;
        for row in &chart.rows[..2] {
            assert!(row.name_lines[0].y > last, "{row:?}");
            assert!(row.y_mark > row.name_lines[0].y);
            last = row.cap_bottom();
        }
        assert!(chart.areas[1].y > last);
        assert!(chart.rows[2].name_lines[0].y > chart.areas[1].y);
        assert!(chart.rows[2].cap_bottom() <= chart.grid_bottom);
        assert!(chart.grid_bottom < chart.axis_bottom_y);
        assert!(chart.axis_bottom_y < chart.height);
    }

    #[test]
    fn a_long_name_takes_two_lines_and_pushes_the_next_row_down() {
        let long =
            "Recherchieren, Suchen und Filtern von Daten, Informationen und digitalen Inhalten";
        let chart = build(&[AreaInput {
            label: "1".to_owned(),
            competences: vec![
                competence("1.1", long, None),
                competence("1.2", "Bewerten", None),
            ],
        }]);
        let (first, second) = (&chart.rows[0], &chart.rows[1]);
        assert_eq!(first.name_lines.len(), 2);
        assert_eq!(first.name_lines[1].y - first.name_lines[0].y, NAME_LINE);
        assert!(first.y_mark > first.name_lines[1].y);
        assert_eq!(
            second.name_lines[0].y - first.name_lines[0].y,
            ROW_GAP + 2 * NAME_LINE + MARK_HEIGHT
        );
    }
}
