import math
print(math.sqrt(4))
math.squareroot(4)
