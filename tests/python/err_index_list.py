scores = [90, 80]
print(scores[1])
print(scores[2])
