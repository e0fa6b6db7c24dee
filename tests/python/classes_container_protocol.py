# A container class: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self._songs = list(songs or [])
    def __len__(self):
        return len(self._songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self.name + " (part)", self._songs[index])
        return self._songs[index]
    def __setitem__(self, index, song):
        self._songs[index] = song
    def __delitem__(self, index):
        del self._songs[index]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)
    def __iter__(self):
        yield_list = list(self._songs)
        return iter(yield_list)
    def __reversed__(self):
        return reversed(self._songs)
    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs})"
    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self._songs + other._songs)

p = Playlist("road trip", ["Hey Jude", "Africa", "Roxanne", "Jolene"])
print(len(p), p[0], p[-1], p[1:3], "africa" in p, "Yesterday" in p)
p[1] = "Toto - Africa"
del p[0]
print(p, list(reversed(p)), [s.upper() for s in p], sorted(p))
q = p + Playlist("extra", ["Vogue"])
print(q, len(q), list(enumerate(q, 1))[-1], bool(Playlist("empty")), dict(zip(q, range(10))))
for i, song in enumerate(p):
    print(i, song)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
