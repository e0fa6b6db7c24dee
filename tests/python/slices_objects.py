class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::2], r[1, 2], r[1:2, ::3], r[...], r[None], r[:, 0], r["k"])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s, list(range(20))[s], s.indices(5), slice(3).indices(10))
print(slice(None, None, -1).indices(4), "abcdef"[slice(-3, None)])
