from functools import reduce
import operator
print(reduce(operator.mul, [], 1))
print(reduce(operator.mul, []))
