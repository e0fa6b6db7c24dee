students = {"Ana": [88, 92, 79], "Ben": [65, 70, 58], "Cai": [95, 98, 100], "Dee": [72, 85, 91]}
def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
print(f"{'Name':<6}{'Avg':>7}  Grade")
print("-" * 20)
for name, marks in students.items():
    avg = sum(marks) / len(marks)
    print(f"{name:<6}{avg:>7.2f}  {letter(avg)}")
averages = {n: sum(m) / len(m) for n, m in students.items()}
print(max(averages, key=averages.get), round(sum(averages.values()) / len(averages), 3))
distribution = {}
for n, a in averages.items():
    distribution.setdefault(letter(a), []).append(n)
print(dict(sorted(distribution.items())))
