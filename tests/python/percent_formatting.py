# printf-style % formatting, still common in older tutorials.
print("%d items cost $%.2f" % (3, 4.5), "%5d|%-5d|%05d" % (42, 42, 42), "%x %X %o %#x" % (255, 255, 8, 255))
print("%s/%r" % ("s", "s"), "%e" % 12345.678, "%.3g" % 0.000123456, "%10.4f|" % 3.14159, "%+d %+d" % (5, -5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "100%% sure", "%.0f" % 2.5)
for epoch, loss in enumerate([0.9, 0.45, 0.2]):
    print("epoch %2d: loss=%.4f %s" % (epoch + 1, loss, "*" * int(loss * 10)))
print("%-8s|%8s|" % ("left", "right"), "%3s" % "toolong", "%.2s" % "abc", "%s" % [1, 2], "%s" % (1,))
