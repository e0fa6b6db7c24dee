class Dataset:
    def __init__(self):
        self.data = [1, 2]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
ds = Dataset()
print(len(ds), ds[1])
print(ds[5])
