use yew::prelude::*;

use crate::components::skeleton::{body, bones, muscle};
use crate::model::exercises::{exercise, pose, ExerciseId};
use crate::model::figure::skeleton;
use crate::model::posture::{Muscle, MuscleState};

#[derive(Properties, PartialEq)]
pub struct ExerciseFigureProps {
    pub id: ExerciseId,
}

/// An exercise drawn as a pose of the explainer's skeleton, the worked muscles highlighted.
#[component]
pub fn ExerciseFigure(props: &ExerciseFigureProps) -> Html {
    let e = exercise(props.id);
    let sk = use_memo(props.id, |id| skeleton(&pose(*id)));
    let (lo, hi) = sk.bounds();
    let view_box = format!("{:.0} {:.0} {:.0} {:.0}", lo.x, lo.y, hi.x - lo.x, hi.y - lo.y);
    let label = crate::model::words::figure::exercise_label(e.name, e.steps[0]);
    html! {
        <svg class="exercise-figure" viewBox={view_box} role="img" aria-label={label}>
            { body(&sk) }
            { bones(&sk) }
            { for Muscle::ALL.iter().filter(|m| e.targets.contains(m)).map(|&m| {
                // Worked muscles use the "tight" style without labels: a stretch or a strengthening target.
                muscle(&sk, m, MuscleState::Tight, false)
            }) }
        </svg>
    }
}
