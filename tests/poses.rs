//! Each exercise's start and end poses, measured on the drawn skeleton: the joint angles that
//! define the exercise hold, so a drawing cannot drift into a different exercise.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::exercises::{poses, ExerciseId, CATALOGUE};
use posture_explainer::model::figure::{skeleton, Point, Skeleton};

fn angle_at(a: Point, b: Point, c: Point) -> f64 {
    let (u, v) = ((a.x - b.x, a.y - b.y), (c.x - b.x, c.y - b.y));
    let cos = (u.0 * v.0 + u.1 * v.1) / ((u.0.hypot(u.1)) * (v.0.hypot(v.1)));
    cos.clamp(-1.0, 1.0).acos().to_degrees()
}

fn cross(u: (f64, f64), v: (f64, f64)) -> f64 {
    u.0 * v.1 - u.1 * v.0
}

/// The angles a therapist reads off a picture.
#[derive(Debug)]
struct Angles {
    /// Near and far hip: 0 straight (in line with the trunk), positive bent forward (flexion),
    /// negative behind the body (extension).
    hip: f64,
    far_hip: f64,
    /// 0 straight.
    knee: f64,
    far_knee: f64,
    /// Upper arm from the trunk: 0 by the side, 90 forward, 180 overhead.
    shoulder: f64,
    far_shoulder: f64,
    /// The trunk (hip to shoulder) from the screen's vertical, whatever the body's rotation.
    trunk_from_vertical: f64,
    pelvic_tilt: f64,
}

fn hip_angle(sk: &Skeleton, knee: Point) -> f64 {
    let down = (sk.hip.x - sk.shoulder.x, sk.hip.y - sk.shoulder.y);
    let thigh = (knee.x - sk.hip.x, knee.y - sk.hip.y);
    let forward = (sk.asis.x - sk.psis.x, sk.asis.y - sk.psis.y);
    let bent = 180.0 - angle_at(sk.shoulder, sk.hip, knee);
    // Forward of the trunk line is the side the front of the pelvis (ASIS) is on.
    if cross(down, thigh).signum() == cross(down, forward).signum() {
        bent
    } else {
        -bent
    }
}

fn angles(sk: &Skeleton) -> Angles {
    let far = &sk.far_leg;
    let below_shoulder = Point { x: sk.shoulder.x + (sk.hip.x - sk.shoulder.x), y: sk.shoulder.y + (sk.hip.y - sk.shoulder.y) };
    Angles {
        hip: hip_angle(sk, sk.knee),
        far_hip: hip_angle(sk, far.knee),
        knee: 180.0 - angle_at(sk.hip, sk.knee, sk.ankle),
        far_knee: 180.0 - angle_at(sk.hip, far.knee, far.ankle),
        shoulder: angle_at(below_shoulder, sk.shoulder, sk.elbow),
        far_shoulder: angle_at(below_shoulder, sk.shoulder, sk.far_elbow),
        trunk_from_vertical: angle_at(Point { x: sk.hip.x, y: sk.hip.y - 100.0 }, sk.hip, sk.shoulder),
        pelvic_tilt: sk.measured_pelvic_tilt_deg(),
    }
}

fn pair(id: ExerciseId) -> (Angles, Angles) {
    let (start, end) = poses(id);
    (angles(&skeleton(&start)), angles(&skeleton(&end)))
}

fn within(v: f64, lo: f64, hi: f64, what: &str, id: ExerciseId) {
    assert!((lo..=hi).contains(&v), "{id:?}: {what} is {v:.1}, not {lo} to {hi}");
}

#[test]
fn each_exercise_moves_through_its_defining_angles() {
    use ExerciseId::*;
    for e in CATALOGUE.iter() {
        let id = e.id;
        let (s, f) = pair(id);
        match id {
            LungeStretch => {
                within(f.hip, -40.0, -10.0, "the back hip at the end (extended)", id);
                within(s.hip - f.hip, 10.0, 40.0, "the back hip's shift forward", id);
                within(f.far_hip, 75.0, 105.0, "the front hip", id);
                within(f.knee, 80.0, 110.0, "the kneeling knee", id);
            }
            PigeonPose => {
                within(f.far_knee, 120.0, 170.0, "the front knee (shin across)", id);
                within(f.knee, 0.0, 10.0, "the back knee (leg straight behind)", id);
                within(f.trunk_from_vertical - s.trunk_from_vertical, 40.0, 80.0, "the fold forward", id);
            }
            SeatedForwardFold => {
                within(s.hip, 80.0, 110.0, "the hips sitting tall", id);
                within(f.hip - s.hip, 30.0, 80.0, "the hinge forward", id);
                within(f.knee.max(f.far_knee), 0.0, 15.0, "the knees (legs out)", id);
            }
            GluteBridge => {
                within(f.hip, -10.0, 10.0, "the hips at the top (straight)", id);
                within(f.knee, 80.0, 100.0, "the knees at the top", id);
                within(s.hip, 45.0, 90.0, "the hips down at the start", id);
            }
            DeadBug => {
                for v in [s.hip, s.far_hip, s.knee, s.far_knee] {
                    within(v, 80.0, 100.0, "hips and knees at right angles at the start", id);
                }
                within(s.shoulder.min(s.far_shoulder), 80.0, 100.0, "arms to the ceiling", id);
                within(f.far_knee, 0.0, 15.0, "the reaching leg straight", id);
                within(f.far_shoulder, 150.0, 180.0, "the reaching arm overhead", id);
            }
            BirdDog => {
                for v in [s.hip, s.far_hip, s.knee, s.far_knee] {
                    within(v, 80.0, 105.0, "on all fours", id);
                }
                within(s.trunk_from_vertical, 70.0, 110.0, "the back level", id);
                within(f.far_knee, 0.0, 10.0, "the reaching leg straight", id);
                within(f.far_hip, -15.0, 15.0, "the reaching leg in line with the back", id);
                within(f.far_shoulder, 150.0, 180.0, "the reaching arm forward", id);
            }
            Plank => {
                within(f.knee.max(f.far_knee), 0.0, 10.0, "the knees straight", id);
                within(f.hip, -15.0, 15.0, "a straight line at the hips", id);
                within(f.trunk_from_vertical, 60.0, 100.0, "the body near horizontal", id);
                within(s.knee, 60.0, 100.0, "the knees down at the start", id);
            }
            StandingHipOpener => {
                within(s.pelvic_tilt - f.pelvic_tilt, 6.0, 20.0, "the tuck of the pelvis", id);
                within(f.hip, -30.0, -10.0, "the back hip opened", id);
                within(f.trunk_from_vertical, 0.0, 10.0, "standing tall", id);
            }
            MovementBreaks => {
                within(s.hip, 80.0, 110.0, "sitting at the start", id);
                within(f.hip.abs(), 0.0, 25.0, "up at the end", id);
            }
            Walking => {
                assert!(s.hip < 0.0 && f.hip > 0.0, "{id:?}: the near leg swings from behind to in front");
                within(f.trunk_from_vertical, 0.0, 10.0, "upright", id);
            }
            Massage => {
                within(s.trunk_from_vertical, 70.0, 110.0, "lying on the couch", id);
            }
            LungeStretchStanding => {
                within(s.hip - f.hip, 8.0, 30.0, "the back hip opening", id);
                within(f.hip, -35.0, -12.0, "the back hip at the end", id);
                within(f.far_knee, 10.0, 45.0, "the front knee a little bent", id);
                within(f.trunk_from_vertical, 0.0, 10.0, "upright", id);
            }
            FigureOfFour => {
                within(f.far_knee, 110.0, 150.0, "the crossed leg's knee", id);
                within(s.hip, 80.0, 110.0, "sitting", id);
                within(f.trunk_from_vertical - s.trunk_from_vertical, 20.0, 50.0, "the lean forward", id);
            }
            LyingHamstringStretch => {
                within(f.trunk_from_vertical, 70.0, 110.0, "lying", id);
                within(f.knee, 0.0, 10.0, "the raised leg straight", id);
                within(f.hip, 60.0, 100.0, "the raised leg towards the ceiling", id);
                within(s.knee, 45.0, 100.0, "the knee bent at the start", id);
            }
            SideLyingClam => {
                for v in [s.knee, s.far_knee, f.knee, f.far_knee] {
                    within(v, 80.0, 110.0, "knees bent", id);
                }
                within((s.hip - s.far_hip).abs(), 0.0, 3.0, "knees together at the start", id);
                within(f.hip - f.far_hip, 10.0, 30.0, "the top knee opened", id);
            }
        }
        let (start, end) = poses(id);
        assert_eq!(start == end, id == Massage, "{id:?}: every exercise but massage moves");
    }
}
