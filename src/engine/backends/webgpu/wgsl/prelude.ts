// WGSL shared by every kernel: the params slot (binding 0) and the scalar helpers the op table calls.
//
// Two WGSL rules shape these helpers. Shader compilers may fold or drop NaN/Inf that appear as constant
// expressions, so NaN and infinity are built from a runtime zero read from the params; and isNaN is a bit test
// (WGSL has no isNan, and `x != x` may be optimised away).

/** Every kernel reads its sizes, shapes, strides and offsets from one 512-byte uniform slot (batch.ts). */
export const PARAMS = /* wgsl */ `
struct Params { v: array<vec4<u32>, 32> }
@group(0) @binding(0) var<uniform> P: Params;
fn param(i: u32) -> u32 { return P.v[i / 4u][i % 4u]; }
fn param_i(i: u32) -> i32 { return bitcast<i32>(param(i)); }
fn param_f(i: u32) -> f32 { return bitcast<f32>(param(i)); }
`;

/** Scalar math with PyTorch's edge cases (NaN propagation, Python's floor division and remainder signs). */
export const HELPERS = /* wgsl */ `
fn runtime_zero() -> u32 { return P.v[0].x & 0u; }
fn nan_f() -> f32 { return bitcast<f32>(0x7fc00000u | runtime_zero()); }
fn inf_f() -> f32 { return bitcast<f32>(0x7f800000u | runtime_zero()); }
fn is_nan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn truthy_f(x: f32) -> bool { return x != 0.0 || is_nan(x); }
fn sign_f(x: f32) -> f32 {
  if (x > 0.0) { return 1.0; }
  if (x < 0.0) { return -1.0; }
  return x;
}
fn relu_f(x: f32) -> f32 {
  if (x > 0.0 || is_nan(x)) { return x; }
  return 0.0;
}
// sin and cos with Cody-Waite reduction by π/2 (three-part constant) and Cephes' minimax polynomials on
// [-π/4, π/4]: WGSL only promises an absolute error of 2^-11 for its builtins, and SwiftShader is that loose.
fn sin_cos_core(x: f32, cosine: bool) -> f32 {
  if (is_nan(x) || abs(x) == inf_f()) { return nan_f(); }
  let j = round(x * 0.63661977236758134);
  let r = ((x - j * 1.5703125) - j * 4.837512969970703125e-4) - j * 7.54978995489188216e-8;
  let z = r * r;
  let s = r + r * z * (-1.6666654611e-1 + z * (8.3321608736e-3 + z * -1.9515295891e-4));
  let c = 1.0 - 0.5 * z + z * z * (4.166664568298827e-2 + z * (-1.388731625493765e-3 + z * 2.443315711809948e-5));
  let quadrant = (i32(j) + select(0, 1, cosine)) & 3;
  switch quadrant {
    case 0: { return s; }
    case 1: { return c; }
    case 2: { return -s; }
    default: { return -c; }
  }
}
fn sin_f(x: f32) -> f32 { return sin_cos_core(x, false); }
fn cos_f(x: f32) -> f32 { return sin_cos_core(x, true); }
// WGSL leaves exp, log and sqrt of NaN and of arguments outside their domain to the implementation (SwiftShader
// gives exp(NaN) = inf and log(-x) = log(|x|)); these give IEEE's answers, as PyTorch does.
fn exp_f(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  return exp(x);
}
fn log_f(x: f32) -> f32 {
  if (is_nan(x) || x < 0.0) { return nan_f(); }
  if (x == 0.0) { return -inf_f(); }
  if (x > 3.4028234e38) { return x; }
  return log(x);
}
fn sqrt_f(x: f32) -> f32 {
  if (is_nan(x) || x < 0.0) { return nan_f(); }
  return sqrt(x);
}
fn sigmoid_f(x: f32) -> f32 { return 1.0 / (1.0 + exp_f(-x)); }
// Kahan's expm1 and log1p: exact near 0, where exp(x) - 1 and log(1 + x) lose every digit.
fn expm1_f(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  if (abs(x) < 1e-5) { return x + 0.5 * x * x; }
  let u = exp(x);
  if (x > 88.0) { return u; }
  if (u == 1.0) { return x; }
  let um1 = u - 1.0;
  if (um1 == -1.0) { return -1.0; }
  return um1 * x / log(u);
}
fn log1p_f(x: f32) -> f32 {
  if (is_nan(x) || x < -1.0) { return nan_f(); }
  if (x == -1.0) { return -inf_f(); }
  if (x > 1e30) { return log_f(x); }
  let u = 1.0 + x;
  if (u == 1.0) { return x; }
  return log(u) * x / (u - 1.0);
}
// tanh through expm1: correct to float32 near 0 and saturating (not NaN) for large |x|.
fn tanh_f(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  let ax = abs(x);
  if (ax > 20.0) { return sign_f(x); }
  let e = expm1_f(-2.0 * ax);
  let r = -e / (2.0 + e);
  return select(r, -r, x < 0.0);
}
// erf: its Taylor series near 0 (relative accuracy), Abramowitz and Stegun 7.1.26 beyond (|error| < 1.5e-7).
fn erf_f(x: f32) -> f32 {
  if (is_nan(x)) { return x; }
  let ax = abs(x);
  if (ax < 0.5) {
    let x2 = x * x;
    return 1.1283791671 * x * (1.0 + x2 * (-0.3333333333 + x2 * (0.1 + x2 * (-0.0238095238 + x2 * (0.0046296296 + x2 * -0.0007575758)))));
  }
  if (ax > 4.0) { return sign_f(x); }
  let t = 1.0 / (1.0 + 0.3275911 * ax);
  let poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  let r = 1.0 - poly * exp(-ax * ax);
  return select(r, -r, x < 0.0);
}
// Neumaier's compensated sum: (sum, compensation) pairs. The result is close to the correctly rounded exact
// sum whatever the order of the terms, as the CPU's double-precision accumulation is.
fn nsum_add(s: vec2<f32>, v: f32) -> vec2<f32> {
  let t = s.x + v;
  let e = select((v - t) + s.x, (s.x - t) + v, abs(s.x) >= abs(v));
  return vec2<f32>(t, s.y + e);
}
fn nsum_merge(a: vec2<f32>, b: vec2<f32>) -> vec2<f32> {
  let r = nsum_add(a, b.x);
  return vec2<f32>(r.x, r.y + b.y);
}
fn nsum_value(s: vec2<f32>) -> f32 {
  if (abs(s.x) == inf_f() || is_nan(s.x)) { return s.x; }
  return s.x + s.y;
}
fn maximum_f(a: f32, b: f32) -> f32 {
  if (is_nan(a) || is_nan(b)) { return nan_f(); }
  return max(a, b);
}
fn minimum_f(a: f32, b: f32) -> f32 {
  if (is_nan(a) || is_nan(b)) { return nan_f(); }
  return min(a, b);
}
// a ** b as torch.pow: integral exponents by squaring (exact where float32 can be, negative bases allowed).
fn pow_f(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (is_nan(a) || is_nan(b)) { return nan_f(); }
  if (b == 0.5) { return sqrt_f(a); }
  let integral = trunc(b) == b;
  if (integral && abs(b) <= 64.0) {
    var e = u32(abs(b));
    var base = a;
    var r = 1.0;
    loop {
      if (e == 0u) { break; }
      if ((e & 1u) == 1u) { r = r * base; }
      base = base * base;
      e = e >> 1u;
    }
    return select(r, 1.0 / r, b < 0.0);
  }
  if (a == 0.0) { return select(0.0, inf_f(), b < 0.0); }
  if (a < 0.0) {
    if (!integral) { return nan_f(); }
    let r = exp2(b * log2(-a));
    return select(r, -r, trunc(b * 0.5) != b * 0.5);
  }
  return exp2(b * log2(a));
}
fn remainder_f(a: f32, b: f32) -> f32 {
  let r = a - b * trunc(a / b);
  if (r != 0.0 && ((r < 0.0) != (b < 0.0))) { return r + b; }
  return r;
}
fn pow_i(a: i32, b: i32) -> i32 {
  if (b < 0) { return i32(pow_f(f32(a), f32(b))); }
  var e = b;
  var base = a;
  var r = 1;
  loop {
    if (e == 0) { break; }
    if ((e & 1) == 1) { r = r * base; }
    base = base * base;
    e = e >> 1u;
  }
  return r;
}
fn floordiv_i(a: i32, b: i32) -> i32 {
  if (b == 0) { return 0; }
  let q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) { return q - 1; }
  return q;
}
fn remainder_i(a: i32, b: i32) -> i32 {
  if (b == 0) { return 0; }
  let r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) { return r + b; }
  return r;
}
`;

export const WORKGROUP = 256;

/**
 * A grid-stride loop over `count` items (its body follows; the caller closes the brace). The backend caps how
 * many threads a dispatch starts (a per-adapter choice: SwiftShader runs far fewer threads best, each taking
 * many items); each thread then takes every (threads)th item.
 */
export const gridLoop = (index: string, count: string): string =>
  `for (var ${index} = gid.x; ${index} < ${count}; ${index} = ${index} + nwg.x * ${WORKGROUP}u) {`;

export const ENTRY_ARGS = '@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>';
