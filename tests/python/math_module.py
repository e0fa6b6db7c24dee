import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(1.5)))
print(math.fabs(-3), math.pow(2, 10), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0))
print(math.factorial(20), math.gcd(12, 18), math.comb(10, 3), math.perm(5, 2), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0))
print(math.log1p(1e-10), math.expm1(1e-10), math.tanh(0.5), math.fmod(7, 3), math.modf(3.5))
from math import sqrt, pi as PI
print(sqrt(9), PI)
import math as m
print(m.floor(m.e * 10))
