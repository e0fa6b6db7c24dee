import torch
import torch.nn as nn

torch.manual_seed(0)

# Tiny sentiment data: word ids, 0 is padding.
vocab = {"<pad>": 0, "good": 1, "great": 2, "fun": 3, "bad": 4, "awful": 5, "boring": 6, "movie": 7, "the": 8, "was": 9}
sentences = [
    ("the movie was good", 1), ("great fun", 1), ("good good movie", 1), ("the movie was great fun", 1),
    ("bad movie", 0), ("the movie was awful", 0), ("boring and bad", 0), ("awful boring movie", 0),
]

def encode(text, length=5):
    ids = [vocab.get(w, 0) for w in text.split()][:length]
    return ids + [0] * (length - len(ids))

x = torch.tensor([encode(s) for s, _ in sentences])
y = torch.tensor([label for _, label in sentences])

class BagOfWords(nn.Module):
    def __init__(self, vocab_size, dim, classes):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.out = nn.Linear(dim, classes)

    def forward(self, ids):
        return self.out(self.embed(ids).mean(dim=1))

model = BagOfWords(len(vocab), 8, 2)
print(model)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(30):
    optimizer.zero_grad()
    logits = model(x)
    loss = loss_fn(logits, y)
    loss.backward()
    optimizer.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch} loss {loss.item():.4f}")

with torch.no_grad():
    pred = model(x).argmax(dim=1)
print("accuracy", (pred == y).float().mean().item())
print(model.embed.weight[0])
print(model(torch.tensor([encode("great movie")])).softmax(dim=1))
