# A Caesar cipher and a frequency analysis to crack it.
def shift_char(ch, k):
    if ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch

def encrypt(text, k):
    return "".join(shift_char(c, k) for c in text)

message = "Attack at Dawn! Meet me by the old oak tree."
secret = encrypt(message, 7)
print(secret)
print(encrypt(secret, -7))
counts = {}
for ch in secret.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
most = max(counts, key=lambda c: (counts[c], c))
guess = (ord(most) - ord("e")) % 26
print(most, counts[most], guess, encrypt(secret, -guess)[:20])
for k in range(1, 4):
    print(k, encrypt("xyz XYZ", k))
