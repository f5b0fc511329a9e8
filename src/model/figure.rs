//! Posture -> joint positions of the side-view figure.
//!
//! The figure faces right: +x is the person's front, +y is down (SVG coordinates). Angles of
//! body segments are measured from the vertical, positive when the segment leans forward.
//! Proportions are stylised: the lumbar vertebrae are drawn about twice life size so that the
//! curve is visible on a phone.

use super::num::{push_tenths, sin_cos_deg};
use super::posture::{Muscle, Posture};

/// The drawing's coordinate box: 0..WIDTH by 0..HEIGHT.
pub const WIDTH: f64 = 340.0;
pub const HEIGHT: f64 = 520.0;
pub const GROUND_Y: f64 = 506.0;

#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }
    fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }
    fn scale(self, k: f64) -> Point {
        Point::new(self.x * k, self.y * k)
    }
    /// Rotates by `deg` clockwise on screen (y down): positive tilts the front downwards.
    fn rotate(self, deg: f64) -> Point {
        let (s, c) = sin_cos_deg(deg);
        Point::new(self.x * c - self.y * s, self.x * s + self.y * c)
    }
    pub fn distance(self, o: Point) -> f64 {
        ((self.x - o.x) * (self.x - o.x) + (self.y - o.y) * (self.y - o.y)).sqrt()
    }
}

/// Unit vector of a segment leaning `deg` forward of vertical, pointing up.
fn up(deg: f64) -> Point {
    let (s, c) = sin_cos_deg(deg);
    Point::new(s, -c)
}

/// Unit vector of a segment `deg` forward of vertical, pointing down (limbs).
fn down(deg: f64) -> Point {
    let (s, c) = sin_cos_deg(deg);
    Point::new(s, c)
}

/// Forward normal of a segment leaning `deg` (perpendicular, pointing to the front).
fn front(deg: f64) -> Point {
    let (s, c) = sin_cos_deg(deg);
    Point::new(c, s)
}

/// The joint angles that place the skeleton. The posture explainer stands the figure
/// upright; the exercise illustrations are other poses of the same skeleton. Angles are in
/// the body's own frame; `rotation_deg` then turns the whole body about the hip (clockwise
/// on screen), so lying, kneeling and all-fours poses need no second skeleton.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    pub pelvic_tilt_deg: f64,
    pub lumbar_lordosis_deg: f64,
    /// Near thigh angle from the body's vertical, forward (hip flexion) positive.
    pub thigh_deg: f64,
    /// Near knee bend, 0 straight.
    pub knee_flexion_deg: f64,
    /// The far leg, drawn behind the near one.
    pub far_thigh_deg: f64,
    pub far_knee_flexion_deg: f64,
    /// Upper-arm angle from hanging down, forward positive.
    pub arm_deg: f64,
    pub elbow_flexion_deg: f64,
    pub far_arm_deg: f64,
    pub far_elbow_flexion_deg: f64,
    /// Whole-body rotation about the hip, clockwise on screen.
    pub rotation_deg: f64,
}

impl Pose {
    pub fn standing(posture: &Posture) -> Self {
        Pose::upright(posture.pelvic_tilt_deg, posture.lumbar_lordosis_deg)
    }

    /// Standing straight, arms hanging, with this pelvis and lumbar curve.
    pub const fn upright(pelvic_tilt_deg: f64, lumbar_lordosis_deg: f64) -> Self {
        Pose {
            pelvic_tilt_deg,
            lumbar_lordosis_deg,
            thigh_deg: 0.0,
            knee_flexion_deg: 0.0,
            far_thigh_deg: 0.0,
            far_knee_flexion_deg: 0.0,
            arm_deg: 0.0,
            elbow_flexion_deg: 8.0,
            far_arm_deg: 0.0,
            far_elbow_flexion_deg: 8.0,
            rotation_deg: 0.0,
        }
    }
}

/// A leg's joints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leg {
    pub knee: Point,
    pub ankle: Point,
    pub heel: Point,
    pub toe: Point,
}

fn leg(hip: Point, thigh_deg: f64, knee_flexion_deg: f64) -> Leg {
    let knee = hip.add(down(thigh_deg).scale(THIGH_LENGTH));
    let shank_deg = thigh_deg - knee_flexion_deg;
    let ankle = knee.add(down(shank_deg).scale(SHANK_LENGTH));
    let foot = front(shank_deg);
    Leg { knee, ankle, toe: ankle.add(foot.scale(34.0)).add(down(shank_deg).scale(12.0)), heel: ankle.add(foot.scale(-10.0)).add(down(shank_deg).scale(12.0)) }
}

/// An arm's joints: (elbow, wrist).
fn arm(shoulder: Point, arm_deg: f64, elbow_flexion_deg: f64) -> (Point, Point) {
    let elbow = shoulder.add(down(arm_deg).scale(72.0));
    (elbow, elbow.add(down(arm_deg + elbow_flexion_deg).scale(64.0)))
}

/// One lumbar vertebra: its body's centre and its tilt from vertical.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Vertebra {
    pub name: &'static str,
    pub centre: Point,
    pub angle_deg: f64,
}

pub const VERTEBRA_HEIGHT: f64 = 13.0;
pub const VERTEBRA_DEPTH: f64 = 20.0;
const DISC_HEIGHT: f64 = 4.0;

/// Share of the lordosis taken at each disc from L5/S1 upwards: L4-S1 carries about 70% of
/// standing lordosis (clinical reference, "Lumbar lordosis and the spino-pelvic relation").
const LORDOSIS_SHARE: [f64; 5] = [0.40, 0.30, 0.15, 0.10, 0.05];
const LUMBAR_NAMES: [&str; 5] = ["L5", "L4", "L3", "L2", "L1"];

/// Sacral slope at zero clinical tilt. SS changes one to one with pelvic rotation; 28 puts a
/// default person (tilt 12) at SS 40, inside Mac-Thiong 2011's 24-55 band.
const SACRAL_SLOPE_AT_ZERO_TILT: f64 = 28.0;
/// A typical thoracic kyphosis, so the upper body stays balanced over the feet.
const THORACIC_KYPHOSIS_DEG: f64 = 40.0;

const HIP_JOINT: Point = Point::new(168.0, 292.0);
const THIGH_LENGTH: f64 = 108.0;
const SHANK_LENGTH: f64 = 94.0;
const THORACIC_LENGTH: f64 = 96.0;
const NECK_LENGTH: f64 = 22.0;
pub const HEAD_RADIUS: f64 = 22.0;

/// Landmarks of the pelvis in its own frame (hip joint at the origin) at zero clinical tilt,
/// where the ASIS-PSIS line is horizontal.
mod pelvis_local {
    use super::Point;
    pub const ASIS: Point = Point::new(36.0, -32.0);
    pub const PSIS: Point = Point::new(-36.0, -32.0);
    pub const CREST: Point = Point::new(-4.0, -52.0);
    pub const AIIS: Point = Point::new(30.0, -16.0);
    pub const PUBIS: Point = Point::new(26.0, 22.0);
    pub const ISCHIUM: Point = Point::new(-13.0, 32.0);
    pub const S1: Point = Point::new(-20.0, -38.0);
    pub const COCCYX: Point = Point::new(-34.0, 14.0);
    pub const PSOAS_PULLEY: Point = Point::new(24.0, 2.0);
    pub const GLUTE_ORIGIN: Point = Point::new(-42.0, -22.0);
}

/// The whole side-view skeleton in drawing coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Skeleton {
    pub hip: Point,
    pub knee: Point,
    pub ankle: Point,
    pub heel: Point,
    pub toe: Point,
    pub far_leg: Leg,
    pub asis: Point,
    pub psis: Point,
    pub pubis: Point,
    pub ischium: Point,
    /// Outline of the hip bone (ilium down to pubis and ischium), closed.
    pub pelvis_outline: Vec<Point>,
    /// Outline of the sacrum and coccyx, closed.
    pub sacrum_outline: Vec<Point>,
    pub s1_centre: Point,
    /// Sacral slope: the S1 endplate against the horizontal.
    pub sacral_slope_deg: f64,
    pub lumbar: [Vertebra; 5],
    /// Centre line from the top of L1 through the thoracic spine and neck.
    pub upper_spine: Vec<Point>,
    /// Centre line of the trunk's soft outline, in front of the spine.
    pub trunk_axis: Vec<Point>,
    pub head_centre: Point,
    pub shoulder: Point,
    pub elbow: Point,
    pub wrist: Point,
    pub far_elbow: Point,
    pub far_wrist: Point,
    pub rib_front: Point,
    /// Centre of the buttock's soft outline, behind the hip.
    pub buttock_centre: Point,
    pub pelvic_tilt_deg: f64,
    pub lumbar_lordosis_deg: f64,
    /// The whole-body rotation the skeleton was drawn with.
    pub rotation_deg: f64,
}

pub fn skeleton(pose: &Pose) -> Skeleton {
    let tilt = pose.pelvic_tilt_deg;
    let hip = HIP_JOINT;
    let pelvis = |p: Point| hip.add(p.rotate(tilt));

    let near = leg(hip, pose.thigh_deg, pose.knee_flexion_deg);
    let far = leg(hip, pose.far_thigh_deg, pose.far_knee_flexion_deg);

    let sacral_slope = SACRAL_SLOPE_AT_ZERO_TILT + tilt;
    let s1_centre = pelvis(pelvis_local::S1);

    // Walk up the lumbar spine: each disc turns the column back by its share of the lordosis.
    let mut top = s1_centre;
    let mut angle = sacral_slope;
    let mut turned = 0.0;
    let lumbar = std::array::from_fn(|k| {
        turned += LORDOSIS_SHARE[k];
        angle = sacral_slope - pose.lumbar_lordosis_deg * turned;
        let dir = up(angle);
        let centre = top.add(dir.scale(DISC_HEIGHT + VERTEBRA_HEIGHT / 2.0));
        top = top.add(dir.scale(DISC_HEIGHT + VERTEBRA_HEIGHT));
        Vertebra { name: LUMBAR_NAMES[k], centre, angle_deg: angle }
    });

    // Thoracic spine bends forward by the kyphosis; the neck bends back to hold the head level.
    let mut upper_spine = vec![top];
    // The trunk's soft outline follows the spine, set forward of it: the spine sits at the back.
    let mut trunk_axis = vec![pelvis(Point::new(-4.0, -20.0))];
    trunk_axis.extend(lumbar.iter().map(|v: &Vertebra| v.centre.add(front(v.angle_deg).scale(12.0))));
    let mut p = top;
    const THORACIC_STEPS: usize = 6;
    for k in 0..THORACIC_STEPS {
        let a = angle + THORACIC_KYPHOSIS_DEG * (k as f64 + 0.5) / THORACIC_STEPS as f64;
        p = p.add(up(a).scale(THORACIC_LENGTH / THORACIC_STEPS as f64));
        upper_spine.push(p);
        if k < THORACIC_STEPS - 1 {
            trunk_axis.push(p.add(front(a).scale(16.0)));
        }
    }
    let t1_angle = angle + THORACIC_KYPHOSIS_DEG;
    let neck_angle = t1_angle * 0.2;
    let neck_top = p.add(up(neck_angle).scale(NECK_LENGTH));
    upper_spine.push(neck_top);
    let head_centre = neck_top.add(up(neck_angle * 0.5).scale(HEAD_RADIUS * 0.8));

    let shoulder_base = upper_spine[5];
    let shoulder_lean = angle + THORACIC_KYPHOSIS_DEG * 0.8;
    let shoulder = shoulder_base.add(front(shoulder_lean).scale(10.0));
    let (elbow, wrist) = arm(shoulder, pose.arm_deg, pose.elbow_flexion_deg);
    let (far_elbow, far_wrist) = arm(shoulder, pose.far_arm_deg, pose.far_elbow_flexion_deg);
    let rib_base = upper_spine[2];
    let rib_front = rib_base.add(front(angle + THORACIC_KYPHOSIS_DEG * 0.3).scale(52.0));

    let pelvis_outline = [
        pelvis_local::ASIS,
        Point::new(26.0, -45.0),
        Point::new(10.0, -53.0),
        pelvis_local::CREST,
        Point::new(-22.0, -48.0),
        Point::new(-32.0, -40.0),
        pelvis_local::PSIS,
        Point::new(-35.0, -22.0),
        Point::new(-25.0, -8.0),
        Point::new(-27.0, 6.0),
        Point::new(-20.0, 24.0),
        pelvis_local::ISCHIUM,
        Point::new(-4.0, 33.0),
        Point::new(8.0, 28.0),
        pelvis_local::PUBIS,
        Point::new(23.0, 12.0),
        Point::new(16.0, 3.0),
        Point::new(22.0, -8.0),
        pelvis_local::AIIS,
        Point::new(29.0, -23.0),
    ]
    .into_iter()
    .map(pelvis)
    .collect();
    // The sacrum hangs from the S1 endplate; its front corner sits forward along the endplate.
    let s1_front = Point::new(-20.0 + 11.0, -38.0 + 11.0 * 0.0);
    let sacrum_outline =
        [Point::new(-30.0, -44.0), s1_front, Point::new(-22.0, -4.0), pelvis_local::COCCYX, Point::new(-42.0, -10.0)].into_iter().map(pelvis).collect();

    let upright = Skeleton {
        hip,
        knee: near.knee,
        ankle: near.ankle,
        heel: near.heel,
        toe: near.toe,
        far_leg: far,
        asis: pelvis(pelvis_local::ASIS),
        psis: pelvis(pelvis_local::PSIS),
        pubis: pelvis(pelvis_local::PUBIS),
        ischium: pelvis(pelvis_local::ISCHIUM),
        pelvis_outline,
        sacrum_outline,
        s1_centre,
        sacral_slope_deg: sacral_slope,
        lumbar,
        upper_spine,
        trunk_axis,
        head_centre,
        shoulder,
        elbow,
        wrist,
        far_elbow,
        far_wrist,
        rib_front,
        buttock_centre: pelvis(Point::new(-24.0, 4.0)),
        pelvic_tilt_deg: tilt,
        lumbar_lordosis_deg: pose.lumbar_lordosis_deg,
        rotation_deg: 0.0,
    };
    if pose.rotation_deg == 0.0 {
        upright
    } else {
        upright.rotated(pose.rotation_deg)
    }
}

impl Skeleton {
    /// The same skeleton turned by `deg` about the hip.
    fn rotated(self, deg: f64) -> Skeleton {
        let hip = self.hip;
        let r = |p: Point| hip.add(p.add(hip.scale(-1.0)).rotate(deg));
        let rl = |l: Leg| Leg { knee: r(l.knee), ankle: r(l.ankle), heel: r(l.heel), toe: r(l.toe) };
        Skeleton {
            hip,
            knee: r(self.knee),
            ankle: r(self.ankle),
            heel: r(self.heel),
            toe: r(self.toe),
            far_leg: rl(self.far_leg),
            asis: r(self.asis),
            psis: r(self.psis),
            pubis: r(self.pubis),
            ischium: r(self.ischium),
            pelvis_outline: self.pelvis_outline.into_iter().map(r).collect(),
            sacrum_outline: self.sacrum_outline.into_iter().map(r).collect(),
            s1_centre: r(self.s1_centre),
            sacral_slope_deg: self.sacral_slope_deg + deg,
            lumbar: self.lumbar.map(|v| Vertebra { centre: r(v.centre), angle_deg: v.angle_deg + deg, ..v }),
            upper_spine: self.upper_spine.into_iter().map(r).collect(),
            trunk_axis: self.trunk_axis.into_iter().map(r).collect(),
            head_centre: r(self.head_centre),
            shoulder: r(self.shoulder),
            elbow: r(self.elbow),
            wrist: r(self.wrist),
            far_elbow: r(self.far_elbow),
            far_wrist: r(self.far_wrist),
            rib_front: r(self.rib_front),
            buttock_centre: r(self.buttock_centre),
            pelvic_tilt_deg: self.pelvic_tilt_deg,
            lumbar_lordosis_deg: self.lumbar_lordosis_deg,
            rotation_deg: self.rotation_deg + deg,
        }
    }

    /// The smallest box (min, max) holding the whole figure, head and soft outline included.
    pub fn bounds(&self) -> (Point, Point) {
        let pts = [
            self.knee,
            self.ankle,
            self.heel,
            self.toe,
            self.far_leg.knee,
            self.far_leg.ankle,
            self.far_leg.heel,
            self.far_leg.toe,
            self.elbow,
            self.wrist,
            self.far_elbow,
            self.far_wrist,
            self.rib_front,
            self.asis,
            self.psis,
            self.pubis,
            self.ischium,
        ];
        let mut lo = self.hip;
        let mut hi = self.hip;
        let mut take = |p: Point, pad: f64| {
            lo = Point::new(lo.x.min(p.x - pad), lo.y.min(p.y - pad));
            hi = Point::new(hi.x.max(p.x + pad), hi.y.max(p.y + pad));
        };
        for p in pts.into_iter().chain(self.upper_spine.iter().copied()) {
            take(p, 12.0);
        }
        take(self.head_centre, HEAD_RADIUS + 2.0);
        take(self.buttock_centre, 32.0);
        (lo, hi)
    }

    /// The figure's pelvis turned about the hip joint to another clinical tilt (one measured
    /// from a photo): its outline, and its ASIS and PSIS. The rest of the figure stays: the
    /// photo measures the pelvis, not the model's causes.
    pub fn pelvis_at_tilt(&self, tilt_deg: f64) -> (Vec<Point>, [Point; 2]) {
        let (hip, turn) = (self.hip, tilt_deg - self.pelvic_tilt_deg);
        let r = |p: Point| hip.add(p.add(hip.scale(-1.0)).rotate(turn));
        (self.pelvis_outline.iter().map(|&p| r(p)).collect(), [r(self.asis), r(self.psis)])
    }

    /// The clinical tilt read back off the drawing: the ASIS-PSIS line against horizontal.
    pub fn measured_pelvic_tilt_deg(&self) -> f64 {
        crate::model::num::atan2_deg(self.asis.y - self.psis.y, self.asis.x - self.psis.x)
    }

    /// The lumbar curve read back off the drawing: the turn from the S1 endplate to L1's.
    pub fn measured_lordosis_deg(&self) -> f64 {
        self.sacral_slope_deg - self.lumbar[4].angle_deg
    }

    /// The four corners of a vertebral body, for drawing.
    pub fn vertebra_corners(v: &Vertebra) -> [Point; 4] {
        let u = up(v.angle_deg).scale(VERTEBRA_HEIGHT / 2.0);
        let f = front(v.angle_deg).scale(VERTEBRA_DEPTH / 2.0);
        let c = v.centre;
        [c.add(u).add(f), c.add(u).add(f.scale(-1.0)), c.add(u.scale(-1.0)).add(f.scale(-1.0)), c.add(u.scale(-1.0)).add(f)]
    }

    /// A point `offset` in front of (positive) or behind (negative) a vertebra.
    fn beside(v: &Vertebra, offset: f64) -> Point {
        v.centre.add(front(v.angle_deg).scale(offset))
    }

    /// Where each muscle group runs, as points a smooth line passes through.
    /// The hip flexors have two parts: iliopsoas and rectus femoris.
    pub fn muscle_paths(&self, muscle: Muscle) -> Vec<Vec<Point>> {
        let turn = self.pelvic_tilt_deg + self.rotation_deg;
        let pelvis = |p: Point| self.hip.add(p.rotate(turn));
        let thigh_dir = self.knee.add(self.hip.scale(-1.0)).scale(1.0 / THIGH_LENGTH);
        let thigh_front = Point::new(-thigh_dir.y, thigh_dir.x).scale(-1.0);
        let along_thigh = |t: f64, side: f64| self.hip.add(thigh_dir.scale(THIGH_LENGTH * t)).add(thigh_front.scale(side));
        let l = &self.lumbar;
        match muscle {
            Muscle::HipFlexors => vec![
                vec![Self::beside(&l[3], 12.0), Self::beside(&l[1], 14.0), pelvis(pelvis_local::PSOAS_PULLEY), along_thigh(0.28, 2.0)],
                vec![pelvis(pelvis_local::AIIS), along_thigh(0.5, 15.0), along_thigh(0.97, 11.0)],
            ],
            Muscle::Hamstrings => vec![vec![self.ischium, along_thigh(0.5, -16.0), along_thigh(1.02, -10.0)]],
            Muscle::Glutes => vec![vec![pelvis(pelvis_local::GLUTE_ORIGIN), pelvis(Point::new(-52.0, 4.0)), along_thigh(0.22, -12.0), along_thigh(0.34, -2.0)]],
            Muscle::Abdominals => vec![vec![self.pubis, pelvis(Point::new(38.0, -46.0)), self.rib_front]],
            Muscle::LowerBack => {
                let mut pts = vec![pelvis(pelvis_local::GLUTE_ORIGIN)];
                pts.extend(l.iter().map(|v| Self::beside(v, -15.0)));
                pts.push(self.upper_spine[2].add(front(l[4].angle_deg + 8.0).scale(-14.0)));
                vec![pts]
            }
        }
    }

    /// The arc that shows the clinical pelvic tilt: from the horizontal at the PSIS to the
    /// ASIS-PSIS line.
    pub fn pelvic_tilt_marker(&self) -> AngleMarker {
        AngleMarker { vertex: self.psis, from_deg: 0.0, to_deg: self.pelvic_tilt_deg, radius: 58.0 }
    }

    /// The two endplate guides whose angle is the lumbar curve: S1's and L1's, drawn
    /// backwards from the spine.
    pub fn lordosis_guides(&self) -> [(Point, Point); 2] {
        let guide = |centre: Point, angle: f64| {
            let back = front(angle).scale(-1.0);
            (centre.add(back.scale(8.0)), centre.add(back.scale(48.0)))
        };
        let l1 = &self.lumbar[4];
        let l1_top = l1.centre.add(up(l1.angle_deg).scale(VERTEBRA_HEIGHT / 2.0));
        [guide(self.s1_centre, self.sacral_slope_deg), guide(l1_top, l1.angle_deg)]
    }

    /// Where the thigh could swing back to, given the hip extension range.
    pub fn hip_extension_reach(&self, hip_extension_deg: f64) -> Point {
        self.hip.add(down(-hip_extension_deg).scale(THIGH_LENGTH * 0.9))
    }
}

/// An angle drawn as an arc: SVG angles, measured clockwise from the +x axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AngleMarker {
    pub vertex: Point,
    pub from_deg: f64,
    pub to_deg: f64,
    pub radius: f64,
}

impl AngleMarker {
    pub fn point_at(&self, deg: f64, radius: f64) -> Point {
        let (s, c) = sin_cos_deg(deg);
        self.vertex.add(Point::new(c * radius, s * radius))
    }

    /// SVG path data for the arc.
    pub fn path_d(&self) -> String {
        let a = self.point_at(self.from_deg, self.radius);
        let b = self.point_at(self.to_deg, self.radius);
        let mut d = String::with_capacity(48);
        d.push('M');
        push_point(&mut d, a);
        d.push('A');
        push_point(&mut d, Point::new(self.radius, self.radius));
        d.push_str(if self.to_deg >= self.from_deg { " 0 0 1 " } else { " 0 0 0 " });
        push_point(&mut d, b);
        d
    }
}

/// SVG path data for a straight polyline.
pub fn polyline_d(points: &[Point]) -> String {
    let mut d = String::with_capacity(points.len() * 14);
    for (k, p) in points.iter().enumerate() {
        d.push(if k == 0 { 'M' } else { 'L' });
        push_point(&mut d, *p);
    }
    d
}

/// SVG path data for a smooth curve through the points (Catmull-Rom turned into cubic Béziers).
pub fn smooth_d(points: &[Point]) -> String {
    let n = points.len();
    if n < 3 {
        return polyline_d(points);
    }
    let mut d = String::with_capacity(n * 40);
    d.push('M');
    push_point(&mut d, points[0]);
    for k in 0..n - 1 {
        let p0 = points[k.saturating_sub(1)];
        let p1 = points[k];
        let p2 = points[k + 1];
        let p3 = points[(k + 2).min(n - 1)];
        let c1 = p1.add(p2.add(p0.scale(-1.0)).scale(1.0 / 6.0));
        let c2 = p2.add(p3.add(p1.scale(-1.0)).scale(-1.0 / 6.0));
        d.push('C');
        push_point(&mut d, c1);
        d.push(' ');
        push_point(&mut d, c2);
        d.push(' ');
        push_point(&mut d, p2);
    }
    d
}

/// Closed polygon path data.
pub fn polygon_d(points: &[Point]) -> String {
    let mut d = polyline_d(points);
    d.push('Z');
    d
}

fn push_point(d: &mut String, p: Point) {
    push_tenths(d, p.x);
    d.push(' ');
    push_tenths(d, p.y);
}
