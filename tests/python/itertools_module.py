# itertools: counting, cycling, slicing, grouping, and the combinatoric iterators.
import itertools
from itertools import count, cycle, repeat, accumulate, chain, islice, groupby, product, permutations, combinations, combinations_with_replacement, zip_longest, takewhile, dropwhile, starmap, pairwise, compress, filterfalse
print(list(islice(count(10, 5), 4)), list(islice(cycle('ab'), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', 3)), list(islice(range(5), 1, None)))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for letter, words in groupby(data, key=lambda w: w[0]):
    print(letter, list(words))
print([(k, len(list(g))) for k, g in groupby('aaabccdd')])
print(list(product([1, 2], 'ab')), list(product([0, 1], repeat=2)))
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)))
print(list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))
print(list(zip_longest([1, 2, 3], 'ab', fillvalue='-')), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise([1, 2, 3, 4])), list(compress('abcd', [1, 0, 1, 0])), list(filterfalse(lambda x: x % 2, range(6))))
print(len(list(combinations(range(10), 3))), list(permutations([], 0)), list(combinations([1], 2)))
for i, x in zip(count(), 'xyz'):
    print(i, x, end='; ')
print()
print(sum(1 for _ in product(range(3), repeat=3)), next(itertools.count(5)))
