# __dict__, vars(), globals() and locals() are live views of namespaces (writes show up as attributes).
class P:
    def __init__(self):
        self.x = 1
p = P()
d = p.__dict__
d['y'] = 2
p.z = 3
print(p.y, d['z'], d is p.__dict__, sorted(d.items()))
vars(p).update(w=4)
print(p.w, len(p.__dict__), 'x' in d, list(d))
del d['x']
print(hasattr(p, 'x'), d)
g = globals()
g['made'] = 42
print(made)
def f():
    loc = locals()
    loc['q'] = 1
    a = 5
    return sorted(locals())
print(f())
for k, v in p.__dict__.items():
    print(k, v)
d.clear()
print(p.__dict__, vars(p))
p.__dict__.setdefault('s', 9)
print(p.s, p.__dict__.pop('s'), p.__dict__.get('s', 'gone'))
print(repr(p.__dict__), p.__dict__ == {}, dict(p.__dict__))
