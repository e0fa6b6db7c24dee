# Word-wrapping and justifying text by hand.
text = ("Machine learning models learn patterns from data. A model is trained by adjusting its parameters "
        "to reduce a loss, one small step at a time, until predictions match the examples well.")

def wrap(words, width):
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = [w]
        else:
            current.append(w)
    if current:
        lines.append(current)
    return lines

def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]

for width in (30, 45):
    print("=" * width)
    lines = wrap(text.split(), width)
    for line in lines[:-1]:
        print(justify(line, width))
    print(" ".join(lines[-1]))
print(len(text), len(text.split()), text.count("."))
