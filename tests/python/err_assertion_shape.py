x = [[1, 2, 3], [4, 5]]
for row in x:
    assert len(row) == 3, f"row has {len(row)} values, expected 3"
