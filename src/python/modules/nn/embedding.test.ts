// nn.Embedding, Embedding.from_pretrained and F.embedding from Python: the program below prints, line for line,
// what CPython with PyTorch printed (seeded weights, padding_idx normalised and its row given no gradient,
// PyTorch's IndexError / RuntimeError / AssertionError texts).

import { expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

const program = `import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
e = nn.Embedding(10, 3, padding_idx=-1)
print(e, e.num_embeddings, e.embedding_dim, e.padding_idx)
print(e.weight[:2])
out = e(torch.tensor([[1, 9], [1, 2]]))
print(out.shape, type(out.grad_fn).__name__)
out.sum().backward()
print(e.weight.grad[:3], e.weight.grad[9])
w = torch.arange(6.).reshape(3, 2)
print(F.embedding(torch.tensor([2, 0]), w, padding_idx=0))
f = nn.Embedding.from_pretrained(w, padding_idx=1)
print(f, f.weight.requires_grad)
for bad in [lambda: e(torch.tensor([10])), lambda: e(torch.tensor([0.0])), lambda: nn.Embedding(3, 2, padding_idx=3), lambda: F.embedding(torch.tensor([0]), w, padding_idx=-4)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
`;

// /usr/bin/python3 on the program above.
const expected = `Embedding(10, 3, padding_idx=9) 10 3 9
tensor([[-1.1258, -1.1524, -0.2506],
        [-0.4339,  0.8487,  0.6920]], grad_fn=<SliceBackward0>)
torch.Size([2, 2, 3]) EmbeddingBackward0
tensor([[0., 0., 0.],
        [2., 2., 2.],
        [1., 1., 1.]]) tensor([0., 0., 0.])
tensor([[4., 5.],
        [0., 1.]])
Embedding(3, 2, padding_idx=1) False
IndexError index out of range in self
RuntimeError Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
AssertionError Padding_idx must be within num_embeddings
AssertionError Padding_idx must be within num_embeddings
`;

it('nn.Embedding and F.embedding print what PyTorch prints', async () => {
  const run = await runCollecting(program);
  expect(run.error).toBeNull();
  expect(run.stdout).toBe(expected);
});
