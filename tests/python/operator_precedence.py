print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -3 % 5, -(3 % 5))
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(not 1 == 2, not (1 == 2), 1 < 2 == 2, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1)
print(True or False and False, (True or False) and False, not True or True)
print(3 > 2 > 1, 3 > 2 and 2 > 1, 1 if True else 2 if False else 3, [1, 2][0] + 1)
print(- - 5, + - 5, ~~7, -~5, not not 3, 2 * -3, 2 - -3)
x = 5
print(x * 2 + 1 if x > 3 else 0, (lambda y: y + 1)(x) * 2, x in [5] and x not in [6])
print("a" + "b" * 3, ("a" + "b") * 3, "ab" in "abc" == True)
